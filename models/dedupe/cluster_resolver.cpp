#include "dedupe/cluster_resolver.h"

#include <QCoreApplication>
#include <algorithm>

namespace ferry::dedupe {

namespace {

int columnIndex(const QStringList& columns, const QString& name)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (!name.isEmpty() && columns[i].compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
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

QString translate(const char* text)
{
    return QCoreApplication::translate("ferry::dedupe", text);
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

Resolution resolveCluster(const DedupeConfig& config, const QStringList& columns, const QString& ruleName,
                          const std::vector<Member>& members, const std::function<QString(qint64)>& keyOf)
{
    Resolution out;
    if (members.empty())
        return out;
    QStringList all;
    for (const Member& m : members)
        all << keyOf(m.id);
    const QString rows = all.join(QStringLiteral(", "));
    const int recentColumn = columnIndex(columns, config.recentColumn);

    size_t kept = 0;
    switch (config.action) {
    case ClusterAction::Flag:
        out.explanation = translate("Rule \"%1\" matched rows %2; all of them are written and flagged for review.")
                              .arg(ruleName, rows);
        return out;
    case ClusterAction::KeepFirst:
    case ClusterAction::Merge:
        kept = 0;
        break;
    case ClusterAction::KeepMostRecent:
        kept = mostRecent(members, recentColumn);
        break;
    case ClusterAction::KeepMostComplete:
        kept = mostComplete(members);
        break;
    }
    out.keptId = members[kept].id;
    QStringList dropped;
    for (size_t i = 0; i < members.size(); ++i)
        if (i != kept) {
            out.dropped.push_back(members[i].id);
            dropped << keyOf(members[i].id);
        }
    const QString skipped = dropped.join(QStringLiteral(", "));
    const QString keptKey = keyOf(out.keptId);

    switch (config.action) {
    case ClusterAction::Flag:
        break;
    case ClusterAction::KeepFirst:
        out.explanation = translate("Rule \"%1\" matched rows %2; kept %3, the first one read, and skipped %4.")
                              .arg(ruleName, rows, keptKey, skipped);
        break;
    case ClusterAction::KeepMostRecent:
        out.explanation = translate("Rule \"%1\" matched rows %2; kept %3, the most recent by %4 (%5), and skipped %6.")
                              .arg(ruleName, rows, keptKey, config.recentColumn,
                                   valueAt(members[kept], recentColumn).display(), skipped);
        break;
    case ClusterAction::KeepMostComplete:
        out.explanation =
            translate(
                "Rule \"%1\" matched rows %2; kept %3, the most complete (%4 of %5 values filled), and skipped %6.")
                .arg(ruleName, rows, keptKey, QString::number(filledCount(members[kept])),
                     QString::number(columns.size()), skipped); // one arg(): keys may contain "%"
        break;
    case ClusterAction::Merge: {
        const size_t survivor = mostComplete(members);
        Row merged;
        QStringList taken; // columns whose value came from another row than the kept one
        for (int c = 0; c < int(columns.size()); ++c) {
            Survivorship rule = config.defaultSurvivorship;
            for (auto it = config.survivorship.cbegin(); it != config.survivorship.cend(); ++it)
                if (it.key().compare(columns[c], Qt::CaseInsensitive) == 0)
                    rule = it.value();
            merged.push_back(mergedValue(members, c, rule, recentColumn, survivor));
            if (merged.back() != valueAt(members[kept], c))
                taken << columns[c];
        }
        out.merged = std::move(merged);
        out.explanation =
            taken.isEmpty()
                ? translate("Rule \"%1\" matched rows %2; merged them into %3 (its values won everywhere) and skipped "
                            "%4.")
                      .arg(ruleName, rows, keptKey, skipped)
                : translate("Rule \"%1\" matched rows %2; merged them into %3, taking %4 from the other rows, and "
                            "skipped %5.")
                      .arg(ruleName, rows, keptKey, taken.join(QStringLiteral(", ")), skipped);
        break;
    }
    }
    return out;
}

} // namespace ferry::dedupe
