#include "project_writer.h"

#include "project_paths.h"

namespace ferry {

namespace {

using json::Node;

bool isPasswordKey(const QString& key)
{
    const QString k = key.toLower();
    return k == QLatin1String("password") || k == QLatin1String("pwd") || k == QLatin1String("passwd");
}

void addIfSet(Node& n, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        n.add(key, QJsonValue(value));
}

// Timeouts are written only when they differ from the defaults, so most projects do not mention them.
void addTimeouts(Node& n, const ConnectionProfile& c)
{
    const ConnectionProfile defaults;
    if (c.kind == ConnectionProfile::Kind::Odbc && c.loginTimeoutSeconds != defaults.loginTimeoutSeconds)
        n.add(QStringLiteral("loginTimeout"), QJsonValue(c.loginTimeoutSeconds));
    if (c.queryTimeoutSeconds != defaults.queryTimeoutSeconds)
        n.add(QStringLiteral("queryTimeout"), QJsonValue(c.queryTimeoutSeconds));
}

Node connectionNode(const ConnectionProfile& c, const QString& baseDir)
{
    Node n = Node::object();
    addIfSet(n, QStringLiteral("name"), c.name);
    if (c.kind == ConnectionProfile::Kind::Sqlite) {
        n.add(QStringLiteral("type"), QJsonValue(QStringLiteral("sqlite")));
        addIfSet(n, QStringLiteral("file"), portableProjectPath(c.file, baseDir));
        addIfSet(n, QStringLiteral("initSql"), portableProjectPath(c.initSql, baseDir));
        addTimeouts(n, c);
        return n;
    }
    n.add(QStringLiteral("type"), QJsonValue(QStringLiteral("odbc")));
    addIfSet(n, QStringLiteral("dsn"), c.dsn);
    addIfSet(n, QStringLiteral("driver"), c.driver);
    addIfSet(n, QStringLiteral("host"), c.host);
    if (c.port > 0)
        n.add(QStringLiteral("port"), QJsonValue(c.port));
    addIfSet(n, QStringLiteral("database"), c.database);
    addIfSet(n, QStringLiteral("user"), c.user);
    addIfSet(n, QStringLiteral("passwordEnv"), c.passwordEnv);
    Node options = Node::object().compact();
    for (auto it = c.options.begin(); it != c.options.end(); ++it) {
        if (!isPasswordKey(it.key())) // a secret typed into the attributes must not reach the disk
            options.add(it.key(), QJsonValue(it.value()));
    }
    if (!options.isEmpty())
        n.add(QStringLiteral("options"), std::move(options));
    addTimeouts(n, c);
    return n;
}

Node stringArray(const QStringList& list)
{
    Node a = Node::array().compact();
    for (const QString& s : list)
        a.append(QJsonValue(s));
    return a;
}

Node fieldNode(const FieldMapping& f)
{
    Node n = Node::object().compact();
    n.add(QStringLiteral("target"), QJsonValue(f.target));
    if (f.sources.size() == 1)
        n.add(QStringLiteral("source"), QJsonValue(f.sources.first()));
    else if (f.sources.size() > 1)
        n.add(QStringLiteral("source"), stringArray(f.sources));
    if (f.constant)
        n.add(QStringLiteral("constant"), f.constant->isUndefined() ? QJsonValue() : *f.constant);
    if (!f.transforms.isEmpty()) {
        Node transforms = Node::array().compact();
        for (const TransformSpec& t : f.transforms) {
            Node spec = Node::object().compact();
            spec.add(QStringLiteral("type"), QJsonValue(t.type));
            for (auto it = t.params.begin(); it != t.params.end(); ++it) {
                if (it.key() != QLatin1String("type"))
                    spec.add(it.key(), it.value());
            }
            transforms.append(std::move(spec));
        }
        n.add(QStringLiteral("transforms"), std::move(transforms));
    }
    return n;
}

Node conditionNode(const MatchCondition& c)
{
    Node n = Node::object().compact();
    if (c.columns.size() == 1)
        n.add(QStringLiteral("column"), QJsonValue(c.columns.first()));
    else
        n.add(QStringLiteral("columns"), stringArray(c.columns));
    n.add(QStringLiteral("kind"), QJsonValue(matchKindName(c.kind)));
    if (c.fuzzy > 0)
        n.add(QStringLiteral("fuzzy"), QJsonValue(c.fuzzy));
    if (c.kind == MatchKind::Phone)
        n.add(QStringLiteral("region"), QJsonValue(c.region));
    return n;
}

Node dedupeNode(const DedupeConfig& d)
{
    const DedupeConfig defaults;
    Node n = Node::object();
    Node rules = Node::array();
    for (const MatchRule& r : d.rules) {
        Node rule = Node::object();
        rule.add(QStringLiteral("name"), QJsonValue(r.name));
        Node match = Node::array();
        for (const MatchCondition& c : r.all)
            match.append(conditionNode(c));
        rule.add(QStringLiteral("match"), std::move(match));
        rules.append(std::move(rule));
    }
    n.add(QStringLiteral("rules"), std::move(rules));
    n.add(QStringLiteral("action"), QJsonValue(clusterActionName(d.action)));
    addIfSet(n, QStringLiteral("recentColumn"), d.recentColumn);
    if (d.action == ClusterAction::Merge &&
        (d.defaultSurvivorship != defaults.defaultSurvivorship || !d.survivorship.isEmpty())) {
        Node s = Node::object().compact();
        s.add(QStringLiteral("default"), QJsonValue(survivorshipName(d.defaultSurvivorship)));
        for (auto it = d.survivorship.begin(); it != d.survivorship.end(); ++it)
            s.add(it.key(), QJsonValue(survivorshipName(it.value())));
        n.add(QStringLiteral("survivorship"), std::move(s));
    }
    if (d.againstTarget != TargetAction::None)
        n.add(QStringLiteral("againstTarget"), QJsonValue(targetActionName(d.againstTarget)));
    if (d.maxBlockSize != defaults.maxBlockSize)
        n.add(QStringLiteral("maxBlockSize"), QJsonValue(d.maxBlockSize));
    return n;
}

Node tableNode(const TableMapping& t)
{
    const TableMapping defaults;
    Node n = Node::object();
    addIfSet(n, QStringLiteral("source"), t.source);
    addIfSet(n, QStringLiteral("query"), t.query);
    n.add(QStringLiteral("target"), QJsonValue(t.target));
    n.add(QStringLiteral("mode"), QJsonValue(writeModeName(t.mode)));
    if (!t.keys.isEmpty())
        n.add(QStringLiteral("keys"), stringArray(t.keys));
    addIfSet(n, QStringLiteral("sourceKey"), t.sourceKey);
    if (t.batchSize != defaults.batchSize)
        n.add(QStringLiteral("batchSize"), QJsonValue(t.batchSize));
    if (t.onError != defaults.onError)
        n.add(QStringLiteral("onError"),
              QJsonValue(t.onError == ErrorPolicy::Stop ? QStringLiteral("stop") : QStringLiteral("reject")));
    if (t.maxRejects >= 0)
        n.add(QStringLiteral("maxRejects"), QJsonValue(t.maxRejects));
    Node fields = Node::array();
    for (const FieldMapping& f : t.fields)
        fields.append(fieldNode(f));
    n.add(QStringLiteral("fields"), std::move(fields));
    if (t.dedupe.enabled())
        n.add(QStringLiteral("dedupe"), dedupeNode(t.dedupe));
    return n;
}

} // namespace

Node projectToJsonNode(const Project& project, const QString& baseDir)
{
    Node root = Node::object();
    root.add(QStringLiteral("formatVersion"), QJsonValue(Project::kFormatVersion));
    addIfSet(root, QStringLiteral("name"), project.name);
    root.add(QStringLiteral("source"), connectionNode(project.source, baseDir));
    root.add(QStringLiteral("target"), connectionNode(project.target, baseDir));
    const QString output = portableProjectPath(project.options.outputDirectory, baseDir);
    const bool customOutput = !output.isEmpty() && output != RunOptions().outputDirectory;
    const bool journal = project.options.stateStore == RunOptions::StateStore::Journal;
    const bool customState = project.options.stateTable != RunOptions().stateTable;
    if (customOutput || customState || journal) {
        Node options = Node::object().compact();
        if (customOutput)
            options.add(QStringLiteral("outputDirectory"), QJsonValue(output));
        if (journal)
            options.add(QStringLiteral("stateStore"), QJsonValue(QStringLiteral("journal")));
        if (customState)
            options.add(QStringLiteral("stateTable"), QJsonValue(project.options.stateTable));
        root.add(QStringLiteral("options"), std::move(options));
    }
    Node tables = Node::array();
    for (const TableMapping& t : project.tables)
        tables.append(tableNode(t));
    root.add(QStringLiteral("tables"), std::move(tables));
    return root;
}

} // namespace ferry
