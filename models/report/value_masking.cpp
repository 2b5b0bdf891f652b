#include "report/value_masking.h"

#include <QRegularExpression>
#include <algorithm>

namespace ferry {

namespace {

const QChar kDot(0x2022); // •, a bullet: visibly "hidden", never mistaken for data
QString dots(int n)
{
    return QString(n, kDot);
}

// Word parts of a column name, lower-cased: "firstName" -> first, name; "E_Mail" -> e, mail.
QStringList wordParts(const QString& name)
{
    QStringList parts;
    QString current;
    QChar previous;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty())
                parts << current;
            current.clear();
        } else {
            if (c.isUpper() && previous.isLower() && !current.isEmpty()) {
                parts << current;
                current.clear();
            }
            current += c.toLower();
        }
        previous = c;
    }
    if (!current.isEmpty())
        parts << current;
    return parts;
}

// Short terms must be a whole word part ("tel" is not "telemetry"); longer ones may begin or end one
// ("lastname", "emailaddress", "mobilephone").
bool partMatches(const QString& part, const QStringList& terms)
{
    for (const QString& t : terms) {
        if (part == t)
            return true;
        if (t.size() > 3 && (part.startsWith(t) || part.endsWith(t)))
            return true;
    }
    return false;
}

bool anyPartMatches(const QString& columnName, const QStringList& terms)
{
    const QStringList parts = wordParts(columnName);
    for (const QString& p : parts)
        if (partMatches(p, terms))
            return true;
    return false;
}

const QStringList& phoneTerms()
{
    static const QStringList terms = {QStringLiteral("phone"),  QStringLiteral("tel"),  QStringLiteral("telephone"),
                                      QStringLiteral("mobile"), QStringLiteral("cell"), QStringLiteral("fax")};
    return terms;
}

const QStringList& personalTerms()
{
    static const QStringList terms = [] {
        QStringList t = {QStringLiteral("name"),  QStringLiteral("surname"),  QStringLiteral("forename"),
                         QStringLiteral("email"), QStringLiteral("mail"),     QStringLiteral("address"),
                         QStringLiteral("addr"),  QStringLiteral("street"),   QStringLiteral("city"),
                         QStringLiteral("zip"),   QStringLiteral("postal"),   QStringLiteral("postcode"),
                         QStringLiteral("birth"), QStringLiteral("dob"),      QStringLiteral("iban"),
                         QStringLiteral("ssn"),   QStringLiteral("passport"), QStringLiteral("salutation")};
        t += phoneTerms();
        return t;
    }();
    return terms;
}

bool isPhoneColumn(const QString& columnName)
{
    return anyPartMatches(columnName, phoneTerms());
}

bool looksLikeEmail(const QString& s)
{
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    return at > 0 && at == s.lastIndexOf(QLatin1Char('@')) && at < s.size() - 1;
}

int digitCount(const QString& s)
{
    int n = 0;
    for (const QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}

// Unquoted values that Value::display() gives for numbers, dates, times and booleans.
bool isNonText(const QString& s)
{
    static const QRegularExpression number(QStringLiteral(R"(^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$)"));
    static const QRegularExpression dateTime(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?|\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$)"));
    return s == QLatin1String("true") || s == QLatin1String("false") || number.match(s).hasMatch() ||
           dateTime.match(s).hasMatch();
}

// The first character, whole even when it is outside the Basic Multilingual Plane.
QString firstCharacter(const QString& s)
{
    if (s.isEmpty())
        return {};
    return s.left(s.at(0).isHighSurrogate() && s.size() > 1 ? 2 : 1);
}

QString maskPersonalText(const QString& raw, bool phoneColumn)
{
    if (looksLikeEmail(raw))
        return maskEmail(raw);
    if (phoneColumn && digitCount(raw) >= 3)
        return maskPhone(raw);
    return maskText(raw);
}

} // namespace

bool isPersonalColumn(const QString& columnName)
{
    return anyPartMatches(columnName, personalTerms());
}

QString maskEmail(const QString& email)
{
    const QString s = email.trimmed();
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at < 0)
        return maskText(s);
    const QString local = s.left(at);
    const QString domain = s.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    const QString tld = dot > 0 ? domain.mid(dot) : QString();
    return maskText(local) + QLatin1Char('@') + maskText(domain) + tld;
}

QString maskPhone(const QString& phone)
{
    const QString s = phone.trimmed();
    QString digits;
    for (const QChar c : s)
        if (c.isDigit())
            digits += c;
    if (digits.size() <= 2)
        return dots(3);
    const QString prefix = s.startsWith(QLatin1Char('+')) ? QStringLiteral("+") : QString();
    return prefix + dots(int(digits.size()) - 2) + digits.right(2);
}

QString maskText(const QString& text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return text; // nothing to hide, and '' must stay distinguishable from NULL
    return firstCharacter(s) + dots(3);
}

QString maskValue(const QString& displayed, const QString& columnName)
{
    if (!isPersonalColumn(columnName))
        return displayed;
    const bool phoneColumn = isPhoneColumn(columnName);
    if (displayed.size() >= 2 && displayed.startsWith(QLatin1Char('"')) && displayed.endsWith(QLatin1Char('"')))
        return QLatin1Char('"') + maskPersonalText(displayed.mid(1, displayed.size() - 2), phoneColumn) +
               QLatin1Char('"');
    if (displayed == QLatin1String("NULL") || displayed.isEmpty())
        return displayed;
    if (isNonText(displayed))
        return phoneColumn && digitCount(displayed) >= 3 ? maskPhone(displayed) : displayed;
    return maskPersonalText(displayed, phoneColumn);
}

QString maskWithin(QString text, const QStringList& originals, const QStringList& masked)
{
    QList<std::pair<QString, QString>> pairs;
    for (qsizetype i = 0; i < originals.size() && i < masked.size(); ++i) {
        QString raw = originals[i];
        QString hidden = masked[i];
        if (raw.size() >= 2 && raw.startsWith(QLatin1Char('"')) && raw.endsWith(QLatin1Char('"'))) {
            raw = raw.mid(1, raw.size() - 2);
            hidden = hidden.mid(1, hidden.size() - 2);
        }
        // Very short values would mask unrelated letters of the message; they reveal little anyway.
        if (raw.size() >= 3 && raw != hidden)
            pairs.append({raw, hidden});
    }
    // Longest first, so "Janet" does not leave "J••• Marie" of "Janet Marie".
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [raw, hidden] : pairs)
        text.replace(raw, hidden);
    return text;
}

RunSummary maskPersonalValues(const RunSummary& summary)
{
    RunSummary s = summary;
    for (RejectRecord& r : s.rejects) {
        const QStringList names = s.sourceColumns.value(r.tableIndex);
        QStringList originals;
        QStringList masked;
        for (int i = 0; i < r.values.size() && i < names.size(); ++i) {
            const QString m = maskValue(r.values[i], names[i]);
            if (m != r.values[i]) {
                originals << r.values[i];
                masked << m;
                r.values[i] = m;
            }
        }
        r.reason = maskWithin(r.reason, originals, masked);
    }
    for (MismatchRecord& m : s.mismatches) {
        const QString before = maskValue(m.before, m.column);
        const QString after = maskValue(m.after, m.column);
        m.reason = maskWithin(m.reason, {m.before, m.after}, {before, after});
        m.before = before;
        m.after = after;
    }
    return s;
}

} // namespace ferry
