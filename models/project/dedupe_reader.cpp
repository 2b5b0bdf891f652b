#include "dedupe_reader.h"

#include "json_scan.h"
#include "project_reader_support.h"

namespace ferry::reading {

namespace {

using json::childPath;
using json::indexPath;

const QStringList kDedupeKeys = {QStringLiteral("rules"),         QStringLiteral("action"),
                                 QStringLiteral("recentColumn"),  QStringLiteral("survivorship"),
                                 QStringLiteral("againstTarget"), QStringLiteral("maxBlockSize")};
const QStringList kRuleKeys = {QStringLiteral("name"), QStringLiteral("match")};
const QStringList kConditionKeys = {QStringLiteral("column"), QStringLiteral("columns"), QStringLiteral("kind"),
                                    QStringLiteral("fuzzy"), QStringLiteral("region")};

template <typename E>
E readChoice(const QJsonValue& v, const QString& path, const QList<E>& choices, QString (*name)(E))
{
    QStringList names;
    for (E e : choices) {
        names << name(e);
        if (v.isString() && v.toString() == name(e))
            return e;
    }
    const QString guess = v.isString() ? closest(v.toString(), names) : QString();
    if (!guess.isEmpty())
        fail(path, ProjectFile::tr("unknown value %1 (did you mean %2?)").arg(describe(v), quoted(guess)));
    fail(path,
         ProjectFile::tr("unknown value %1 (expected one of: %2)").arg(describe(v), names.join(QLatin1String(", "))));
}

QStringList mappedTargets(const TableMapping& t)
{
    QStringList out;
    for (const FieldMapping& f : t.fields)
        out << f.target;
    return out;
}

// A target column this table maps (duplicates are found on the values the run would write).
QString readColumn(const QJsonValue& v, const QString& path, const TableMapping& table)
{
    if (!v.isString() || v.toString().isEmpty())
        fail(path, ProjectFile::tr("must be a target column name (a non-empty string), got %1").arg(describe(v)));
    const QString name = v.toString();
    const QStringList targets = mappedTargets(table);
    for (const QString& t : targets)
        if (t.compare(name, Qt::CaseInsensitive) == 0)
            return t;
    const QString guess = closest(name, targets);
    fail(path, guess.isEmpty() ? ProjectFile::tr("%1 is not the target of any field in this table").arg(quoted(name))
                               : ProjectFile::tr("%1 is not the target of any field in this table (did you mean %2?)")
                                     .arg(quoted(name), quoted(guess)));
}

MatchCondition readCondition(const QJsonValue& v, const QString& path, const TableMapping& table)
{
    const QJsonObject o =
        requireObject(v, path, ProjectFile::tr("such as {\"column\": \"email\", \"kind\": \"email\"}"));
    checkKeys(o, path, kConditionKeys);
    MatchCondition c;
    const bool one = o.contains(QLatin1String("column"));
    const bool many = o.contains(QLatin1String("columns"));
    if (one == many)
        fail(path, ProjectFile::tr("needs either \"column\" or \"columns\" (one of them)"));
    if (one) {
        c.columns << readColumn(o.value(QLatin1String("column")), childPath(path, QStringLiteral("column")), table);
    } else {
        const QString p = childPath(path, QStringLiteral("columns"));
        const QJsonArray a =
            requireArray(o.value(QLatin1String("columns")), p, ProjectFile::tr("of target column names"));
        if (a.isEmpty())
            fail(p, ProjectFile::tr("must name at least one column"));
        for (qsizetype i = 0; i < a.size(); ++i)
            c.columns << readColumn(a.at(i), indexPath(p, i), table);
    }
    if (o.contains(QLatin1String("kind")))
        c.kind = readChoice<MatchKind>(
            o.value(QLatin1String("kind")), childPath(path, QStringLiteral("kind")),
            {MatchKind::Exact, MatchKind::Email, MatchKind::Phone, MatchKind::Name, MatchKind::Company}, matchKindName);
    if (o.contains(QLatin1String("fuzzy"))) {
        const QJsonValue f = o.value(QLatin1String("fuzzy"));
        const QString p = childPath(path, QStringLiteral("fuzzy"));
        if (!f.isDouble() || f.toDouble() <= 0 || f.toDouble() > 1)
            fail(p,
                 ProjectFile::tr("must be a similarity above 0 and at most 1 (such as 0.92), got %1").arg(describe(f)));
        if (c.kind == MatchKind::Phone || c.kind == MatchKind::Email)
            fail(p, ProjectFile::tr("fuzzy matching is for names, companies and free text; %1 keys match exactly")
                        .arg(matchKindName(c.kind)));
        c.fuzzy = f.toDouble();
    }
    if (o.contains(QLatin1String("region"))) {
        const QString p = childPath(path, QStringLiteral("region"));
        if (c.kind != MatchKind::Phone)
            fail(p, ProjectFile::tr("only phone conditions have a region"));
        c.region = optionalString(o, QStringLiteral("region"), path, Empty::Refused);
    }
    return c;
}

MatchRule readRule(const QJsonValue& v, const QString& path, const TableMapping& table, int index)
{
    const QJsonObject o = requireObject(v, path, ProjectFile::tr("a rule such as {\"name\": …, \"match\": […]}"));
    checkKeys(o, path, kRuleKeys);
    MatchRule r;
    r.name = optionalString(o, QStringLiteral("name"), path, Empty::Refused);
    if (r.name.isEmpty())
        r.name = ProjectFile::tr("rule %1").arg(index + 1);
    const QString p = childPath(path, QStringLiteral("match"));
    if (!o.contains(QLatin1String("match")))
        fail(p, ProjectFile::tr("missing; expected the conditions that must all hold"));
    const QJsonArray a = requireArray(o.value(QLatin1String("match")), p, ProjectFile::tr("of conditions"));
    if (a.isEmpty())
        fail(p, ProjectFile::tr("must hold at least one condition"));
    for (qsizetype i = 0; i < a.size(); ++i)
        r.all << readCondition(a.at(i), indexPath(p, i), table);
    return r;
}

const QList<Survivorship> kSurvivorship = {Survivorship::FirstNonEmpty, Survivorship::MostRecent, Survivorship::Longest,
                                           Survivorship::Survivor};

} // namespace

DedupeConfig readDedupe(const QJsonValue& v, const QString& path, const TableMapping& table)
{
    const QJsonObject o = requireObject(v, path, ProjectFile::tr("of duplicate rules"));
    checkKeys(o, path, kDedupeKeys);
    DedupeConfig d;
    const QString rulesPath = childPath(path, QStringLiteral("rules"));
    if (!o.contains(QLatin1String("rules")))
        fail(rulesPath, ProjectFile::tr("missing; expected an array of match rules"));
    const QJsonArray rules =
        requireArray(o.value(QLatin1String("rules")), rulesPath, ProjectFile::tr("of match rules"));
    if (rules.isEmpty())
        fail(rulesPath, ProjectFile::tr("must hold at least one rule (leave \"dedupe\" out for none)"));
    for (qsizetype i = 0; i < rules.size(); ++i)
        d.rules << readRule(rules.at(i), indexPath(rulesPath, i), table, int(i));

    if (o.contains(QLatin1String("action")))
        d.action =
            readChoice<ClusterAction>(o.value(QLatin1String("action")), childPath(path, QStringLiteral("action")),
                                      {ClusterAction::KeepFirst, ClusterAction::KeepMostRecent,
                                       ClusterAction::KeepMostComplete, ClusterAction::Merge, ClusterAction::Flag},
                                      clusterActionName);
    if (o.contains(QLatin1String("recentColumn")))
        d.recentColumn =
            readColumn(o.value(QLatin1String("recentColumn")), childPath(path, QStringLiteral("recentColumn")), table);

    bool needsRecent = d.action == ClusterAction::KeepMostRecent;
    if (o.contains(QLatin1String("survivorship"))) {
        const QString sp = childPath(path, QStringLiteral("survivorship"));
        const QJsonObject s = requireObject(o.value(QLatin1String("survivorship")), sp,
                                            ProjectFile::tr("such as {\"default\": \"first-non-empty\"}"));
        if (d.action != ClusterAction::Merge)
            fail(sp, ProjectFile::tr("survivorship applies only when \"action\" is \"merge\""));
        for (auto it = s.begin(); it != s.end(); ++it) {
            const QString p = childPath(sp, it.key());
            const Survivorship rule = readChoice<Survivorship>(it.value(), p, kSurvivorship, survivorshipName);
            needsRecent = needsRecent || rule == Survivorship::MostRecent;
            if (it.key() == QLatin1String("default"))
                d.defaultSurvivorship = rule;
            else
                d.survivorship.insert(readColumn(QJsonValue(it.key()), sp, table), rule);
        }
    }
    if (needsRecent && d.recentColumn.isEmpty())
        fail(childPath(path, QStringLiteral("recentColumn")),
             ProjectFile::tr("missing; \"most recent\" needs the target column that says when a row changed"));

    if (o.contains(QLatin1String("againstTarget"))) {
        const QString p = childPath(path, QStringLiteral("againstTarget"));
        d.againstTarget = readChoice<TargetAction>(
            o.value(QLatin1String("againstTarget")), p,
            {TargetAction::None, TargetAction::Update, TargetAction::Skip, TargetAction::Flag}, targetActionName);
        if (d.againstTarget == TargetAction::Update && table.keys.isEmpty())
            fail(p, ProjectFile::tr("\"update\" needs the table's \"keys\": the target columns that identify the row "
                                    "to update"));
    }
    if (o.contains(QLatin1String("maxBlockSize"))) {
        const QJsonValue b = o.value(QLatin1String("maxBlockSize"));
        qint64 n = 0;
        if (!wholeNumber(b, 10, 100000, &n))
            fail(childPath(path, QStringLiteral("maxBlockSize")),
                 ProjectFile::tr("must be a whole number from 10 to 100000, got %1").arg(describe(b)));
        d.maxBlockSize = int(n);
    }
    return d;
}

} // namespace ferry::reading
