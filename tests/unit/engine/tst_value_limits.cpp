// Values a database holds beyond ordinary calendars and numbers: read from text without loss
// (temporalFromText) and refused, naming column, value and limit, where a target cannot keep them.
#include "core/temporal_text.h"
#include "engine/coerce.h"

#include <QTest>
#include <cmath>

using namespace ferry;

namespace {
ColumnInfo col(ColumnType t, DbFamily family)
{
    ColumnInfo c;
    c.name = QStringLiteral("c");
    c.type = t;
    c.family = family;
    return c;
}
QString failure(const CoerceResult& r)
{
    if (auto* f = std::get_if<CoerceFailure>(&r))
        return f->reason;
    return {};
}
Value parsed(Value::Kind kind, const char* text)
{
    const auto v = temporalFromText(kind, QByteArray(text));
    if (!v)
        qFatal("not parsed: %s", text);
    return *v;
}
} // namespace

class TestValueLimits : public QObject {
    Q_OBJECT
private slots:
    void specialDatesKeepTheirToken()
    {
        const Value inf = parsed(Value::Kind::Date, "infinity");
        QCOMPARE(inf.kind(), Value::Kind::Special);
        QCOMPARE(inf.specialBase(), Value::Kind::Date);
        QCOMPARE(inf.toUtf8(), QByteArray("infinity"));
        QVERIFY(inf.isInfinity());
        const Value zero = parsed(Value::Kind::Date, "2024-00-00");
        QCOMPARE(zero.kind(), Value::Kind::Special);
        QCOMPARE(zero.toUtf8(), QByteArray("2024-00-00"));
        QVERIFY(!zero.isInfinity());
        QCOMPARE(parsed(Value::Kind::Timestamp, "-infinity").toUtf8(), QByteArray("-infinity"));
    }
    void erasAndLongYearsRoundTrip()
    {
        QCOMPARE(parsed(Value::Kind::Date, "0044-03-15 BC").toUtf8(), QByteArray("0044-03-15 BC"));
        QCOMPARE(parsed(Value::Kind::Date, "0044-03-15 BC").toDate().year(), -44);
        QCOMPARE(parsed(Value::Kind::Date, "12345-06-07").toUtf8(), QByteArray("12345-06-07"));
        QCOMPARE(parsed(Value::Kind::Timestamp, "0001-01-01 00:00:00 BC").toUtf8(),
                 QByteArray("0001-01-01 00:00:00 BC"));
        // PostgreSQL's last timestamp fits (it overflowed when counted from the julian day 0).
        QCOMPARE(parsed(Value::Kind::Timestamp, "294276-12-31 23:59:59.999999").toUtf8(),
                 QByteArray("294276-12-31 23:59:59.999999"));
        QCOMPARE(parsed(Value::Kind::Timestamp, "4713-01-01 00:00:00 BC").toUtf8(),
                 QByteArray("4713-01-01 00:00:00 BC"));
    }
    void offsetsGiveTheUtcInstant()
    {
        // Sessions are UTC: "+00" is PostgreSQL's own timestamptz text; other offsets are converted.
        QCOMPARE(parsed(Value::Kind::Timestamp, "2024-02-29 23:59:59.123456+00").toUtf8(),
                 QByteArray("2024-02-29 23:59:59.123456"));
        QCOMPARE(parsed(Value::Kind::Timestamp, "2024-03-01 01:30:00+05:30").toUtf8(),
                 QByteArray("2024-02-29 20:00:00"));
        QCOMPARE(parsed(Value::Kind::Timestamp, "2024-02-29 23:00:00-07").toUtf8(), QByteArray("2024-03-01 06:00:00"));
        QCOMPARE(parsed(Value::Kind::Timestamp, "2024-03-10T02:30:00Z").toUtf8(), QByteArray("2024-03-10 02:30:00"));
    }
    void mariadbTimestampAndYearRanges()
    {
        ColumnInfo ts = col(ColumnType::Timestamp, DbFamily::MariaDB);
        ts.nativeType = QStringLiteral("timestamp");
        ts.scale = 6;
        QVERIFY(failure(coerce(parsed(Value::Kind::Timestamp, "1970-01-01 00:00:00"), ts))
                    .contains(QLatin1String("MariaDB's TIMESTAMP keeps")));
        QVERIFY(failure(coerce(parsed(Value::Kind::Timestamp, "1970-01-01 00:00:01"), ts)).isEmpty());
        QVERIFY(failure(coerce(parsed(Value::Kind::Timestamp, "2038-01-19 03:14:07.999999"), ts)).isEmpty());
        QVERIFY(!failure(coerce(parsed(Value::Kind::Timestamp, "2038-01-19 03:14:08"), ts)).isEmpty());
        ColumnInfo year = col(ColumnType::Integer, DbFamily::MariaDB);
        year.nativeType = QStringLiteral("year");
        QVERIFY(failure(coerce(Value::integer(0), year)).isEmpty());
        QVERIFY(failure(coerce(Value::integer(2155), year)).isEmpty());
        QVERIFY(failure(coerce(Value::integer(5), year)).contains(QLatin1String("YEAR keeps 1901 to 2155")));
    }
    void binaryLengthsAndPadding()
    {
        ColumnInfo fixed = col(ColumnType::Binary, DbFamily::MariaDB);
        fixed.nativeType = QStringLiteral("binary");
        fixed.length = 4;
        QVERIFY(failure(coerce(Value::binary("\x01\x02\x03\x04"), fixed)).isEmpty());
        QCOMPARE(failure(coerce(Value::binary("\x01"), fixed)),
                 QStringLiteral("the value for column c is 1 bytes (0x01); MariaDB's BINARY(4) would pad it with zero "
                                "bytes to 4"));
        ColumnInfo var = col(ColumnType::Binary, DbFamily::PostgreSQL);
        var.length = 2;
        QVERIFY(failure(coerce(Value::binary("\x01"), var)).isEmpty());
        QVERIFY(failure(coerce(Value::binary("abc"), var)).contains(QLatin1String("holds at most 2 bytes")));
    }
    void enumAndSetMembers()
    {
        ColumnInfo e = col(ColumnType::Text, DbFamily::MariaDB);
        e.nativeType = QStringLiteral("enum");
        e.members = {QStringLiteral("a"), QStringLiteral("b"), QString()};
        QVERIFY(failure(coerce(Value::text(QByteArray("")), e)).isEmpty());
        QVERIFY(failure(coerce(Value::text(QByteArray("A")), e)).contains(QLatin1String("is not one of the values")));
        ColumnInfo set = e;
        set.nativeType = QStringLiteral("set");
        set.members = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QVERIFY(failure(coerce(Value::text(QByteArray("a,c")), set)).isEmpty());
        QVERIFY(failure(coerce(Value::text(QByteArray("")), set)).isEmpty());
        QVERIFY(failure(coerce(Value::text(QByteArray("c,a")), set)).contains(QLatin1String("stored as \"a,c\"")));
        QVERIFY(failure(coerce(Value::text(QByteArray("a,a")), set)).contains(QLatin1String("stored as \"a\"")));
        QVERIFY(failure(coerce(Value::text(QByteArray("d")), set)).contains(QLatin1String("is not a choice")));
    }
    void timesBeyondADay()
    {
        QCOMPARE(parsed(Value::Kind::Time, "838:59:59").toUtf8(), QByteArray("838:59:59"));
        QCOMPARE(parsed(Value::Kind::Time, "-00:00:01").toUtf8(), QByteArray("-00:00:01"));
        QCOMPARE(parsed(Value::Kind::Time, "24:00:00").toUtf8(), QByteArray("24:00:00"));
    }
    void notTemporalTextStaysText()
    {
        QVERIFY(!temporalFromText(Value::Kind::Date, "tomorrow"));
        QVERIFY(!temporalFromText(Value::Kind::Date, "2024-13-01"));
        QVERIFY(!temporalFromText(Value::Kind::Time, "infinity"));
    }
    void infinityOnlyWherePostgresHoldsIt()
    {
        const Value inf = parsed(Value::Kind::Date, "infinity");
        QVERIFY(failure(coerce(inf, col(ColumnType::Date, DbFamily::PostgreSQL))).isEmpty());
        QCOMPARE(failure(coerce(inf, col(ColumnType::Date, DbFamily::MariaDB))),
                 QStringLiteral("infinity cannot be stored in column c: MariaDB has no infinite dates or timestamps "
                                "(map it to a date or NULL with a transform)"));
        QVERIFY(failure(coerce(inf, col(ColumnType::Date, DbFamily::SQLite))).contains(QLatin1String("infinity")));
        // A text column receives the token itself.
        QVERIFY(failure(coerce(inf, col(ColumnType::Text, DbFamily::MariaDB))).isEmpty());
    }
    void zeroDatesOnlyIntoMariaDb()
    {
        const Value zero = parsed(Value::Kind::Date, "0000-00-00");
        QVERIFY(failure(coerce(zero, col(ColumnType::Date, DbFamily::MariaDB))).isEmpty());
        QVERIFY(failure(coerce(zero, col(ColumnType::Date, DbFamily::PostgreSQL)))
                    .contains(QLatin1String("is not a calendar date")));
    }
    void yearsOutsideTargetRange()
    {
        const Value bc = parsed(Value::Kind::Date, "0044-03-15 BC");
        QVERIFY(failure(coerce(bc, col(ColumnType::Date, DbFamily::PostgreSQL))).isEmpty());
        QCOMPARE(failure(coerce(bc, col(ColumnType::Date, DbFamily::MariaDB))),
                 QStringLiteral("0044-03-15 BC is outside the years column c can hold (MariaDB keeps years 0001 to "
                                "9999)"));
    }
    void durationsPerDatabase()
    {
        const Value t = parsed(Value::Kind::Time, "838:59:59");
        QVERIFY(failure(coerce(t, col(ColumnType::Time, DbFamily::MariaDB))).isEmpty());
        QVERIFY(failure(coerce(t, col(ColumnType::Time, DbFamily::PostgreSQL))).contains(QLatin1String("00:00:00")));
        QVERIFY(failure(coerce(parsed(Value::Kind::Time, "24:00:00"), col(ColumnType::Time, DbFamily::PostgreSQL)))
                    .isEmpty());
    }
    void floatsWithoutAnEquivalent()
    {
        const Value nan = Value::real(std::nan(""));
        const Value negZero = Value::real(-0.0);
        QVERIFY(failure(coerce(nan, col(ColumnType::Double, DbFamily::PostgreSQL))).isEmpty());
        QVERIFY(failure(coerce(nan, col(ColumnType::Double, DbFamily::SQLite))).startsWith(QLatin1String("NaN")));
        QVERIFY(failure(coerce(negZero, col(ColumnType::Double, DbFamily::PostgreSQL))).isEmpty());
        QVERIFY(failure(coerce(negZero, col(ColumnType::Double, DbFamily::MariaDB))).startsWith(QLatin1String("-0")));
        QVERIFY(!failure(coerce(Value::real(INFINITY), col(ColumnType::Double, DbFamily::MariaDB))).isEmpty());
    }
    void textThatCannotBeStored()
    {
        QCOMPARE(failure(coerce(Value::text(QByteArray("ab\xff", 3)), col(ColumnType::Text, DbFamily::MariaDB))),
                 QStringLiteral("the text for column c is not valid UTF-8 (byte 0xff at offset 2)"));
        const Value nul = Value::text(QByteArray("a\0b", 3));
        QVERIFY(failure(coerce(nul, col(ColumnType::Text, DbFamily::PostgreSQL))).contains(QLatin1String("NUL")));
        QVERIFY(failure(coerce(nul, col(ColumnType::Text, DbFamily::MariaDB))).isEmpty());
        // Noncharacters and a BOM are valid UTF-8 and pass unchanged.
        const Value bom = Value::text(QByteArray("\xEF\xBB\xBFx\xEF\xBF\xBE"));
        QVERIFY(failure(coerce(bom, col(ColumnType::Text, DbFamily::PostgreSQL))).isEmpty());
        QVERIFY(failure(coerce(Value::binary("\x01\x02"), col(ColumnType::Text, DbFamily::PostgreSQL)))
                    .contains(QLatin1String("binary")));
    }
    void leadingZerosAreNotAnInteger()
    {
        QVERIFY(!failure(coerce(Value::text(QByteArray("0832")), col(ColumnType::Integer, DbFamily::PostgreSQL)))
                     .isEmpty());
        QVERIFY(
            failure(coerce(Value::text(QByteArray("832")), col(ColumnType::Integer, DbFamily::PostgreSQL))).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestValueLimits)
#include "tst_value_limits.moc"
