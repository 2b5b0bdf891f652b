#include "assist/table_matcher.h"

#include "assist/schema_snapshot.h"

namespace ferry {

namespace {

bool endsWith(const QString& s, const char* suffix)
{
    return s.endsWith(QLatin1String(suffix));
}

} // namespace

QString TableMatcher::singular(const QString& word)
{
    static const QList<QPair<QString, QString>> irregular{
        {QStringLiteral("people"), QStringLiteral("person")},
        {QStringLiteral("children"), QStringLiteral("child")},
    };
    for (const auto& [plural, single] : irregular)
        if (word.endsWith(plural))
            return word.left(word.size() - plural.size()) + single;
    if (word.size() <= 3)
        return word;
    if (endsWith(word, "ies"))
        return word.left(word.size() - 3) + QLatin1Char('y'); // activities, companies
    if (endsWith(word, "sses") || endsWith(word, "xes") || endsWith(word, "ches") || endsWith(word, "shes") ||
        endsWith(word, "uses") || endsWith(word, "zes"))
        return word.left(word.size() - 2); // addresses, boxes, branches, statuses
    if (endsWith(word, "ss") || endsWith(word, "us") || endsWith(word, "is"))
        return word; // address, status, analysis
    if (endsWith(word, "s"))
        return word.left(word.size() - 1);
    return word;
}

QString TableMatcher::normalizedName(const QString& name)
{
    return singular(baseName(name));
}

QStringList TableMatcher::forms(const QString& name)
{
    // Several readings of a plural, because "movies" may be "movie"+s or "movy"+ies: two names are
    // the same table when any of their readings agree.
    const QString b = baseName(name);
    QStringList out{b, singular(b)};
    if (b.size() > 3 && b.endsWith(QLatin1Char('s')))
        out << b.left(b.size() - 1);
    if (b.size() > 4 && b.endsWith(QLatin1String("es")))
        out << b.left(b.size() - 2);
    out.removeDuplicates();
    return out;
}

bool TableMatcher::sameTable(const QString& a, const QString& b)
{
    const QStringList fa = forms(a), fb = forms(b);
    for (const QString& f : fa)
        if (!f.isEmpty() && fb.contains(f))
            return true;
    return false;
}

QString TableMatcher::baseName(const QString& name)
{
    QString n = name.trimmed();
    const qsizetype dot = n.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0)
        n = n.mid(dot + 1);
    // "tblContacts": a prefix told apart by case
    for (const char* prefix : {"tbl", "tb", "t"}) {
        const QLatin1String p(prefix);
        if (n.size() > p.size() + 1 && n.startsWith(p) && n.at(p.size()).isUpper()) {
            n = n.mid(p.size());
            break;
        }
    }
    n = n.toLower();
    for (const char* prefix : {"tbl_", "tb_", "t_"}) {
        const QLatin1String p(prefix);
        if (n.size() > p.size() && n.startsWith(p)) {
            n = n.mid(p.size());
            break;
        }
    }
    for (const char* suffix : {"_tbl", "_tab"}) {
        const QLatin1String s(suffix);
        if (n.size() > s.size() && n.endsWith(s)) {
            n.chop(s.size());
            break;
        }
    }
    n.remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    return n;
}

QString TableMatcher::bestTarget(const QString& source, const QStringList& targets)
{
    const QList<Match> m = match({source}, targets);
    return m.isEmpty() ? QString() : m.first().target;
}

QList<TableMatcher::Match> TableMatcher::match(const QStringList& sources, const QStringList& targets)
{
    auto bare = [](const QString& name) {
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        return (dot >= 0 ? name.mid(dot + 1) : name).toLower();
    };
    QList<QString> chosen(sources.size());
    QList<bool> exact(sources.size(), false);
    QList<bool> used(targets.size(), false);
    // Exact names first, so "contact" → "contact" wins over "contacts" → "contact".
    for (int s = 0; s < sources.size(); ++s)
        for (int t = 0; t < targets.size(); ++t)
            if (!used[t] && bare(sources[s]) == bare(targets[t])) {
                chosen[s] = targets[t];
                exact[s] = true;
                used[t] = true;
                break;
            }
    for (int s = 0; s < sources.size(); ++s) {
        if (!chosen[s].isEmpty())
            continue;
        for (int t = 0; t < targets.size(); ++t)
            if (!used[t] && sameTable(sources[s], targets[t])) {
                chosen[s] = targets[t];
                used[t] = true;
                break;
            }
    }
    QList<Match> out;
    for (int s = 0; s < sources.size(); ++s)
        if (!chosen[s].isEmpty())
            out << Match{sources[s], chosen[s], exact[s]};
    return out;
}

QStringList TableMatcher::suggestedKeys(const TableInfo& target)
{
    auto numbered = [&](const QStringList& key) {
        for (const QString& c : key)
            if (const ColumnInfo* col = target.column(c); col && col->autoIncrement)
                return true;
        return false;
    };
    if (!target.primaryKey.isEmpty() && !numbered(target.primaryKey))
        return target.primaryKey;
    for (const QStringList& unique : target.uniqueKeys)
        if (!unique.isEmpty() && !numbered(unique))
            return unique;
    return target.primaryKey;
}

TableMapping TableMatcher::proposal(const QString& source, const TableInfo& target)
{
    TableMapping m;
    m.source = source;
    m.target = projectTableName(target);
    const QStringList keys = suggestedKeys(target);
    bool natural = !keys.isEmpty();
    for (const QString& k : keys)
        if (const ColumnInfo* c = target.column(k); c && c->autoIncrement)
            natural = false;
    // Upsert on a natural key makes a rehearsal repeatable; a key the database numbers itself
    // cannot identify incoming rows, so such tables are inserted.
    if (natural) {
        m.mode = WriteMode::Upsert;
        m.keys = keys;
    }
    return m;
}

QList<TableMapping> TableMatcher::propose(const QList<TableInfo>& sources, const QList<TableInfo>& targets)
{
    QStringList sourceNames, targetNames;
    for (const TableInfo& t : sources)
        sourceNames << projectTableName(t);
    QList<const TableInfo*> targetInfos;
    for (const TableInfo& t : targets)
        if (!t.isView) {
            targetNames << projectTableName(t);
            targetInfos << &t;
        }
    QList<TableMapping> out;
    for (const Match& m : match(sourceNames, targetNames))
        out << proposal(m.source, *targetInfos[targetNames.indexOf(m.target)]);
    return out;
}

} // namespace ferry
