// Runs demo.ferry.json's real transform chains (ferry_transforms, loaded through ProjectFile) over
// every legacy row, with the writer's two checks (declared length in characters, NOT NULL) and the
// target lookups played by an in-memory table, and compares the outcome with expected.json: the same
// rows rejected for the same reasons, the same counts, and the listed values byte for byte. It is the
// end-to-end test without the database writes, so the demo and the transforms cannot drift apart
// before the engine exists.
#include "demo_files.h"

#include "project/project_file.h"
#include "transforms/transform_chain.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTest>
#include <map>
#include <set>
#include <tuple>

using namespace ferry;
using namespace ferry::test;

namespace {

// The target tables as the run fills them: legacy_id -> generated id, for the lookup transform.
class TargetLookups final : public LookupSource {
public:
    std::optional<Value> lookup(const LookupSpec& spec, const Value& key) override
    {
        const auto table = m_rows.find(spec.table);
        if (spec.matchColumn != u"legacy_id" || spec.returnColumn != u"id" || table == m_rows.end())
            return std::nullopt;
        const auto row = table->second.find(key.kind() == Value::Kind::Int ? key.toInt() : key.toString().toLongLong());
        if (row == table->second.end())
            return std::nullopt;
        return Value::integer(row->second);
    }
    void insert(const QString& table, qint64 legacyId)
    {
        auto& rows = m_rows[table];
        rows.emplace(legacyId, static_cast<qint64>(rows.size()) + 1);
    }

private:
    std::map<QString, std::map<qint64, qint64>> m_rows;
};

struct Column {
    int length = 0; // VARCHAR(n) / CHAR(n); 0 = unbounded
    bool notNull = false;
};

using RejectKey = std::tuple<QString, qint64, QString>; // source table, source key, reason

// The reason category expected.json uses for a field whose transform chain refused the value.
QString categoryOf(const FieldMapping& field)
{
    for (const TransformSpec& t : field.transforms)
        if (t.type == u"phone" || t.type == u"email" || t.type == u"lookup")
            return t.type;
    return QStringLiteral("transform");
}

} // namespace

class TestDemoTransforms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstRunMatchesExpectedJson();
    void listedValuesArriveExactly();

private:
    std::map<QString, Column> columns(const QString& table);

    QJsonObject m_expected;
    QSqlDatabase m_legacy;
    QSqlDatabase m_modern;
    std::set<RejectKey> m_rejects;
    std::map<QString, int> m_written;
    std::map<std::tuple<QString, qint64, QString>, Value> m_values; // (source table, key, target column)
};

void TestDemoTransforms::initTestCase()
{
    m_expected = readJson(demoPath("expected.json"));
    QVERIFY(!m_expected.isEmpty());
    QString error;
    m_legacy = openDemoDatabase(QStringLiteral("tst_demo_transforms_legacy"), "legacy_crm.sql", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_modern = openDemoDatabase(QStringLiteral("tst_demo_transforms_modern"), "modern_crm.sql", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ProjectError projectError;
    const std::optional<Project> project = ProjectFile::load(demoPath("demo.ferry.json"), &projectError);
    QVERIFY2(project, qPrintable(projectError.toString()));
    QCOMPARE(project->tables.size(), 3);

    TargetLookups lookups;
    for (const TableMapping& table : project->tables) {
        QCOMPARE(table.mode, WriteMode::Upsert);
        const std::map<QString, Column> target = columns(table.target);
        std::vector<TransformChain> chains;
        for (const FieldMapping& field : table.fields) {
            QString path;
            const std::optional<TransformChain> chain =
                TransformChain::compile(field.transforms, static_cast<int>(field.sources.size()), &path, &error);
            QVERIFY2(chain, qPrintable(table.source + u'.' + field.target + u' ' + path + u' ' + error));
            QVERIFY2(target.count(field.target), qPrintable(field.target));
            chains.push_back(*chain);
        }

        QSqlQuery q(m_legacy);
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table.source, table.sourceKey)));
        int written = 0;
        while (q.next()) {
            const qint64 key = q.value(table.sourceKey).toLongLong();
            QStringList reasons; // every problem of the row: the demo plants at most one
            std::map<QString, Value> row;
            for (std::size_t i = 0; i < chains.size(); ++i) {
                const FieldMapping& field = table.fields.at(static_cast<qsizetype>(i));
                std::vector<Value> inputs;
                for (const QString& source : field.sources) {
                    const QVariant raw = q.value(source);
                    inputs.push_back(raw.isNull()                          ? Value::null()
                                     : raw.typeId() == QMetaType::LongLong ? Value::integer(raw.toLongLong())
                                                                           : Value::text(raw.toString()));
                }
                const auto result = chains[i].apply(inputs, &lookups);
                if (std::holds_alternative<TransformFailure>(result)) {
                    reasons << categoryOf(field);
                    continue;
                }
                const Value& v = std::get<Value>(result);
                const Column& c = target.at(field.target);
                if (v.isNull() && c.notNull)
                    reasons << QStringLiteral("not-null");
                else if (!v.isNull() && c.length > 0 && v.toString().toUcs4().size() > c.length)
                    reasons << QStringLiteral("too-long");
                row[field.target] = v;
            }
            QVERIFY2(reasons.size() <= 1,
                     qPrintable(table.source + u' ' + QString::number(key) + u' ' + reasons.join(u',')));
            if (!reasons.isEmpty()) {
                m_rejects.insert({table.source, key, reasons.first()});
                continue;
            }
            ++written;
            lookups.insert(table.target, row.at(QStringLiteral("legacy_id")).toInt());
            for (const auto& [column, value] : row)
                m_values[{table.source, key, column}] = value;
        }
        m_written[table.source] = written;
    }
}

void TestDemoTransforms::cleanupTestCase()
{
    m_legacy.close();
    m_modern.close();
    m_legacy = QSqlDatabase();
    m_modern = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_demo_transforms_legacy"));
    QSqlDatabase::removeDatabase(QStringLiteral("tst_demo_transforms_modern"));
}

std::map<QString, Column> TestDemoTransforms::columns(const QString& table)
{
    std::map<QString, Column> out;
    QSqlQuery q(m_modern);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    static const QRegularExpression sized(QStringLiteral("CHAR\\((\\d+)\\)"),
                                          QRegularExpression::CaseInsensitiveOption);
    while (q.next())
        out[q.value(1).toString()] = {sized.match(q.value(2).toString()).captured(1).toInt(), q.value(3).toBool()};
    return out;
}

void TestDemoTransforms::firstRunMatchesExpectedJson()
{
    for (const QJsonValue& v : m_expected.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        const QString source = t.value(QStringLiteral("source")).toString();
        QCOMPARE(m_written[source], t.value(QStringLiteral("inserted")).toInt());
    }
    std::set<RejectKey> listed;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("rejects")).toArray()) {
        const QJsonObject r = v.toObject();
        listed.insert({r.value(QStringLiteral("table")).toString(), r.value(QStringLiteral("sourceKey")).toInteger(),
                       r.value(QStringLiteral("reason")).toString()});
    }
    for (const RejectKey& r : m_rejects)
        QVERIFY2(listed.count(r), qPrintable(QStringLiteral("rejected but not listed: %1 %2 %3")
                                                 .arg(std::get<0>(r))
                                                 .arg(std::get<1>(r))
                                                 .arg(std::get<2>(r))));
    for (const RejectKey& r : listed)
        QVERIFY2(m_rejects.count(r), qPrintable(QStringLiteral("listed but not rejected: %1 %2 %3")
                                                    .arg(std::get<0>(r))
                                                    .arg(std::get<1>(r))
                                                    .arg(std::get<2>(r))));
    QCOMPARE(m_rejects.size(), std::size_t(m_expected.value(QStringLiteral("rejects")).toArray().size()));
}

void TestDemoTransforms::listedValuesArriveExactly()
{
    int checked = 0;
    for (const char* section : {"byteIdentical", "mappedToDefault", "truncated", "normalised"}) {
        for (const QJsonValue& v : m_expected.value(QLatin1String(section)).toArray()) {
            const QJsonObject e = v.toObject();
            const auto it = m_values.find({e.value(QStringLiteral("table")).toString(),
                                           e.value(QStringLiteral("sourceKey")).toInteger(),
                                           e.value(QStringLiteral("column")).toString()});
            QVERIFY2(it != m_values.end(), section);
            QCOMPARE(it->second.toUtf8(), e.value(QStringLiteral("expected")).toString().toUtf8());
            ++checked;
        }
    }
    QVERIFY(checked >= 30 + 3 + 2 + 11);
    const QJsonObject defaulted = m_expected.value(QStringLiteral("statusDefaulted")).toObject();
    const QJsonArray keys = defaulted.value(QStringLiteral("sourceKeys")).toArray();
    QCOMPARE(keys.size(), defaulted.value(QStringLiteral("count")).toInt());
    for (const QJsonValue& k : keys)
        QCOMPARE(m_values.at({QStringLiteral("contacts"), k.toInteger(), QStringLiteral("status")}).toString(),
                 QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(TestDemoTransforms)
#include "tst_demo_transforms.moc"
