#include "dedupe/match_record.h"

#include "db/identifiers.h"

#include "dedupe/match_keys.h"
#include "dedupe/nicknames.h"

#include <algorithm>

namespace ferry::dedupe {

namespace {

quint64 mix(quint64 x)
{
    // splitmix64 finaliser: spreads FNV's weak low bits over the whole word.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

} // namespace

quint64 hashKey(QStringView text)
{
    if (text.isEmpty())
        return 0;
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a over UTF-16 code units
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    h = mix(h);
    return h == 0 ? 1 : h;
}

quint64 combineHashes(quint64 a, quint64 b)
{
    const quint64 h = mix(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
    return h == 0 ? 1 : h;
}

namespace {

// `folded` is already in nameKey() form.
FoldedName foldTokens(const QString& folded)
{
    QStringList tokens = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& t : tokens)
        t = canonicalGivenName(t);
    FoldedName out;
    out.inOrder = tokens.join(QLatin1Char(' '));
    tokens.sort();
    out.sorted = tokens.join(QLatin1Char(' '));
    return out;
}

} // namespace

FoldedName foldName(const QString& joined)
{
    return foldTokens(match::nameKey(joined));
}

double nameSimilarity(QStringView a, QStringView b)
{
    constexpr int maxTokens = 8;
    const auto split = [](QStringView text, QStringView* out) {
        int n = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != QLatin1Char(' '))
                continue;
            if (i > start) {
                if (n == maxTokens)
                    return maxTokens + 1;
                out[n++] = text.mid(start, i - start);
            }
            start = i + 1;
        }
        return n;
    };
    QStringView ta[maxTokens], tb[maxTokens];
    const int na = split(a, ta), nb = split(b, tb);
    if (na != nb || na > maxTokens || na == 0)
        return match::jaroWinkler(a, b);
    double weighted = 0, total = 0;
    for (int i = 0; i < na; ++i) {
        const double weight = double(std::max(ta[i].size(), tb[i].size()));
        weighted += weight * (ta[i] == tb[i] ? 1.0 : match::jaroWinkler(ta[i], tb[i]));
        total += weight;
    }
    return weighted / total;
}

std::vector<BlockingKey> blockingKeys(QStringView folded)
{
    std::vector<BlockingKey> keys;
    QString skeleton;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && folded[i] != QLatin1Char(' '))
            continue;
        if (i > start) {
            // Tag 'p' keeps a prefix apart from a skeleton with the same letters.
            QString prefix(QLatin1Char('p'));
            prefix.append(folded.mid(start, std::min<qsizetype>(3, i - start)));
            keys.push_back({hashKey(prefix), int(start)});
        }
        start = i + 1;
    }
    for (const QChar c : folded)
        if (c != QLatin1Char(' ') && !isVowel(c) && (skeleton.isEmpty() || skeleton.back() != c))
            skeleton += c;
    if (!skeleton.isEmpty())
        keys.push_back({hashKey(skeleton.prepend(QLatin1Char('s'))), 0});
    std::sort(keys.begin(), keys.end(), [](const BlockingKey& a, const BlockingKey& b) { return a.hash < b.hash; });
    keys.erase(std::unique(keys.begin(), keys.end(),
                           [](const BlockingKey& a, const BlockingKey& b) { return a.hash == b.hash; }),
               keys.end());
    return keys;
}

ConditionKeyer::ConditionKeyer(const MatchCondition& condition, const QStringList& columns)
    : kind_(condition.kind)
    , region_(condition.region)
{
    for (const QString& name : condition.columns) {
        const int index = int(findIdentifier(columns, name, Qt::CaseInsensitive));
        Q_ASSERT_X(index >= 0, "ConditionKeyer", "match condition names a column that is not mapped");
        columns_.push_back(index);
    }
}

bool ConditionKeyer::sameKeysAs(const ConditionKeyer& other) const
{
    return kind_ == other.kind_ && columns_ == other.columns_ &&
           (kind_ != MatchKind::Phone || region_ == other.region_);
}

ConditionKey ConditionKeyer::key(const Row& row, bool withText) const
{
    const auto textAt = [&](int index) {
        return index >= 0 && size_t(index) < row.size() ? row[size_t(index)].toString() : QString();
    };
    ConditionKey out;
    QString key;
    switch (kind_) {
    case MatchKind::Name: {
        // Every part must have a value: a lone "Smith" would otherwise match every other lone "Smith".
        QString joined;
        for (int c : columns_) {
            const QString part = match::nameKey(textAt(c));
            if (part.isEmpty())
                return {};
            if (!joined.isEmpty())
                joined += QLatin1Char(' ');
            joined += part;
        }
        FoldedName name = foldTokens(joined);
        key = name.sorted;
        if (withText && name.inOrder != name.sorted)
            out.inOrder = std::move(name.inOrder);
        break;
    }
    case MatchKind::Phone:
    case MatchKind::Email:
    case MatchKind::Company:
    case MatchKind::Exact: {
        // Several columns: every one must have a value (an empty part would let "" match "").
        QStringList parts;
        for (int c : columns_) {
            const QString value = textAt(c);
            QString part;
            if (kind_ == MatchKind::Phone)
                part = match::phoneKey(value, region_).value_or(QString());
            else if (kind_ == MatchKind::Email)
                part = match::emailKey(value);
            else if (kind_ == MatchKind::Company)
                part = match::companyKey(value);
            else
                part = value.trimmed();
            if (part.isEmpty())
                return {};
            parts += part;
        }
        key = parts.join(QChar(0x1f)); // unit separator: cannot occur in a trimmed key's boundary
        break;
    }
    }
    out.hash = hashKey(key);
    if (out.hash == 0)
        return {};
    if (withText)
        out.text = std::move(key);
    return out;
}

} // namespace ferry::dedupe
