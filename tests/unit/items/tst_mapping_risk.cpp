// MappingRisk: green / yellow / red for one field mapping, from types, lengths, nullability and the
// transform chain, with the reason the user reads in the tooltip.
#include "assist/mapping_risk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ferry;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

ColumnInfo col(ColumnType type, const char* native, qint64 length = 0, bool nullable = true)
{
    ColumnInfo c;
    c.name = QStringLiteral("col");
    c.type = type;
    c.nativeType = QString::fromUtf8(native);
    c.length = length;
    c.nullable = nullable;
    return c;
}

ColumnInfo text(qint64 length = 0, bool nullable = true)
{
    return col(ColumnType::Text, length ? "VARCHAR" : "TEXT", length, nullable);
}

ColumnInfo decimal(int precision, int scale)
{
    ColumnInfo c = col(ColumnType::Decimal, "NUMERIC");
    c.precision = precision;
    c.scale = scale;
    return c;
}

TransformSpec step(const char* type, QJsonObject params = {})
{
    return TransformSpec{QString::fromUtf8(type), std::move(params)};
}

FieldMapping constantField(const QJsonValue& value)
{
    FieldMapping f;
    f.target = QStringLiteral("col");
    f.constant = value;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(ferry::RiskLevel)
Q_DECLARE_METATYPE(ferry::ColumnInfo)

class TestMappingRisk : public QObject {
    Q_OBJECT
private slots:
    void types_data()
    {
        QTest::addColumn<ColumnInfo>("source");
        QTest::addColumn<ColumnInfo>("target");
        QTest::addColumn<RiskLevel>("level");
        QTest::addColumn<QString>("reason"); // a fragment of the reason

        QTest::newRow("same text, fits") << text(40) << text(60) << RiskLevel::Exact << "fits column col exactly";
        QTest::newRow("text into shorter varchar")
            << text(80) << text(60) << RiskLevel::MayLose << "longer than 60 characters are rejected";
        QTest::newRow("unlimited text into varchar") << text() << text(60) << RiskLevel::MayLose << "is not limited";
        QTest::newRow("text into integer")
            << text() << col(ColumnType::Integer, "INTEGER") << RiskLevel::MayLose << "not a whole number";
        QTest::newRow("integer into integer") << col(ColumnType::Integer, "INTEGER")
                                              << col(ColumnType::Integer, "INTEGER") << RiskLevel::Exact << "exactly";
        ColumnInfo smallint = col(ColumnType::Integer, "SMALLINT");
        smallint.odbcType = 5; // SQL_SMALLINT, as the drivers report it
        QTest::newRow("bigint into smallint")
            << col(ColumnType::Integer, "BIGINT") << smallint << RiskLevel::MayLose << "outside -32768 to 32767";
        QTest::newRow("decimal(12,2) into decimal(10,2)")
            << decimal(12, 2) << decimal(10, 2) << RiskLevel::MayLose << "more than 8 digits before the point";
        QTest::newRow("decimal(10,2) into decimal(12,2)")
            << decimal(10, 2) << decimal(12, 2) << RiskLevel::Exact << "exactly";
        QTest::newRow("decimal(10,3) into decimal(12,2)")
            << decimal(10, 3) << decimal(12, 2) << RiskLevel::MayLose << "more than 2 decimal places";
        QTest::newRow("integer into decimal(5,2)")
            << col(ColumnType::Integer, "INTEGER") << decimal(5, 2) << RiskLevel::MayLose << "more than 3 digits";
        QTest::newRow("timestamp into date") << col(ColumnType::Timestamp, "TIMESTAMP") << col(ColumnType::Date, "DATE")
                                             << RiskLevel::MayLose << "other than midnight";
        QTest::newRow("date into timestamp") << col(ColumnType::Date, "DATE") << col(ColumnType::Timestamp, "TIMESTAMP")
                                             << RiskLevel::Exact << "exactly";
        QTest::newRow("date into integer") << col(ColumnType::Date, "DATE") << col(ColumnType::Integer, "INTEGER")
                                           << RiskLevel::WillFail << "cannot be written";
        QTest::newRow("integer into date") << col(ColumnType::Integer, "INTEGER") << col(ColumnType::Date, "DATE")
                                           << RiskLevel::WillFail << "Parse date";
        QTest::newRow("text into date") << text() << col(ColumnType::Date, "DATE") << RiskLevel::MayLose
                                        << "yyyy-MM-dd";
        QTest::newRow("integer into short text")
            << col(ColumnType::Integer, "INTEGER") << text(5) << RiskLevel::MayLose << "longer than 5 characters";
        QTest::newRow("integer into boolean")
            << col(ColumnType::Integer, "INTEGER") << col(ColumnType::Boolean, "BOOLEAN") << RiskLevel::MayLose
            << "other than 0 and 1";
        QTest::newRow("nullable into NOT NULL")
            << text(10) << text(10, false) << RiskLevel::MayLose << "rows with NULL are rejected";
        QTest::newRow("NOT NULL into NOT NULL") << text(10, false) << text(10, false) << RiskLevel::Exact << "exactly";
    }
    void types()
    {
        QFETCH(ColumnInfo, source);
        QFETCH(ColumnInfo, target);
        QFETCH(RiskLevel, level);
        QFETCH(QString, reason);
        source.name = QStringLiteral("src");
        const RiskAssessment r = MappingRisk::assess(source, {}, target);
        QCOMPARE(r.level, level);
        QVERIFY2(r.reason().contains(reason), qPrintable(r.reason()));
    }

    void unknownSourceMayLose()
    {
        const RiskAssessment r = MappingRisk::assess(std::nullopt, {}, text(10));
        QCOMPARE(r.level, RiskLevel::MayLose);
        QVERIFY(r.reason().contains(QLatin1String("not known")));
    }

    void unmapped()
    {
        ColumnInfo required = text(10, false);
        QCOMPARE(MappingRisk::assessUnmapped(required).level, RiskLevel::WillFail);
        QVERIFY(MappingRisk::assessUnmapped(required).reason().contains(QLatin1String("required")));
        QVERIFY(MappingRisk::isRequired(required));

        ColumnInfo withDefault = required;
        withDefault.defaultValue = QStringLiteral("'x'");
        QCOMPARE(MappingRisk::assessUnmapped(withDefault).level, RiskLevel::Exact);
        QVERIFY(MappingRisk::assessUnmapped(withDefault).reason().contains(QLatin1String("'x'")));
        ColumnInfo generated = required;
        generated.autoIncrement = true;
        QCOMPARE(MappingRisk::assessUnmapped(generated).level, RiskLevel::Exact);
        QCOMPARE(MappingRisk::assessUnmapped(text(10)).level, RiskLevel::Exact);
    }

    void transformsChangeTheFlow()
    {
        // truncate makes a long text fit, but says that it cuts.
        RiskAssessment r = MappingRisk::assess(text(), {step("truncate", {{S("length"), 100}})}, text(100));
        QCOMPARE(r.level, RiskLevel::MayLose);
        QCOMPARE(r.reasons.size(), 1);
        QVERIFY(r.reason().contains(QLatin1String("cut to 100")));
        // Already short enough: nothing is cut.
        r = MappingRisk::assess(text(50), {step("truncate", {{S("length"), 100}})}, text(100));
        QCOMPARE(r.level, RiskLevel::Exact);

        // A map whose every result fits, with a default: exact even into NOT NULL once NULLs are filled.
        const QJsonObject map{{S("values"), QJsonObject{{S("A"), S("active")}, {S("I"), S("inactive")}}},
                              {S("default"), S("unknown")}};
        r = MappingRisk::assess(text(), {step("trim"), step("map", map)}, text(12, false));
        QCOMPARE(r.level, RiskLevel::MayLose); // a NULL passes the map untouched
        QVERIFY(r.reason().contains(QLatin1String("may be NULL")));
        r = MappingRisk::assess(text(), {step("default", {{S("value"), S("A")}}), step("trim"), step("map", map)},
                                text(12, false));
        QCOMPARE(r.level, RiskLevel::Exact);
        // Without a default, unlisted values are rejected; a result longer than the column may be too.
        QJsonObject strict{{S("values"), QJsonObject{{S("A"), S("a much longer value than twelve")}}}};
        r = MappingRisk::assess(text(), {step("map", strict)}, text(12));
        QCOMPARE(r.level, RiskLevel::MayLose);
        QVERIFY(r.reason().contains(QLatin1String("not listed")));
        QVERIFY(r.reason().contains(QLatin1String("longer than 12")));

        // parse-date turns text into a date: only the format can fail, not the column.
        r = MappingRisk::assess(text(), {step("parse-date", {{S("format"), S("dd/MM/yyyy")}})},
                                col(ColumnType::Date, "DATE"));
        QCOMPARE(r.level, RiskLevel::MayLose);
        QCOMPARE(r.reasons.size(), 1);
        QVERIFY(r.reason().contains(QLatin1String("given format")));
        // A timestamp parsed with milliseconds into a timestamp without fraction digits.
        r = MappingRisk::assess(text(), {step("parse-timestamp", {{S("format"), S("yyyy-MM-dd HH:mm:ss.zzz")}})},
                                col(ColumnType::Timestamp, "TIMESTAMP"));
        QVERIFY(r.reason().contains(QLatin1String("Fractional seconds")));

        // phone: E.164 fits 20 characters; only invalid numbers are at risk.
        r = MappingRisk::assess(text(), {step("phone", {{S("region"), S("US")}})}, text(20));
        QCOMPARE(r.level, RiskLevel::MayLose);
        QCOMPARE(r.reasons.size(), 1);
        QVERIFY(r.reason().contains(QLatin1String("phone number")));

        // default fills NULLs, so a nullable source is fine for a NOT NULL column.
        r = MappingRisk::assess(text(5), {step("default", {{S("value"), S("n/a")}})}, text(5, false));
        QCOMPARE(r.level, RiskLevel::Exact);
    }

    void invalidChainWillFail()
    {
        const RiskAssessment r = MappingRisk::assess(text(), {step("uppercse")}, text());
        QCOMPARE(r.level, RiskLevel::WillFail);
        QVERIFY(r.reason().contains(QLatin1String("unknown transform")));

        FieldMapping two;
        two.target = QStringLiteral("col");
        two.sources = {QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(MappingRisk::assessField(two, {text(), text()}, text()).level, RiskLevel::WillFail);
        two.transforms = {step("concat")};
        QCOMPARE(MappingRisk::assessField(two, {text(10), text(10)}, text(21)).level, RiskLevel::Exact);
        QCOMPARE(MappingRisk::assessField(two, {text(10), text(10)}, text(20)).level, RiskLevel::MayLose);
    }

    void constants()
    {
        const ColumnInfo integer = col(ColumnType::Integer, "INTEGER", 0, false);
        QCOMPARE(MappingRisk::assessField(constantField(5), {}, integer).level, RiskLevel::Exact);
        RiskAssessment r = MappingRisk::assessField(constantField(QStringLiteral("web")), {}, integer);
        QCOMPARE(r.level, RiskLevel::WillFail);
        QVERIFY(r.reason().contains(QLatin1String("not a whole number")));
        r = MappingRisk::assessField(constantField(QStringLiteral("toolong")), {}, text(3));
        QCOMPARE(r.level, RiskLevel::WillFail);
        r = MappingRisk::assessField(constantField(QJsonValue::Null), {}, text(3, false));
        QCOMPARE(r.level, RiskLevel::WillFail);
        QCOMPARE(MappingRisk::assessField(constantField(QJsonValue::Null), {}, text(3)).level, RiskLevel::Exact);
    }

    void levelNames()
    {
        QCOMPARE(MappingRisk::levelName(RiskLevel::Exact), QStringLiteral("Exact"));
        QCOMPARE(MappingRisk::levelName(RiskLevel::MayLose), QStringLiteral("May lose data"));
        QCOMPARE(MappingRisk::levelName(RiskLevel::WillFail), QStringLiteral("Will fail"));
    }
};

QTEST_GUILESS_MAIN(TestMappingRisk)
#include "tst_mapping_risk.moc"
