#include "legacy_values.h"

#include <QStringList>

namespace ferry::demo {

QString utf8(const char* s)
{
    return QString::fromUtf8(s);
}

QString digits(Prng& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(static_cast<char>('0' + rng.below(10)));
    return s;
}

QString twoDigits(int v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

QDate randomDate(Prng& rng, QDate from, QDate to)
{
    return QDate::fromJulianDay(from.toJulianDay() +
                                rng.below(static_cast<int>(to.toJulianDay() - from.toJulianDay()) + 1));
}

QString dmy(QDate d)
{
    return twoDigits(d.day()) + u'/' + twoDigits(d.month()) + u'/' + QString::number(d.year());
}
QString iso(QDate d)
{
    return QString::number(d.year()) + u'-' + twoDigits(d.month()) + u'-' + twoDigits(d.day());
}

// A valid number of the culture's country, typed the way people type them. Non-US numbers always
// carry their country code, so parsing with the project's default region "US" finds the country.
// Ranges are the ones set aside for drama and documentation where the country has one.
Phone phoneFor(Prng& rng, const QString& isoCode)
{
    auto pickFormat = [&](const QStringList& formats) {
        return formats.at(rng.below(static_cast<int>(formats.size())));
    };
    if (isoCode == u"US") {
        static const char* const areas[] = {"212", "415", "617", "312", "206", "512",
                                            "303", "404", "305", "702", "213", "646"};
        const QString a = QLatin1String(rng.pick(areas));
        const QString n = QStringLiteral("01") + digits(rng, 2);
        const QString f =
            pickFormat({QStringLiteral("(%1) %3-%2"), QStringLiteral("%1.%3.%2"), QStringLiteral("%1-%3-%2"),
                        QStringLiteral("%1%3%2"), QStringLiteral("+1 %1 %3 %2"), QStringLiteral("1-%1-%3-%2"),
                        QStringLiteral(" (%1) %3-%2 "), QStringLiteral("%1 %3 %2"), QStringLiteral("+1 (%1) %3-%2")});
        // The exchange is %3: "%1555%2" would read as placeholder 15.
        return {f.arg(a, n, QStringLiteral("555")), QStringLiteral("+1") + a + QStringLiteral("555") + n};
    }
    if (isoCode == u"GB") {
        const QString n = QStringLiteral("0") + digits(rng, 3);
        const QString f = pickFormat({QStringLiteral("+44 20 7946 %1"), QStringLiteral("+44 (0)20 7946 %1"),
                                      QStringLiteral("+44-20-7946-%1"), QStringLiteral("+4420 7946 %1")});
        return {f.arg(n), QStringLiteral("+44207946") + n};
    }
    if (isoCode == u"DE") {
        const QString n = QString::number(rng.between(2, 8)) + digits(rng, 6);
        const QString f = pickFormat({QStringLiteral("+49 30 %1"), QStringLiteral("+49 (0)30 %1"),
                                      QStringLiteral("+49-30-%1"), QStringLiteral("+4930%1")});
        return {f.arg(n), QStringLiteral("+4930") + n};
    }
    if (isoCode == u"FR") {
        const QString a = digits(rng, 2), b = digits(rng, 2);
        const QString f = pickFormat({QStringLiteral("+33 1 99 00 %1 %2"), QStringLiteral("+33 (0)1 99 00 %1 %2"),
                                      QStringLiteral("+33.1.99.00.%1.%2"), QStringLiteral("+33199 00%1%2")});
        return {f.arg(a, b), QStringLiteral("+33199 00").remove(u' ') + a + b};
    }
    if (isoCode == u"ES") {
        const QString a = QString::number(rng.between(2, 8)) + digits(rng, 2), b = digits(rng, 2), c = digits(rng, 2);
        const QString f = pickFormat(
            {QStringLiteral("+34 91 %1 %2 %3"), QStringLiteral("+34 91%1%2%3"), QStringLiteral("+34-91-%1-%2-%3")});
        return {f.arg(a, b, c), QStringLiteral("+3491") + a + b + c};
    }
    if (isoCode == u"SE") {
        const QString a = QString::number(rng.between(4, 7)) + digits(rng, 2), b = digits(rng, 3), c = digits(rng, 2);
        const QString f = pickFormat(
            {QStringLiteral("+46 8 %1 %2 %3"), QStringLiteral("+46 (0)8-%1 %2 %3"), QStringLiteral("+468%1%2%3")});
        return {f.arg(a, b, c), QStringLiteral("+468") + a + b + c};
    }
    if (isoCode == u"NO") {
        const QString a = QStringLiteral("2") + QString::number(rng.between(1, 4)), b = digits(rng, 2),
                      c = digits(rng, 2), d = digits(rng, 2);
        const QString f = pickFormat({QStringLiteral("+47 %1 %2 %3 %4"), QStringLiteral("+47%1%2%3%4")});
        return {f.arg(a, b, c, d), QStringLiteral("+47") + a + b + c + d};
    }
    if (isoCode == u"DK") {
        const QString a = QStringLiteral("3") + digits(rng, 1), b = digits(rng, 2), c = digits(rng, 2),
                      d = digits(rng, 2);
        const QString f = pickFormat({QStringLiteral("+45 %1 %2 %3 %4"), QStringLiteral("+45 %1%2%3%4")});
        return {f.arg(a, b, c, d), QStringLiteral("+45") + a + b + c + d};
    }
    if (isoCode == u"FI") {
        const QString a = QString::number(rng.between(2, 8)) + digits(rng, 3), b = digits(rng, 3);
        const QString f = pickFormat(
            {QStringLiteral("+358 9 %1 %2"), QStringLiteral("+358 (0)9 %1 %2"), QStringLiteral("+3589%1%2")});
        return {f.arg(a, b), QStringLiteral("+3589") + a + b};
    }
    if (isoCode == u"CN") {
        const QString a = QStringLiteral("6") + digits(rng, 3), b = digits(rng, 4);
        const QString f = pickFormat(
            {QStringLiteral("+86 10 %1 %2"), QStringLiteral("+86-10-%1%2"), QStringLiteral("+86 (10) %1-%2")});
        return {f.arg(a, b), QStringLiteral("+8610") + a + b};
    }
    // JP
    const QString a = QStringLiteral("5") + digits(rng, 3), b = digits(rng, 4);
    const QString f =
        pickFormat({QStringLiteral("+81 3 %1 %2"), QStringLiteral("+81-3-%1-%2"), QStringLiteral("+81 3-%1-%2")});
    return {f.arg(a, b), QStringLiteral("+813") + a + b};
}

const Culture& pickCulture(Prng& rng)
{
    int roll = rng.below(100);
    for (const Culture& c : cultures()) {
        if (roll < c.weight)
            return c;
        roll -= c.weight;
    }
    return cultures().front();
}

int cultureIndex(const Culture& c)
{
    return static_cast<int>(&c - cultures().data());
}

Company companyFor(Prng& rng, const Culture& c)
{
    const Word& trade = rng.pick(c.companyTrades);
    const QString form = utf8(rng.pick(c.companyForms));
    const bool surname = rng.percent(40);
    const Word& stem = surname ? rng.pick(c.lastNames) : rng.pick(c.companyStems);
    const QString slug = QString::fromLatin1(stem.slug) + u'-' + QString::fromLatin1(trade.slug);
    const QString code = QString::fromLatin1(c.iso);
    if (code == u"CN" || code == u"JP") {
        if (rng.percent(50)) {
            const QString native = utf8(stem.native) + utf8(trade.native);
            return {code == u"CN" ? native + utf8("有限公司") : utf8("株式会社") + native, slug};
        }
        return {utf8(stem.text) + u' ' + utf8(trade.text) + u' ' + form, slug};
    }
    if (code == u"FR" || code == u"ES") // "Transports Moreau SARL", "Construcciones García S.L."
        return {utf8(trade.text) + u' ' + utf8(stem.text) + u' ' + form, slug};
    return {utf8(stem.text) + u' ' + utf8(trade.text) + u' ' + form, slug};
}

Person personFor(Prng& rng, const Culture& c)
{
    const Word& first = rng.pick(c.firstNames);
    const Word& last = rng.pick(c.lastNames);
    const QString f = utf8(first.text), l = utf8(last.text);
    const QString local = rng.percent(75) ? QString::fromLatin1(first.slug) + u'.' + QString::fromLatin1(last.slug)
                                          : QString::fromLatin1(first.slug).left(1) + QString::fromLatin1(last.slug);
    if (first.native && rng.percent(30)) // CJK script, family name first, as the legacy form stored it
        return {utf8(last.native) + QStringLiteral(", ") + utf8(first.native), local};
    const int form = rng.below(100);
    if (form < 55)
        return {f + u' ' + l, local};
    if (form < 80)
        return {l + QStringLiteral(", ") + f, local};
    if (form < 90 && !c.honorifics.empty())
        return {utf8(rng.pick(c.honorifics)) + u' ' + f + u' ' + l, local};
    if (form < 95)
        return {QStringLiteral("  ") + f + QStringLiteral("   ") + l + u' ', local}; // sloppy typing
    return {l.toUpper() + QStringLiteral(", ") + f, local};                          // legacy upper-case
}

// How e-mail addresses were typed: mostly lower-case, often capitalised, sometimes padded.
QString dirtyEmail(Prng& rng, const QString& clean)
{
    const int form = rng.below(100);
    if (form < 45)
        return clean;
    QString e = clean;
    if (form < 75) { // Jane.Doe@Nordwind-Logistik.example
        QString out;
        bool up = true;
        for (const QChar ch : e) {
            out += up ? ch.toUpper() : ch;
            up = ch == u'.' || ch == u'@' || ch == u'-';
        }
        e = out;
    } else if (form < 85) {
        e = e.toUpper();
    }
    if (form >= 65)
        e = (rng.percent(50) ? QStringLiteral(" ") : QString()) + e + QStringLiteral("  ");
    return e;
}

// The variant of a name typed by someone re-entering the same person: only case and white space differ.
QString caseOrSpaceVariant(Prng& rng, const QString& name)
{
    const QString lower = name.toLower();
    const QString upper = name.toUpper();
    // Upper-casing must not change anything but case (German sharp s becomes "SS").
    const bool caseSafe = upper.toLower() == lower && upper != name;
    switch (caseSafe ? rng.below(4) : 2 + rng.below(2)) {
    case 0:
        return upper;
    case 1:
        return lower;
    case 2:
        return QStringLiteral(" ") + QString(name).replace(u' ', QStringLiteral("  "));
    default:
        return name + QStringLiteral("   ");
    }
}

QString amountText(Prng& rng)
{
    if (rng.percent(15))
        return QString::number(rng.between(1, 200) * 50); // whole amounts: '2500'
    const int cents = rng.between(50 * 100, 50000 * 100);
    return QString::number(cents / 100) + u'.' + twoDigits(cents % 100);
}

} // namespace ferry::demo
