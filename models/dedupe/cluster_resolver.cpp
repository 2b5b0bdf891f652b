#include "dedupe/cluster_resolver.h"

#include "db/identifiers.h"

#include <QCoreApplication>
#include <algorithm>

namespace ferry::dedupe {

namespace {

// The plan spells rule columns as the fields they name; the exact spelling wins over a namesake in
// another case (PostgreSQL's "Code" and code).
int columnIndex(const QStringList& columns, const QString& name)
{
    return name.isEmpty() ? -1 : int(findIdentifier(columns, name, Qt::CaseInsensitive));
}

const Value& valueAt(const Member& m, int column)
{
    static const Value null;
    return column >= 0 && size_t(column) < m.values.size() ? m.values[size_t(column)] : null;
}

bool isNumber(Value::Kind k)
{
    return k == Value::Kind::Int || k == Value::Kind::Decimal || k == Value::Kind::Double || k == Value::Kind::Bool;
}

bool isTime(Value::Kind k)
{
    return k == Value::Kind::Date || k == Value::Kind::Timestamp;
}

int sign(double d)
{
    return d < 0 ? -1 : d > 0 ? 1 : 0;
}

// Index of the most recent member (first on ties); members without a recent value count as oldest.
size_t mostRecent(const std::vector<Member>& members, int recentColumn)
{
    size_t best = 0;
    for (size_t i = 1; i < members.size(); ++i)
        if (compareRecency(valueAt(members[i], recentColumn), valueAt(members[best], recentColumn)) > 0)
            best = i;
    return best;
}

int filledCount(const Member& m)
{
    return int(std::count_if(m.values.begin(), m.values.end(), hasContent));
}

size_t mostComplete(const std::vector<Member>& members)
{
    size_t best = 0;
    for (size_t i = 1; i < members.size(); ++i)
        if (filledCount(members[i]) > filledCount(members[best]))
            best = i;
    return best;
}

Value mergedValue(const std::vector<Member>& members, int column, Survivorship rule, int recentColumn, size_t survivor)
{
    switch (rule) {
    case Survivorship::FirstNonEmpty:
        for (const Member& m : members)
            if (hasContent(valueAt(m, column)))
                return valueAt(m, column);
        break;
    case Survivorship::MostRecent: {
        const Member* best = nullptr;
        for (const Member& m : members)
            if (hasContent(valueAt(m, column)) &&
                (!best || compareRecency(valueAt(m, recentColumn), valueAt(*best, recentColumn)) > 0))
                best = &m;
        if (best)
            return valueAt(*best, column);
        break;
    }
    case Survivorship::Longest: {
        const Value* best = nullptr;
        qsizetype bestLength = -1;
        for (const Member& m : members) {
            const Value& v = valueAt(m, column);
            if (!hasContent(v))
                continue;
            const qsizetype length = utf8CodePoints(v.toUtf8());
            if (length > bestLength) {
                best = &v;
                bestLength = length;
            }
        }
        if (best)
            return *best;
        break;
    }
    case Survivorship::Survivor:
        return valueAt(members[survivor], column);
    }
    return valueAt(members.front(), column); // nobody has a value: keep the first row's (NULL or blank)
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::dedupe", text);
}

// The member whose row is written (Merge: whose slot the merged row takes).
size_t keptMember(ClusterAction action, const std::vector<Member>& members, int recentColumn)
{
    switch (action) {
    case ClusterAction::KeepMostRecent:
        return mostRecent(members, recentColumn);
    case ClusterAction::KeepMostComplete:
        return mostComplete(members);
    case ClusterAction::Flag:
    case ClusterAction::KeepFirst:
    case ClusterAction::Merge:
        break;
    }
    return 0;
}

Survivorship survivorshipOf(const DedupeConfig& config, const QString& column)
{
    const qsizetype at = findIdentifier(config.survivorship.keys(), column, Qt::CaseInsensitive);
    return at < 0 ? config.defaultSurvivorship : config.survivorship.values().at(at);
}

// Each column's value by its survivorship rule; `taken` gets the columns whose value came from
// another row than the kept one.
Row mergedRow(const DedupeConfig& config, const QStringList& columns, const std::vector<Member>& members, size_t kept,
              int recentColumn, QStringList* taken)
{
    const size_t survivor = mostComplete(members);
    Row merged;
    for (int c = 0; c < int(columns.size()); ++c) {
        merged.push_back(mergedValue(members, c, survivorshipOf(config, columns[c]), recentColumn, survivor));
        if (merged.back() != valueAt(members[kept], c))
            *taken << columns[c];
    }
    return merged;
}

// The rows an explanation names, as keyOf writes them.
struct RowNames {
    QString all;
    QString kept;
    QString skipped;
};

// Why the kept row was kept, for the actions that keep one row as it is.
QString keepExplanation(const DedupeConfig& config, const QString& matchedBy, const RowNames& rows, const Member& kept,
                        int recentColumn, qsizetype columnCount)
{
    switch (config.action) {
    case ClusterAction::KeepFirst:
        return tr("%1 matched rows %2; kept %3, the first one read, and skipped %4.")
            .arg(matchedBy, rows.all, rows.kept, rows.skipped);
    case ClusterAction::KeepMostRecent:
        return tr("%1 matched rows %2; kept %3, the most recent by %4 (%5), and skipped %6.")
            .arg(matchedBy, rows.all, rows.kept, config.recentColumn, valueAt(kept, recentColumn).display(),
                 rows.skipped);
    case ClusterAction::KeepMostComplete:
        return tr("%1 matched rows %2; kept %3, the most complete (%4 of %5 values filled), and skipped %6.")
            .arg(matchedBy, rows.all, rows.kept, QString::number(filledCount(kept)), QString::number(columnCount),
                 rows.skipped); // one arg(): keys may contain "%"
    case ClusterAction::Flag:
    case ClusterAction::Merge:
        break;
    }
    return {};
}

QString mergeExplanation(const QString& matchedBy, const RowNames& rows, const QStringList& taken)
{
    if (taken.isEmpty())
        return tr("%1 matched rows %2; merged them into %3 (its values won everywhere) and skipped "
                  "%4.")
            .arg(matchedBy, rows.all, rows.kept, rows.skipped);
    return tr("%1 matched rows %2; merged them into %3, taking %4 from the other rows, and "
              "skipped %5.")
        .arg(matchedBy, rows.all, rows.kept, taken.join(QStringLiteral(", ")), rows.skipped);
}

} // namespace

bool hasContent(const Value& v)
{
    if (v.isNull())
        return false;
    if (v.isText())
        return !v.bytes().trimmed().isEmpty();
    return true;
}

int compareRecency(const Value& a, const Value& b)
{
    if (a.isNull() || b.isNull())
        return int(!a.isNull()) - int(!b.isNull());
    if (isTime(a.kind()) && isTime(b.kind())) {
        if (a.toDate() != b.toDate())
            return a.toDate() < b.toDate() ? -1 : 1;
        const qint64 ma = a.kind() == Value::Kind::Timestamp ? a.microsOfDay() : 0;
        const qint64 mb = b.kind() == Value::Kind::Timestamp ? b.microsOfDay() : 0;
        return ma < mb ? -1 : ma > mb ? 1 : 0;
    }
    if (a.kind() == Value::Kind::Int && b.kind() == Value::Kind::Int)
        return a.toInt() < b.toInt() ? -1 : a.toInt() > b.toInt() ? 1 : 0;
    if (isNumber(a.kind()) && isNumber(b.kind()))
        return sign(a.toDouble() - b.toDouble());
    // Text (ISO dates written as text sort correctly too) and anything else by canonical text.
    return a.toString().compare(b.toString());
}

QString ruleList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted << QLatin1Char('"') + n + QLatin1Char('"');
    if (quoted.size() <= 1)
        return quoted.value(0);
    return tr("%1 and %2").arg(quoted.mid(0, quoted.size() - 1).join(tr(", ")), quoted.last());
}

Resolution resolveCluster(const DedupeConfig& config, const QStringList& columns, const QStringList& ruleNames,
                          const std::vector<Member>& members, const std::function<QString(qint64)>& keyOf)
{
    // The subject of every sentence below: "Rule "same e-mail"" or "Rules "same e-mail" and "same phone"".
    const QString matchedBy =
        ruleNames.size() == 1 ? tr("Rule %1").arg(ruleList(ruleNames)) : tr("Rules %1").arg(ruleList(ruleNames));
    Resolution out;
    if (members.empty())
        return out;
    QStringList all;
    for (const Member& m : members)
        all << keyOf(m.id);
    if (config.action == ClusterAction::Flag) {
        out.explanation = tr("%1 matched rows %2; all of them are written and flagged for review.")
                              .arg(matchedBy, all.join(QStringLiteral(", ")));
        return out;
    }

    const int recentColumn = columnIndex(columns, config.recentColumn);
    const size_t kept = keptMember(config.action, members, recentColumn);
    out.keptId = members[kept].id;
    QStringList dropped;
    for (size_t i = 0; i < members.size(); ++i)
        if (i != kept) {
            out.dropped.push_back(members[i].id);
            dropped << keyOf(members[i].id);
        }
    const RowNames rows{all.join(QStringLiteral(", ")), keyOf(out.keptId), dropped.join(QStringLiteral(", "))};
    if (config.action != ClusterAction::Merge) {
        out.explanation = keepExplanation(config, matchedBy, rows, members[kept], recentColumn, columns.size());
        return out;
    }
    QStringList taken;
    out.merged = mergedRow(config, columns, members, kept, recentColumn, &taken);
    out.explanation = mergeExplanation(matchedBy, rows, taken);
    return out;
}

} // namespace ferry::dedupe
