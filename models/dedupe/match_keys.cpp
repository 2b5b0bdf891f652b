#include "dedupe/match_keys.h"

#include "transforms/transform_chain.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace ferry::match {

QString emailKey(const QString& email)
{
    return email.trimmed().toLower();
}

QString nameKey(const QString& name)
{
    // NFKD splits "é" into "e" + a combining accent, which is then dropped.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            space = false;
            // Qt folds one character to one character; "ß" and "ẞ" fold to "ss" in full case folding.
            if (c == QChar(0x00DF) || c == QChar(0x1E9E))
                out += QStringLiteral("ss");
            else
                out += c.toCaseFolded();
        } else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('/')) {
            space = true; // separators become one space; other punctuation vanishes ("O'Neill" → "oneill")
        }
    }
    return out;
}

QString companyKey(const QString& company)
{
    static const QStringList suffixes{
        QStringLiteral("inc"),     QStringLiteral("incorporated"), QStringLiteral("llc"),         QStringLiteral("ltd"),
        QStringLiteral("limited"), QStringLiteral("corp"),         QStringLiteral("corporation"), QStringLiteral("co"),
        QStringLiteral("company"), QStringLiteral("plc"),          QStringLiteral("gmbh"),        QStringLiteral("ag"),
        QStringLiteral("kg"),      QStringLiteral("sa"),           QStringLiteral("sarl"),        QStringLiteral("sas"),
        QStringLiteral("bv"),      QStringLiteral("nv"),           QStringLiteral("oy"),          QStringLiteral("oyj"),
        QStringLiteral("ab"),      QStringLiteral("as"),           QStringLiteral("asa"),         QStringLiteral("aps"),
        QStringLiteral("srl"),     QStringLiteral("spa"),          QStringLiteral("sl"),          QStringLiteral("pty"),
        QStringLiteral("kk"),      QStringLiteral("lp"),           QStringLiteral("llp")};
    QString text = company;
    text.replace(QLatin1Char('&'), QStringLiteral(" and "));
    // "S.A." and "B.V." lose their dots before splitting, so they read as one word.
    text.remove(QLatin1Char('.'));
    QStringList words = nameKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && suffixes.contains(words.last()))
        words.removeLast();
    return words.join(QLatin1Char(' '));
}

std::optional<QString> phoneKey(const QString& phone, const QString& defaultRegion)
{
    if (phone.trimmed().isEmpty())
        return std::nullopt;
    // Compiling the chain costs far more than one number; the duplicate finder keys a million rows, so
    // each thread keeps its compiled chain per region.
    thread_local QHash<QString, std::optional<TransformChain>> chains;
    auto it = chains.find(defaultRegion);
    if (it == chains.end()) {
        QString errorPath, error;
        it = chains.insert(defaultRegion, TransformChain::compile(
                                              {TransformSpec{QStringLiteral("phone"),
                                                             QJsonObject{{QStringLiteral("region"), defaultRegion}}}},
                                              1, &errorPath, &error));
    }
    if (!*it)
        return std::nullopt;
    const auto result = (*it)->apply({Value::text(phone)}, nullptr);
    if (const Value* v = std::get_if<Value>(&result); v && !v->isNull())
        return v->toString();
    return std::nullopt;
}

double jaroWinkler(QStringView a, QStringView b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    // Names and companies are short: flags live on the stack unless a text is unusually long.
    constexpr qsizetype stackSize = 128;
    bool aStack[stackSize], bStack[stackSize];
    std::vector<bool> aHeap, bHeap;
    const bool onStack = a.size() <= stackSize && b.size() <= stackSize;
    if (!onStack) {
        aHeap.assign(size_t(a.size()), false);
        bHeap.assign(size_t(b.size()), false);
    } else {
        std::fill_n(aStack, a.size(), false);
        std::fill_n(bStack, b.size(), false);
    }
    const auto aMatched = [&](qsizetype i) -> bool { return onStack ? aStack[i] : bool(aHeap[size_t(i)]); };
    const auto bMatched = [&](qsizetype j) -> bool { return onStack ? bStack[j] : bool(bHeap[size_t(j)]); };
    const auto mark = [&](qsizetype i, qsizetype j) {
        if (onStack) {
            aStack[i] = bStack[j] = true;
        } else {
            aHeap[size_t(i)] = true;
            bHeap[size_t(j)] = true;
        }
    };
    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(b.size() - 1, i + window);
        for (qsizetype j = from; j <= to; ++j)
            if (!bMatched(j) && a[i] == b[j]) {
                mark(i, j);
                ++matches;
                break;
            }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < a.size(); ++i) {
        if (!aMatched(i))
            continue;
        while (!bMatched(j))
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

} // namespace ferry::match
