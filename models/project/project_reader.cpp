#include "project_reader.h"

#include "dedupe_reader.h"
#include "json_scan.h"
#include "json_writer.h"
#include "project_paths.h"
#include "project_reader_support.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>
#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace ferry {

namespace {

using json::childPath;
using json::indexPath;
using namespace reading;

const QStringList kTopKeys = {QStringLiteral("formatVersion"), QStringLiteral("name"),    QStringLiteral("source"),
                              QStringLiteral("target"),        QStringLiteral("options"), QStringLiteral("tables")};
const QStringList kOdbcKeys = {
    QStringLiteral("name"),     QStringLiteral("type"),         QStringLiteral("dsn"),
    QStringLiteral("driver"),   QStringLiteral("host"),         QStringLiteral("port"),
    QStringLiteral("database"), QStringLiteral("user"),         QStringLiteral("passwordEnv"),
    QStringLiteral("options"),  QStringLiteral("loginTimeout"), QStringLiteral("queryTimeout")};
const QStringList kSqliteKeys = {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("file"),
                                 QStringLiteral("initSql"), QStringLiteral("queryTimeout")};
const QStringList kOptionKeys = {QStringLiteral("outputDirectory"), QStringLiteral("stateStore"),
                                 QStringLiteral("stateTable")};
const QStringList kTableKeys = {QStringLiteral("source"),    QStringLiteral("query"),   QStringLiteral("target"),
                                QStringLiteral("mode"),      QStringLiteral("keys"),    QStringLiteral("sourceKey"),
                                QStringLiteral("batchSize"), QStringLiteral("onError"), QStringLiteral("maxRejects"),
                                QStringLiteral("fields"),    QStringLiteral("dedupe")};
const QStringList kFieldKeys = {QStringLiteral("target"), QStringLiteral("source"), QStringLiteral("constant"),
                                QStringLiteral("transforms")};

class Reader {
public:
    explicit Reader(const QString& baseDir)
        : baseDir_(baseDir)
    {
    }

    Project read(const QJsonValue& rootValue)
    {
        if (!rootValue.isObject())
            fail({},
                 ProjectFile::tr("a project file must hold one JSON object { … }, got %1").arg(describe(rootValue)));
        const QJsonObject root = rootValue.toObject();
        readFormatVersion(root);
        checkKeys(root, {}, kTopKeys);

        Project p;
        p.name = optionalString(root, QStringLiteral("name"), {}, Empty::Allowed);
        p.source = readConnection(root.value(QLatin1String("source")), QStringLiteral("source"));
        p.target = readConnection(root.value(QLatin1String("target")), QStringLiteral("target"));
        p.options = readOptions(root.value(QLatin1String("options")), QStringLiteral("options"));

        const QString tablesPath = QStringLiteral("tables");
        if (!root.contains(tablesPath))
            fail(tablesPath, ProjectFile::tr("missing; expected an array of table mappings (it may be empty)"));
        const QJsonArray tables =
            requireArray(root.value(tablesPath), tablesPath, ProjectFile::tr("of table mappings"));
        for (qsizetype i = 0; i < tables.size(); ++i)
            p.tables.append(readTable(tables.at(i), indexPath(tablesPath, i)));
        return p;
    }

private:
    static void readFormatVersion(const QJsonObject& root)
    {
        const QString path = QStringLiteral("formatVersion");
        const QJsonValue v = root.value(path);
        if (v.isUndefined())
            fail(path,
                 ProjectFile::tr("missing; expected %1 (is this a Ferry project file?)").arg(Project::kFormatVersion));
        qint64 version = 0;
        if (wholeNumber(v, Project::kFormatVersion + 1, INT_MAX, &version))
            fail(path,
                 ProjectFile::tr("this project was saved by a newer Ferry (format %1); this version reads format %2")
                     .arg(version)
                     .arg(Project::kFormatVersion));
        if (!wholeNumber(v, 1, Project::kFormatVersion, &version))
            fail(path, ProjectFile::tr("must be %1, got %2").arg(Project::kFormatVersion).arg(describe(v)));
    }

    ConnectionProfile readConnection(const QJsonValue& v, const QString& path)
    {
        if (v.isUndefined())
            fail(path, ProjectFile::tr("missing; expected a connection object with \"type\" \"odbc\" or \"sqlite\""));
        const QJsonObject o = requireObject(v, path, ProjectFile::tr("a database connection"));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isPasswordKey(it.key()))
                fail(childPath(path, it.key()), passwordMessage());
        }

        ConnectionProfile c;
        readConnectionType(o, path, c);
        checkConnectionKeys(o, path, c.kind);
        c.name = optionalString(o, QStringLiteral("name"), path, Empty::Allowed);
        if (c.kind == ConnectionProfile::Kind::Sqlite)
            readSqliteFile(o, path, c);
        else
            readOdbcServer(o, path, c);
        readTimeouts(o, path, c);
        return c;
    }

    static void readConnectionType(const QJsonObject& o, const QString& path, ConnectionProfile& c)
    {
        const QString typePath = childPath(path, QStringLiteral("type"));
        const QJsonValue type = o.value(QLatin1String("type"));
        if (type.isUndefined())
            fail(typePath, ProjectFile::tr("missing; expected \"odbc\" or \"sqlite\""));
        if (type == QJsonValue(QLatin1String("odbc")))
            c.kind = ConnectionProfile::Kind::Odbc;
        else if (type == QJsonValue(QLatin1String("sqlite")))
            c.kind = ConnectionProfile::Kind::Sqlite;
        else
            fail(typePath, ProjectFile::tr("unknown connection type %1 (expected odbc or sqlite)").arg(describe(type)));
    }

    // Each connection type takes its own keys; a key of the other type gets a message saying so.
    static void checkConnectionKeys(const QJsonObject& o, const QString& path, ConnectionProfile::Kind kind)
    {
        const bool odbc = kind == ConnectionProfile::Kind::Odbc;
        const QStringList& own = odbc ? kOdbcKeys : kSqliteKeys;
        const QStringList& other = odbc ? kSqliteKeys : kOdbcKeys;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (own.contains(it.key()))
                continue;
            if (other.contains(it.key()))
                fail(childPath(path, it.key()),
                     ProjectFile::tr("not used by %1 connections, which take: %2")
                         .arg(describe(o.value(QLatin1String("type"))), own.join(QLatin1String(", "))));
            fail(childPath(path, it.key()), unknownKeyMessage(it.key(), own));
        }
    }

    void readSqliteFile(const QJsonObject& o, const QString& path, ConnectionProfile& c) const
    {
        c.file = resolveProjectPath(requiredString(o, QStringLiteral("file"), path,
                                                   ProjectFile::tr("the SQLite database file (relative to the "
                                                                   "project file)")),
                                    baseDir_);
        c.initSql = resolveProjectPath(optionalString(o, QStringLiteral("initSql"), path, Empty::Refused), baseDir_);
    }

    static void readOdbcServer(const QJsonObject& o, const QString& path, ConnectionProfile& c)
    {
        c.dsn = optionalString(o, QStringLiteral("dsn"), path, Empty::Refused);
        c.driver = optionalString(o, QStringLiteral("driver"), path, Empty::Refused);
        if (!c.dsn.isEmpty() && !c.driver.isEmpty())
            fail(path, ProjectFile::tr("has both \"dsn\" and \"driver\"; use one"));
        if (c.dsn.isEmpty() && c.driver.isEmpty())
            fail(path,
                 ProjectFile::tr("needs either \"dsn\" (a configured data source) or \"driver\" (with host, port and "
                                 "database)"));
        c.host = optionalString(o, QStringLiteral("host"), path, Empty::Refused);
        if (const auto port = optionalWholeNumber(o, QStringLiteral("port"), path, 1, 65535,
                                                  ProjectFile::tr("must be a whole number from 1 to 65535, got %1")))
            c.port = *port;
        c.database = optionalString(o, QStringLiteral("database"), path, Empty::Refused);
        c.user = optionalString(o, QStringLiteral("user"), path, Empty::Allowed);
        c.passwordEnv = optionalString(o, QStringLiteral("passwordEnv"), path, Empty::Refused);
        if (o.contains(QLatin1String("options")))
            c.options =
                readConnectionOptions(o.value(QLatin1String("options")), childPath(path, QStringLiteral("options")));
    }

    // Whole seconds; "loginTimeout" only on ODBC connections (checkConnectionKeys refuses it elsewhere).
    static void readTimeouts(const QJsonObject& o, const QString& path, ConnectionProfile& c)
    {
        const QString message = ProjectFile::tr("must be a whole number of at least 0, got %1");
        if (const auto login = optionalWholeNumber(o, QStringLiteral("loginTimeout"), path, 0, INT_MAX, message))
            c.loginTimeoutSeconds = *login;
        if (const auto query = optionalWholeNumber(o, QStringLiteral("queryTimeout"), path, 0, INT_MAX, message))
            c.queryTimeoutSeconds = *query;
    }

    static QMap<QString, QString> readConnectionOptions(const QJsonValue& v, const QString& path)
    {
        const QJsonObject options =
            requireObject(v, path, ProjectFile::tr("of connection-string attributes with string values"));
        QMap<QString, QString> out;
        for (auto it = options.begin(); it != options.end(); ++it) {
            const QString p = childPath(path, it.key());
            if (it.key().trimmed().isEmpty())
                fail(p, ProjectFile::tr("an attribute name must not be empty"));
            if (isPasswordKey(it.key()))
                fail(p, passwordMessage());
            if (!it.value().isString())
                fail(p, ProjectFile::tr("must be a string, got %1").arg(describe(it.value())));
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }

    // The value of an optional whole-number key, nullopt when it is absent. A value outside [lo, hi]
    // fails with `message`, its remaining placeholder filled with the value found.
    static std::optional<int> optionalWholeNumber(const QJsonObject& o, const QString& key, const QString& path,
                                                  qint64 lo, qint64 hi, const QString& message)
    {
        if (!o.contains(key))
            return std::nullopt;
        const QJsonValue v = o.value(key);
        qint64 n = 0;
        if (!wholeNumber(v, lo, hi, &n))
            fail(childPath(path, key), message.arg(describe(v)));
        return int(n);
    }

    RunOptions readOptions(const QJsonValue& v, const QString& path)
    {
        RunOptions r;
        if (!v.isUndefined()) {
            const QJsonObject o = requireObject(v, path, ProjectFile::tr("of run options"));
            checkKeys(o, path, kOptionKeys);
            if (o.contains(QLatin1String("outputDirectory")))
                r.outputDirectory = optionalString(o, QStringLiteral("outputDirectory"), path, Empty::Refused);
            if (o.contains(QLatin1String("stateStore"))) {
                const QJsonValue store = o.value(QLatin1String("stateStore"));
                if (store == QJsonValue(QStringLiteral("journal")))
                    r.stateStore = RunOptions::StateStore::Journal;
                else if (store != QJsonValue(QStringLiteral("target")))
                    fail(childPath(path, QStringLiteral("stateStore")),
                         ProjectFile::tr("unknown state store %1 (expected target or journal)").arg(describe(store)));
            }
            if (o.contains(QLatin1String("stateTable")))
                r.stateTable = optionalString(o, QStringLiteral("stateTable"), path, Empty::Refused);
        }
        r.outputDirectory = resolveProjectPath(r.outputDirectory, baseDir_);
        return r;
    }

    TableMapping readTable(const QJsonValue& v, const QString& path)
    {
        const QJsonObject o = requireObject(v, path, ProjectFile::tr("one table mapping"));
        checkKeys(o, path, kTableKeys);

        TableMapping t;
        readTableNames(o, path, t);
        if (o.contains(QLatin1String("mode")))
            t.mode = readMode(o.value(QLatin1String("mode")), childPath(path, QStringLiteral("mode")));
        const QString keysPath = childPath(path, QStringLiteral("keys"));
        if (o.contains(QLatin1String("keys")))
            t.keys = readKeys(o.value(QLatin1String("keys")), keysPath);
        t.sourceKey = optionalString(o, QStringLiteral("sourceKey"), path, Empty::Refused);
        readErrorHandling(o, path, t);

        // Target column -> index in "fields", to check the keys against.
        QHash<QString, qsizetype> targetIndex;
        t.fields = readFields(o, path, targetIndex);
        checkKeysAreTargets(t, keysPath, targetIndex);
        if (o.contains(QLatin1String("dedupe")))
            t.dedupe = readDedupe(o.value(QLatin1String("dedupe")), childPath(path, QStringLiteral("dedupe")), t);
        return t;
    }

    // What the mapping reads (a source table or a query) and the table it writes.
    static void readTableNames(const QJsonObject& o, const QString& path, TableMapping& t)
    {
        const bool hasSource = o.contains(QLatin1String("source"));
        const bool hasQuery = o.contains(QLatin1String("query"));
        if (hasSource && hasQuery)
            fail(path, ProjectFile::tr("has both \"source\" and \"query\"; use one"));
        if (!hasSource && !hasQuery)
            fail(path,
                 ProjectFile::tr("needs either \"source\" (a source table) or \"query\" (SQL that stands in for one)"));
        t.source = optionalString(o, QStringLiteral("source"), path, Empty::Refused);
        t.query = optionalString(o, QStringLiteral("query"), path, Empty::Refused);
        t.target = requiredString(o, QStringLiteral("target"), path, ProjectFile::tr("the name of the target table"));
    }

    static QStringList readKeys(const QJsonValue& v, const QString& path)
    {
        const QJsonArray keys = requireArray(v, path, ProjectFile::tr("of target column names"));
        QStringList out;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString p = indexPath(path, i);
            if (!keys.at(i).isString())
                fail(p, ProjectFile::tr("must be a target column name (a string), got %1").arg(describe(keys.at(i))));
            const QString key = keys.at(i).toString();
            if (key.isEmpty())
                fail(p, ProjectFile::tr("must not be empty"));
            if (out.contains(key))
                fail(p, ProjectFile::tr("%1 is already listed as keys[%2]").arg(quoted(key)).arg(out.indexOf(key)));
            out.append(key);
        }
        return out;
    }

    // Batch size, error policy and reject limit.
    static void readErrorHandling(const QJsonObject& o, const QString& path, TableMapping& t)
    {
        if (const auto n = optionalWholeNumber(o, QStringLiteral("batchSize"), path, 1, 100000,
                                               ProjectFile::tr("must be a whole number from 1 to 100000, got %1")))
            t.batchSize = *n;
        if (o.contains(QLatin1String("onError"))) {
            const QJsonValue e = o.value(QLatin1String("onError"));
            if (e == QJsonValue(QLatin1String("stop")))
                t.onError = ErrorPolicy::Stop;
            else if (e == QJsonValue(QLatin1String("reject")))
                t.onError = ErrorPolicy::Reject;
            else
                fail(childPath(path, QStringLiteral("onError")),
                     ProjectFile::tr("unknown error policy %1 (expected stop or reject)").arg(describe(e)));
        }
        if (const auto n = optionalWholeNumber(
                o, QStringLiteral("maxRejects"), path, 0, INT_MAX,
                ProjectFile::tr("must be a whole number from 0 to %1 (leave it out for no limit), got %2")
                    .arg(INT_MAX)))
            t.maxRejects = *n;
    }

    // The field mappings, each target at most once; fills `targetIndex` with where each target stands.
    QList<FieldMapping> readFields(const QJsonObject& o, const QString& path, QHash<QString, qsizetype>& targetIndex)
    {
        const QString fieldsPath = childPath(path, QStringLiteral("fields"));
        if (!o.contains(QLatin1String("fields")))
            fail(fieldsPath, ProjectFile::tr("missing; expected an array of field mappings (it may be empty)"));
        const QJsonArray fields =
            requireArray(o.value(QLatin1String("fields")), fieldsPath, ProjectFile::tr("of field mappings"));
        QList<FieldMapping> out;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString p = indexPath(fieldsPath, i);
            FieldMapping f = readField(fields.at(i), p);
            const auto seen = targetIndex.constFind(f.target);
            if (seen != targetIndex.constEnd())
                fail(childPath(p, QStringLiteral("target")),
                     ProjectFile::tr("%1 is already the target of fields[%2]").arg(quoted(f.target)).arg(seen.value()));
            targetIndex.insert(f.target, i);
            out.append(std::move(f));
        }
        return out;
    }

    // Every key must be written by a field; modes other than insert need at least one key.
    static void checkKeysAreTargets(const TableMapping& t, const QString& keysPath,
                                    const QHash<QString, qsizetype>& targetIndex)
    {
        if (t.mode != WriteMode::Insert && t.keys.isEmpty())
            fail(keysPath,
                 ProjectFile::tr("mode %1 needs at least one key: the target columns that identify an existing row")
                     .arg(quoted(writeModeName(t.mode))));
        const QStringList targets = targetIndex.keys();
        for (qsizetype i = 0; i < t.keys.size(); ++i) {
            if (targetIndex.contains(t.keys[i]))
                continue;
            const QString guess = closest(t.keys[i], targets);
            fail(indexPath(keysPath, i),
                 guess.isEmpty()
                     ? ProjectFile::tr("%1 is not the target of any field in this table").arg(quoted(t.keys[i]))
                     : ProjectFile::tr("%1 is not the target of any field in this table (did you mean %2?)")
                           .arg(quoted(t.keys[i]), quoted(guess)));
        }
    }

    static WriteMode readMode(const QJsonValue& v, const QString& path)
    {
        const QString name = v.toString();
        for (WriteMode m : {WriteMode::Insert, WriteMode::Upsert, WriteMode::UpdateOnly, WriteMode::SkipExisting}) {
            if (v.isString() && name == writeModeName(m))
                return m;
        }
        fail(path, ProjectFile::tr("unknown write mode %1 (expected insert, upsert, update or skip-existing)")
                       .arg(describe(v)));
    }

    FieldMapping readField(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject())
            fail(path,
                 ProjectFile::tr("must be an object such as {\"target\": \"name\", \"source\": \"company\"}, got %1")
                     .arg(describe(v)));
        const QJsonObject o = v.toObject();
        checkKeys(o, path, kFieldKeys);

        FieldMapping f;
        f.target = requiredString(o, QStringLiteral("target"), path, ProjectFile::tr("the name of the target column"));
        const bool hasSource = o.contains(QLatin1String("source"));
        const bool hasConstant = o.contains(QLatin1String("constant"));
        if (hasSource && hasConstant)
            fail(path, ProjectFile::tr("has both \"source\" and \"constant\"; use one"));
        if (!hasSource && !hasConstant)
            fail(path, ProjectFile::tr("needs either \"source\" (a source column) or \"constant\" (a fixed value)"));

        if (hasSource) {
            const QString sourcePath = childPath(path, QStringLiteral("source"));
            const QJsonValue s = o.value(QLatin1String("source"));
            if (s.isString()) {
                f.sources = {optionalString(o, QStringLiteral("source"), path, Empty::Refused)};
            } else if (s.isArray()) {
                const QJsonArray a = s.toArray();
                if (a.isEmpty())
                    fail(sourcePath, ProjectFile::tr("must name at least one source column"));
                for (qsizetype i = 0; i < a.size(); ++i) {
                    if (!a.at(i).isString() || a.at(i).toString().isEmpty())
                        fail(indexPath(sourcePath, i),
                             ProjectFile::tr("must be a source column name (a non-empty string), got %1")
                                 .arg(describe(a.at(i))));
                    f.sources.append(a.at(i).toString());
                }
            } else {
                fail(sourcePath,
                     ProjectFile::tr("must be a source column name or an array of them, got %1").arg(describe(s)));
            }
        } else {
            f.constant = o.value(QLatin1String("constant"));
        }

        if (o.contains(QLatin1String("transforms"))) {
            const QString tPath = childPath(path, QStringLiteral("transforms"));
            const QJsonArray a = requireArray(o.value(QLatin1String("transforms")), tPath,
                                              ProjectFile::tr("of transforms such as [{\"type\": \"trim\"}]"));
            for (qsizetype i = 0; i < a.size(); ++i)
                f.transforms.append(readTransform(a.at(i), indexPath(tPath, i)));
        }
        return f;
    }

    // Only the shape is checked here; transforms/ knows each type and its parameters.
    static TransformSpec readTransform(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject())
            fail(path, ProjectFile::tr("must be an object such as {\"type\": \"trim\"}, got %1").arg(describe(v)));
        QJsonObject params = v.toObject();
        const QString typePath = childPath(path, QStringLiteral("type"));
        const QJsonValue type = params.take(QLatin1String("type"));
        if (type.isUndefined())
            fail(typePath, ProjectFile::tr("missing; expected the transform's name, such as \"trim\""));
        if (!type.isString() || type.toString().isEmpty())
            fail(typePath,
                 ProjectFile::tr("must be the transform's name (a non-empty string), got %1").arg(describe(type)));
        return TransformSpec{type.toString(), params};
    }

    QString baseDir_;
};

QString syntaxMessage(QJsonParseError::ParseError e)
{
    switch (e) {
    case QJsonParseError::UnterminatedObject:
        return ProjectFile::tr("the object is not closed properly (expected \",\" or \"}\")");
    case QJsonParseError::MissingNameSeparator:
        return ProjectFile::tr("expected \":\" after the key");
    case QJsonParseError::UnterminatedArray:
        return ProjectFile::tr("the array is not closed properly (expected \",\" or \"]\")");
    case QJsonParseError::MissingValueSeparator:
        return ProjectFile::tr("expected \",\" between values");
    case QJsonParseError::IllegalValue:
        return ProjectFile::tr(
            "not a valid JSON value (text needs double quotes; true, false and null are lower case)");
    case QJsonParseError::TerminationByNumber:
        return ProjectFile::tr("the text ends in the middle of a number");
    case QJsonParseError::IllegalNumber:
        return ProjectFile::tr("not a valid number");
    case QJsonParseError::IllegalEscapeSequence:
        return ProjectFile::tr("invalid escape sequence in a string");
    case QJsonParseError::IllegalUTF8String:
        return ProjectFile::tr("the text is not valid UTF-8; save the file as UTF-8");
    case QJsonParseError::UnterminatedString:
        return ProjectFile::tr("the string is not closed (missing \")");
    case QJsonParseError::MissingObject:
        return ProjectFile::tr("expected a value after the comma (JSON does not allow a trailing comma)");
    case QJsonParseError::DeepNesting:
        return ProjectFile::tr("too deeply nested");
    case QJsonParseError::DocumentTooLarge:
        return ProjectFile::tr("the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return ProjectFile::tr("unexpected text after the end of the project");
    case QJsonParseError::NoError:
        break;
    }
    return ProjectFile::tr("not valid JSON");
}

} // namespace

std::optional<Project> readProjectJson(const QByteArray& json, const QString& baseDir, ProjectError* error)
{
    try {
        QByteArray text = json;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3); // a UTF-8 byte-order mark, as some Windows editors write
        if (text.trimmed().isEmpty())
            fail({}, ProjectFile::tr("the project file is empty"));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const json::TextPosition at = json::errorPosition(text, parseError.offset);
            fail({}, ProjectFile::tr("JSON syntax error at line %1, column %2: %3")
                         .arg(at.line)
                         .arg(at.column)
                         .arg(syntaxMessage(parseError.error)));
        }
        const QString duplicate = json::firstDuplicateKey(text);
        if (!duplicate.isEmpty())
            fail(duplicate, ProjectFile::tr("appears more than once in the same object; keep only one"));
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return Reader(baseDir).read(root);
    } catch (const Failure& f) {
        if (error)
            *error = f.error;
        return std::nullopt;
    }
}

} // namespace ferry
