// The demo (resources/demo) is what a new user runs first and what the end-to-end test checks with
// exact counts. This suite pins three things: the committed data is exactly what ferry-demo-gen
// writes; both SQL scripts load into SQLite; and every count and reject in expected.json follows
// from the data itself, recomputed here independently of the generator (libphonenumber for phones,
// a plain e-mail rule, declared column lengths from modern_crm.sql, lookups by legacy id).
#include "demo_files.h"

#include <phonenumbers/phonenumberutil.h>

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTime>
#include <map>
#include <set>
#include <tuple>

using namespace ferry::test;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

struct PhoneCheck {
    bool parsed = false;
    bool valid = false;
    bool possible = false;
    QString e164;
};

PhoneCheck checkPhone(const QString& text)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    PhoneCheck c;
    c.parsed = util->Parse(text.toStdString(), "US", &number) == PhoneNumberUtil::NO_PARSING_ERROR;
    if (!c.parsed)
        return c;
    c.valid = util->IsValidNumber(number);
    c.possible = util->IsPossibleNumber(number);
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    c.e164 = QString::fromStdString(out);
    return c;
}

bool plausibleEmail(const QString& raw)
{
    static const QRegularExpression rule(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return rule.match(raw.trimmed().toLower()).hasMatch();
}

// Byte length of the UTF-8 form: the strictest of the ways an engine may count a VARCHAR's length.
int utf8Length(const QString& s)
{
    return static_cast<int>(s.toUtf8().size());
}

using RejectKey = std::tuple<QString, qint64, QString>; // table, source key, reason

} // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void generatorReproducesTheCommittedFiles();
    void generatorRefusesAMissingDirectory();
    void scriptsLoadAndHoldTheExpectedRows();
    void rejectsAndCountsFollowFromTheData();
    void phonesNormaliseToTheListedE164();
    void projectMapsCoverEveryLegacyValue();
    void writtenValuesFitTheTargetColumns();
    void datesAndTimestampsParse();
    void plantedDuplicatesDifferOnlyInCaseAndWhitespace();
    void byteIdenticalNamesAreInTheSource();
    void projectRunsTheTablesParentsFirst();

private:
    QJsonObject table(const QString& source) const;
    QJsonObject projectTable(const QString& source) const;
    QJsonArray transforms(const QString& source, const QString& targetColumn) const;
    int declaredLength(const QString& targetTable, const QString& column);

    QJsonObject m_expected;
    QJsonObject m_project;
    QSqlDatabase m_legacy;
    QSqlDatabase m_modern;
};

void TestDemoData::initTestCase()
{
    m_expected = readJson(demoPath("expected.json"));
    m_project = readJson(demoPath("demo.ferry.json"));
    QVERIFY(!m_expected.isEmpty());
    QVERIFY(!m_project.isEmpty());

    QString error;
    m_legacy = openDemoDatabase(QStringLiteral("tst_demo_legacy"), "legacy_crm.sql", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_modern = openDemoDatabase(QStringLiteral("tst_demo_modern"), "modern_crm.sql", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestDemoData::cleanupTestCase()
{
    m_legacy.close();
    m_modern.close();
    m_legacy = QSqlDatabase();
    m_modern = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_demo_legacy"));
    QSqlDatabase::removeDatabase(QStringLiteral("tst_demo_modern"));
}

QJsonObject TestDemoData::table(const QString& source) const
{
    for (const QJsonValue& t : m_expected.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("source")).toString() == source)
            return t.toObject();
    return {};
}

QJsonObject TestDemoData::projectTable(const QString& source) const
{
    for (const QJsonValue& t : m_project.value(QStringLiteral("tables")).toArray())
        if (t.toObject().value(QStringLiteral("source")).toString() == source)
            return t.toObject();
    return {};
}

QJsonArray TestDemoData::transforms(const QString& source, const QString& targetColumn) const
{
    for (const QJsonValue& f : projectTable(source).value(QStringLiteral("fields")).toArray())
        if (f.toObject().value(QStringLiteral("target")).toString() == targetColumn)
            return f.toObject().value(QStringLiteral("transforms")).toArray();
    return {};
}

int TestDemoData::declaredLength(const QString& targetTable, const QString& column)
{
    QSqlQuery q(m_modern);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(targetTable));
    static const QRegularExpression size(QStringLiteral("\\((\\d+)"));
    while (q.next())
        if (q.value(1).toString() == column)
            return size.match(q.value(2).toString()).captured(1).toInt();
    return -1;
}

void TestDemoData::generatorReproducesTheCommittedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess gen;
    gen.start(QStringLiteral(FERRY_DEMO_GEN), {dir.path()});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gen.exitCode(), 0);
    QCOMPARE(gen.readAllStandardError(), QByteArray());
    for (const char* name : {"legacy_crm.sql", "expected.json"}) {
        const QByteArray fresh = readFile(dir.filePath(QLatin1String(name)));
        const QByteArray committed = readFile(demoPath(name));
        QVERIFY2(!fresh.isEmpty(), name);
        if (fresh != committed) {
            qsizetype at = 0;
            while (at < fresh.size() && at < committed.size() && fresh.at(at) == committed.at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("%1 differs from the generator's output at byte %2: run "
                                            "`cmake --build <dir> --target ferry-demo-regenerate`")
                                 .arg(QLatin1String(name))
                                 .arg(at)));
        }
    }
}

void TestDemoData::generatorRefusesAMissingDirectory()
{
    QProcess gen;
    gen.start(QStringLiteral(FERRY_DEMO_GEN), {});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 2);
    QVERIFY(gen.readAllStandardError().contains("usage: ferry-demo-gen <output directory>"));
}

void TestDemoData::scriptsLoadAndHoldTheExpectedRows()
{
    // Naive splitters cut at every ';': no value may contain one.
    const QByteArray script = readFile(demoPath("legacy_crm.sql"));
    for (const QByteArray& line : script.split('\n'))
        QVERIFY2(line.indexOf(';') == -1 || line.indexOf(';') == line.size() - 1, line.constData());
    QVERIFY(script.contains("BEGIN TRANSACTION;\n"));
    QVERIFY(script.endsWith("COMMIT;\n"));

    const QStringList sources = {QStringLiteral("accounts"), QStringLiteral("contacts"), QStringLiteral("activities")};
    const QList<int> sizes = {400, 3000, 5000};
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QSqlQuery q(m_legacy);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + sources[i]));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), sizes[i]);
        QCOMPARE(table(sources[i]).value(QStringLiteral("read")).toInt(), sizes[i]);
    }
    for (const QString& target : {QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("activity")}) {
        QSqlQuery q(m_modern);
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + target), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(m_modern.record(target).contains(QStringLiteral("legacy_id")));
    }
    QCOMPARE(declaredLength(QStringLiteral("account"), QStringLiteral("name")), 60);
}

void TestDemoData::rejectsAndCountsFollowFromTheData()
{
    std::set<RejectKey> computed;
    std::map<QString, int> written;
    const int nameLength = declaredLength(QStringLiteral("account"), QStringLiteral("name"));

    std::set<qint64> accounts;
    QSqlQuery q(m_legacy);
    QVERIFY(q.exec(QStringLiteral("SELECT acct_id, company, phone FROM accounts")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        // Every account phone is valid: account rejects come from the name alone.
        if (!q.value(2).isNull())
            QVERIFY2(checkPhone(q.value(2).toString()).valid, qPrintable(q.value(2).toString()));
        if (q.value(1).toString().trimmed().size() > nameLength)
            computed.insert({QStringLiteral("accounts"), id, QStringLiteral("too-long")});
        else
            accounts.insert(id);
    }
    written[QStringLiteral("accounts")] = static_cast<int>(accounts.size());

    std::set<qint64> contacts;
    QVERIFY(q.exec(QStringLiteral("SELECT cont_id, acct_id, e_mail, phone FROM contacts")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QStringList reasons;
        if (!q.value(3).isNull() && !checkPhone(q.value(3).toString()).valid)
            reasons << QStringLiteral("phone");
        if (!q.value(2).isNull() && !plausibleEmail(q.value(2).toString()))
            reasons << QStringLiteral("email");
        if (!accounts.count(q.value(1).toLongLong()))
            reasons << QStringLiteral("lookup");
        // One planted problem per row, so the reason category cannot depend on the check order.
        QVERIFY2(reasons.size() <= 1, qPrintable(QString::number(id) + u' ' + reasons.join(u',')));
        if (reasons.isEmpty())
            contacts.insert(id);
        else
            computed.insert({QStringLiteral("contacts"), id, reasons.first()});
    }
    written[QStringLiteral("contacts")] = static_cast<int>(contacts.size());

    int activities = 0;
    QVERIFY(q.exec(QStringLiteral("SELECT act_id, cont_id FROM activities")));
    while (q.next()) {
        if (contacts.count(q.value(1).toLongLong()))
            ++activities;
        else
            computed.insert({QStringLiteral("activities"), q.value(0).toLongLong(), QStringLiteral("lookup")});
    }
    written[QStringLiteral("activities")] = activities;

    std::set<RejectKey> listed;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("rejects")).toArray()) {
        const QJsonObject r = v.toObject();
        listed.insert({r.value(QStringLiteral("table")).toString(), r.value(QStringLiteral("sourceKey")).toInteger(),
                       r.value(QStringLiteral("reason")).toString()});
    }
    QCOMPARE(listed.size(), computed.size());
    QVERIFY(listed == computed);

    for (const auto& [source, count] : written) {
        const QJsonObject t = table(source);
        QCOMPARE(t.value(QStringLiteral("inserted")).toInt(), count);
        QCOMPARE(t.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(t.value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(t.value(QStringLiteral("inserted")).toInt() + t.value(QStringLiteral("rejected")).toInt(),
                 t.value(QStringLiteral("read")).toInt());
        int byReason = 0;
        const QJsonObject reasons = t.value(QStringLiteral("rejectedByReason")).toObject();
        for (auto it = reasons.begin(); it != reasons.end(); ++it)
            byReason += it.value().toInt();
        QCOMPARE(byReason, t.value(QStringLiteral("rejected")).toInt());
    }
    // The figures the brief asked to plant.
    const QJsonObject contactReasons =
        table(QStringLiteral("contacts")).value(QStringLiteral("rejectedByReason")).toObject();
    QCOMPARE(contactReasons.value(QStringLiteral("phone")).toInt(), 6);
    QCOMPARE(contactReasons.value(QStringLiteral("email")).toInt(), 6);
    QVERIFY(contactReasons.value(QStringLiteral("lookup")).toInt() >= 5 + 3); // missing + rejected account
    QCOMPARE(table(QStringLiteral("accounts")).value(QStringLiteral("rejected")).toInt(), 1);
}

void TestDemoData::phonesNormaliseToTheListedE164()
{
    int samples = 0;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("normalised")).toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("column")).toString() != u"phone")
            continue;
        ++samples;
        const PhoneCheck c = checkPhone(n.value(QStringLiteral("source")).toString());
        QVERIFY(c.valid);
        QCOMPARE(c.e164, n.value(QStringLiteral("expected")).toString());
    }
    QCOMPARE(samples, 11); // one per country

    // Valid and possible agree on every phone: the counts hold whichever check the transform uses.
    QSqlQuery q(m_legacy);
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM contacts WHERE phone IS NOT NULL UNION ALL "
                                  "SELECT phone FROM accounts WHERE phone IS NOT NULL")));
    int phones = 0;
    while (q.next()) {
        const PhoneCheck c = checkPhone(q.value(0).toString());
        QVERIFY2(c.valid == c.possible, qPrintable(q.value(0).toString()));
        if (c.valid)
            QVERIFY(c.e164.size() <= declaredLength(QStringLiteral("contact"), QStringLiteral("phone")));
        ++phones;
    }
    QVERIFY(phones > 3000);
}

void TestDemoData::projectMapsCoverEveryLegacyValue()
{
    auto mapOf = [&](const QString& source, const QString& column) {
        for (const QJsonValue& t : transforms(source, column))
            if (t.toObject().value(QStringLiteral("type")).toString() == u"map")
                return t.toObject();
        return QJsonObject();
    };
    // Maps that must know every value: with caseInsensitive and trim, every spelling is a key.
    const std::tuple<QString, QString, QString> strictMaps[] = {
        {QStringLiteral("contacts"), QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("activities"), QStringLiteral("type"), QStringLiteral("kind")},
        {QStringLiteral("accounts"), QStringLiteral("industry"), QStringLiteral("industry_cd")},
    };
    for (const auto& [source, column, legacyColumn] : strictMaps) {
        const QJsonObject map = mapOf(source, column);
        QVERIFY(map.value(QStringLiteral("caseInsensitive")).toBool());
        QVERIFY(map.value(QStringLiteral("trim")).toBool());
        QSet<QString> keys;
        const QJsonObject values = map.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            keys.insert(it.key().toCaseFolded());
        QSqlQuery q(m_legacy);
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(legacyColumn, source)));
        int distinct = 0;
        while (q.next()) {
            QVERIFY2(!q.value(0).isNull(), qPrintable(column));
            QVERIFY2(keys.contains(q.value(0).toString().trimmed().toCaseFolded()), qPrintable(q.value(0).toString()));
            ++distinct;
        }
        QVERIFY(distinct > values.size() / 2);
    }

    // Status maps: values outside the map are exactly the ones listed under mappedToDefault.
    std::set<std::pair<QString, qint64>> outside;
    for (const auto& [source, key] : {std::pair{QStringLiteral("accounts"), QStringLiteral("acct_id")},
                                      std::pair{QStringLiteral("contacts"), QStringLiteral("cont_id")}}) {
        const QJsonObject map = mapOf(source, QStringLiteral("status"));
        QCOMPARE(map.value(QStringLiteral("default")).toString(), QStringLiteral("unknown"));
        const QJsonObject values = map.value(QStringLiteral("values")).toObject();
        QSqlQuery q(m_legacy);
        QVERIFY(q.exec(QStringLiteral("SELECT %1, status FROM %2").arg(key, source)));
        while (q.next()) {
            const QString status = q.value(1).isNull() ? QStringLiteral("A") : q.value(1).toString();
            if (!values.contains(status.trimmed().toUpper()))
                outside.insert({source, q.value(0).toLongLong()});
        }
    }
    std::set<std::pair<QString, qint64>> listed;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("mappedToDefault")).toArray())
        listed.insert({v.toObject().value(QStringLiteral("table")).toString(),
                       v.toObject().value(QStringLiteral("sourceKey")).toInteger()});
    QCOMPARE(listed.size(), std::size_t(3));
    QVERIFY(listed == outside);

    // NULL contact status: the default transform runs before the map.
    const QJsonArray chain = transforms(QStringLiteral("contacts"), QStringLiteral("status"));
    QCOMPARE(chain.first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("default"));
    QSqlQuery q(m_legacy);
    QVERIFY(q.exec(QStringLiteral("SELECT cont_id FROM contacts WHERE status IS NULL")));
    QSet<qint64> nullStatus;
    while (q.next())
        nullStatus.insert(q.value(0).toLongLong());
    const QJsonObject defaulted = m_expected.value(QStringLiteral("statusDefaulted")).toObject();
    for (const QJsonValue& v : defaulted.value(QStringLiteral("sourceKeys")).toArray())
        QVERIFY(nullStatus.contains(v.toInteger()));
    QVERIFY(defaulted.value(QStringLiteral("count")).toInt() > 100);
    QVERIFY(defaulted.value(QStringLiteral("count")).toInt() <= nullStatus.size());
}

void TestDemoData::writtenValuesFitTheTargetColumns()
{
    QSet<qint64> rejected;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("rejects")).toArray())
        rejected.insert(v.toObject().value(QStringLiteral("sourceKey")).toInteger());
    QSet<qint64> truncated;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("truncated")).toArray()) {
        const QJsonObject t = v.toObject();
        truncated.insert(t.value(QStringLiteral("sourceKey")).toInteger());
        QCOMPARE(t.value(QStringLiteral("expected")).toString(),
                 t.value(QStringLiteral("source")).toString().left(100));
    }
    QCOMPARE(truncated.size(), 2);

    const int first = declaredLength(QStringLiteral("contact"), QStringLiteral("first_name"));
    const int title = declaredLength(QStringLiteral("contact"), QStringLiteral("job_title"));
    const int email = declaredLength(QStringLiteral("contact"), QStringLiteral("email"));
    QSqlQuery q(m_legacy);
    QVERIFY(q.exec(QStringLiteral("SELECT cont_id, full_name, e_mail, title FROM contacts")));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (rejected.contains(id))
            continue;
        const QString name = q.value(1).toString();
        QVERIFY(name.simplified().contains(u' '));       // never a lone token: last_name is NOT NULL
        QVERIFY(utf8Length(name.simplified()) <= first); // whatever the split, both parts fit
        QVERIFY(q.value(2).isNull() || utf8Length(q.value(2).toString().trimmed()) <= email);
        const QString t = q.value(3).toString().trimmed();
        QCOMPARE(utf8Length(t) > title, truncated.contains(id));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT acct_id, company, website FROM accounts")));
    const int name = declaredLength(QStringLiteral("account"), QStringLiteral("name"));
    while (q.next()) {
        if (rejected.contains(q.value(0).toLongLong()))
            continue;
        QVERIFY(utf8Length(q.value(1).toString().trimmed()) <= name);
        QVERIFY(utf8Length(q.value(2).toString()) <=
                declaredLength(QStringLiteral("account"), QStringLiteral("website")));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT subject, amount FROM activities")));
    static const QRegularExpression money(QStringLiteral("^\\d{1,12}(\\.\\d\\d)?$"));
    while (q.next()) {
        QVERIFY(utf8Length(q.value(0).toString()) <=
                declaredLength(QStringLiteral("activity"), QStringLiteral("subject")));
        QVERIFY(q.value(1).isNull() || money.match(q.value(1).toString()).hasMatch());
    }
    // Every mapped value fits its column.
    const std::pair<QString, QString> mapped[] = {{QStringLiteral("accounts"), QStringLiteral("status")},
                                                  {QStringLiteral("accounts"), QStringLiteral("industry")},
                                                  {QStringLiteral("contacts"), QStringLiteral("status")},
                                                  {QStringLiteral("contacts"), QStringLiteral("country")},
                                                  {QStringLiteral("activities"), QStringLiteral("type")}};
    for (const auto& [source, column] : mapped) {
        const QString target = table(source).value(QStringLiteral("target")).toString();
        const int length = declaredLength(target, column);
        QVERIFY2(length > 0, qPrintable(column));
        for (const QJsonValue& t : transforms(source, column)) {
            const QJsonObject map = t.toObject();
            if (map.value(QStringLiteral("type")).toString() != u"map")
                continue;
            QVERIFY(utf8Length(map.value(QStringLiteral("default")).toString()) <= length);
            const QJsonObject values = map.value(QStringLiteral("values")).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                QVERIFY2(utf8Length(it.value().toString()) <= length, qPrintable(it.value().toString()));
        }
    }
}

void TestDemoData::datesAndTimestampsParse()
{
    QSqlQuery q(m_legacy);
    QVERIFY(q.exec(QStringLiteral("SELECT created FROM accounts")));
    while (q.next())
        QVERIFY2(QDate::fromString(q.value(0).toString(), QStringLiteral("dd/MM/yyyy")).isValid(),
                 qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(QStringLiteral("SELECT created FROM contacts")));
    while (q.next()) {
        const QString text = q.value(0).toString();
        QCOMPARE(text.size(), 16);
        QVERIFY2(QDate::fromString(text.left(10), QStringLiteral("dd/MM/yyyy")).isValid(), qPrintable(text));
        const QTime at = QTime::fromString(text.mid(11), QStringLiteral("HH:mm"));
        QVERIFY2(at.isValid() && text.at(10) == u' ', qPrintable(text));
        // Office hours: never inside a daylight-saving gap, whatever the machine's time zone.
        QVERIFY(at.hour() >= 8 && at.hour() <= 18);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT due, done FROM activities")));
    while (q.next()) {
        QVERIFY(QDate::fromString(q.value(0).toString(), QStringLiteral("yyyy-MM-dd")).isValid());
        QVERIFY(q.value(1).toInt() == 0 || q.value(1).toInt() == 1);
    }
    for (const QJsonValue& v : m_expected.value(QStringLiteral("normalised")).toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("column")).toString() == u"created_on")
            QCOMPARE(QDate::fromString(n.value(QStringLiteral("source")).toString(), QStringLiteral("dd/MM/yyyy"))
                         .toString(Qt::ISODate),
                     n.value(QStringLiteral("expected")).toString());
    }
}

void TestDemoData::plantedDuplicatesDifferOnlyInCaseAndWhitespace()
{
    const QJsonArray pairs =
        m_expected.value(QStringLiteral("plantedDuplicates")).toObject().value(QStringLiteral("pairs")).toArray();
    QCOMPARE(pairs.size(), 30);
    QSet<qint64> rejected, seen;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("rejects")).toArray())
        if (v.toObject().value(QStringLiteral("table")).toString() == u"contacts")
            rejected.insert(v.toObject().value(QStringLiteral("sourceKey")).toInteger());
    QSqlQuery q(m_legacy);
    QVERIFY(q.prepare(QStringLiteral("SELECT full_name, e_mail, acct_id, phone, country, title FROM contacts "
                                     "WHERE cont_id = ?")));
    for (const QJsonValue& p : pairs) {
        const qint64 a = p.toArray().at(0).toInteger(), b = p.toArray().at(1).toInteger();
        QVERIFY(a < b);
        QVERIFY(!seen.contains(a) && !seen.contains(b));
        seen << a << b;
        QVERIFY(!rejected.contains(a) && !rejected.contains(b)); // both rows are inserted
        QList<QSqlRecord> rows;
        for (qint64 id : {a, b}) {
            q.addBindValue(id);
            QVERIFY(q.exec());
            QVERIFY(q.next());
            rows << q.record();
        }
        const QString nameA = rows[0].value(0).toString(), nameB = rows[1].value(0).toString();
        QVERIFY(nameA != nameB);
        QCOMPARE(nameA.simplified().toCaseFolded(), nameB.simplified().toCaseFolded());
        const QString mailA = rows[0].value(1).toString(), mailB = rows[1].value(1).toString();
        QVERIFY(mailA != mailB);
        QCOMPARE(mailA.trimmed().toLower(), mailB.trimmed().toLower());
        for (int column = 2; column < 6; ++column)
            QCOMPARE(rows[0].value(column), rows[1].value(column));
    }
}

void TestDemoData::byteIdenticalNamesAreInTheSource()
{
    std::map<qint64, std::pair<QString, QString>> split; // cont_id -> first, last
    std::map<qint64, QString> source;
    for (const QJsonValue& v : m_expected.value(QStringLiteral("byteIdentical")).toArray()) {
        const QJsonObject b = v.toObject();
        const qint64 id = b.value(QStringLiteral("sourceKey")).toInteger();
        source[id] = b.value(QStringLiteral("source")).toString();
        (b.value(QStringLiteral("column")).toString() == u"first_name" ? split[id].first : split[id].second) =
            b.value(QStringLiteral("expected")).toString();
    }
    QCOMPARE(split.size(), std::size_t(15));
    int emoji = 0, beyondBmp = 0;
    QSqlQuery q(m_legacy);
    QVERIFY(q.prepare(QStringLiteral("SELECT full_name, CAST(full_name AS BLOB) FROM contacts WHERE cont_id = ?")));
    for (const auto& [id, names] : split) {
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toByteArray(), source[id].toUtf8());
        const QString full = q.value(0).toString();
        QVERIFY(full == names.first + u' ' + names.second || full == names.second + QStringLiteral(", ") + names.first);
        QVERIFY(utf8Length(full) > full.size() || full.contains(u'\'')); // non-ASCII, or the apostrophe
        for (qsizetype i = 0; i < full.size(); ++i)
            if (full.at(i).isHighSurrogate()) {
                ++beyondBmp;
                emoji += QChar::surrogateToUcs4(full.at(i), full.at(i + 1)) < 0x20000; // plane 1 here: emoji
            }
    }
    QCOMPARE(emoji, 3);
    QCOMPARE(beyondBmp, 4); // three emoji and one CJK extension-B kanji
}

void TestDemoData::projectRunsTheTablesParentsFirst()
{
    QCOMPARE(m_project.value(QStringLiteral("formatVersion")).toInt(), 1);
    const QJsonArray tables = m_project.value(QStringLiteral("tables")).toArray();
    const QJsonArray expected = m_expected.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), expected.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const QJsonObject t = tables.at(i).toObject();
        QCOMPARE(t.value(QStringLiteral("source")), expected.at(i).toObject().value(QStringLiteral("source")));
        QCOMPARE(t.value(QStringLiteral("target")), expected.at(i).toObject().value(QStringLiteral("target")));
        QCOMPARE(t.value(QStringLiteral("mode")).toString(), QStringLiteral("upsert"));
        QCOMPARE(t.value(QStringLiteral("keys")).toArray(), QJsonArray({QStringLiteral("legacy_id")}));
        // Every target column but the surrogate id is mapped, from a column that exists in the source.
        const QSqlRecord sourceColumns = m_legacy.record(t.value(QStringLiteral("source")).toString());
        const QSqlRecord targetColumns = m_modern.record(t.value(QStringLiteral("target")).toString());
        QSet<QString> mapped;
        for (const QJsonValue& f : t.value(QStringLiteral("fields")).toArray()) {
            const QString from = f.toObject().value(QStringLiteral("source")).toString();
            QVERIFY2(sourceColumns.contains(from), qPrintable(from));
            mapped.insert(f.toObject().value(QStringLiteral("target")).toString());
        }
        for (int c = 0; c < targetColumns.count(); ++c)
            QCOMPARE(mapped.contains(targetColumns.fieldName(c)), targetColumns.fieldName(c) != u"id");
    }
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
