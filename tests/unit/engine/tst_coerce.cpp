// Coercion to target column types: exact values pass, anything that would change meaning is refused
// with a reason that names the column.
#include "engine/coerce.h"

#include <QTest>

using namespace ferry;

namespace {
ColumnInfo col(ColumnType t, qint64 length = 0, int precision = 0, int scale = 0, bool nullable = true)
{
    ColumnInfo c;
    c.name = QStringLiteral("c");
    c.type = t;
    c.length = length;
    c.precision = precision;
    c.scale = scale;
    c.nullable = nullable;
    return c;
}
Value ok(const CoerceResult& r)
{
    if (auto* f = std::get_if<CoerceFailure>(&r))
        qFatal("unexpected failure: %s", qPrintable(f->reason));
    return std::get<Value>(r);
}
QString failure(const CoerceResult& r)
{
    if (auto* f = std::get_if<CoerceFailure>(&r))
        return f->reason;
    return {};
}
} // namespace

class TestCoerce : public QObject {
    Q_OBJECT
private slots:
    void nullIntoRequiredColumnIsRefused()
    {
        QCOMPARE(failure(coerce(Value(), col(ColumnType::Text, 10, 0, 0, false))),
                 QStringLiteral("column c is required (NOT NULL) but the value is NULL"));
        QVERIFY(ok(coerce(Value(), col(ColumnType::Text, 10))).isNull());
    }
    void textLengthCountsCharactersNotBytes()
    {
        // 5 characters, 11 bytes: fits varchar(5).
        const Value v = Value::text(QStringLiteral("Ærø😀é"));
        QCOMPARE(ok(coerce(v, col(ColumnType::Text, 5))).bytes(), v.bytes());
        QCOMPARE(failure(coerce(v, col(ColumnType::Text, 4))),
                 QStringLiteral("value is 5 characters long; column c holds at most 4"));
    }
    void fourByteCharactersRefusedWhereUnsupported()
    {
        ColumnInfo c = col(ColumnType::Text, 50);
        c.supportsSupplementary = false;
        QVERIFY(failure(coerce(Value::text(QStringLiteral("Hi 😀")), c)).contains(QLatin1String("4-byte")));
        QCOMPARE(ok(coerce(Value::text(QStringLiteral("Øystein")), c)).toString(), QStringLiteral("Øystein"));
    }
    void fourDistinctTextValuesStayDistinct()
    {
        const ColumnInfo c = col(ColumnType::Text, 10);
        QVERIFY(ok(coerce(Value(), c)).isNull());
        QCOMPARE(ok(coerce(Value::text(QByteArray("")), c)), Value::text(QByteArray("")));
        QCOMPARE(ok(coerce(Value::text(QByteArray("NULL")), c)), Value::text(QByteArray("NULL")));
        QCOMPARE(ok(coerce(Value::text(QByteArray(" ")), c)), Value::text(QByteArray(" ")));
    }
    void decimalsHaveOneCanonicalSpelling()
    {
        // Shared by coercion (is a double exact?) and verification (is 12.50 the 12.5 we wrote?).
        QCOMPARE(canonicalDecimal("12.50"), QByteArray("12.5"));
        QCOMPARE(canonicalDecimal("+007.000"), QByteArray("7"));
        QCOMPARE(canonicalDecimal(".5"), QByteArray("0.5"));
        QCOMPARE(canonicalDecimal("-0.00"), QByteArray("0"));
        QCOMPARE(canonicalDecimal("-0012.0300"), QByteArray("-12.03"));
        QCOMPARE(canonicalDecimal("1500"), QByteArray("1500"));
    }

    void decimalsKeepEveryDigit()
    {
        const ColumnInfo money = col(ColumnType::Decimal, 0, 14, 2);
        QCOMPARE(ok(coerce(Value::decimal("1250.50"), money)).bytes(), QByteArray("1250.50"));
        QCOMPARE(ok(coerce(Value::text(QByteArray("-0.10")), money)).bytes(), QByteArray("-0.10"));
        // Trailing zeros beyond the scale change nothing and are dropped.
        QCOMPARE(ok(coerce(Value::decimal("3.1400"), money)).bytes(), QByteArray("3.14"));
        QVERIFY(failure(coerce(Value::decimal("3.145"), money)).contains(QLatin1String("would round")));
        QVERIFY(failure(coerce(Value::decimal("1234567890123.00"), money)).contains(QLatin1String("too large")));
        QCOMPARE(
            ok(coerce(Value::decimal("-99999999999999999999999999.9999999999"), col(ColumnType::Decimal, 0, 38, 10)))
                .bytes(),
            QByteArray("-99999999999999999999999999.9999999999"));
        QVERIFY(failure(coerce(Value::text(QByteArray("12,50")), money)).contains(QLatin1String("not a number")));
        // A double whose shortest form uses an exponent keeps every digit in plain form.
        QCOMPARE(ok(coerce(Value::real(1.2345e-20), col(ColumnType::Decimal, 0, 38, 30))).bytes(),
                 QByteArray("0.000000000000000000012345"));
        QCOMPARE(ok(coerce(Value::real(1e20), col(ColumnType::Decimal, 0, 38, 2))).bytes(),
                 QByteArray("100000000000000000000"));
        QVERIFY(failure(coerce(Value::real(1.2345e-20), money)).contains(QLatin1String("would round")));
    }
    void floatStoredDecimalsRefuseWhatTheyCannotKeep()
    {
        ColumnInfo sqliteNumeric = col(ColumnType::Decimal, 0, 38, 10);
        sqliteNumeric.exactDigits = 15;
        QCOMPARE(ok(coerce(Value::decimal("123456789012.34"), sqliteNumeric)).bytes(), QByteArray("123456789012.34"));
        QCOMPARE(ok(coerce(Value::decimal("0.0000000001"), sqliteNumeric)).bytes(), QByteArray("0.0000000001"));
        QCOMPARE(ok(coerce(Value::decimal("100000000000000000000"), sqliteNumeric)).bytes(),
                 QByteArray("100000000000000000000"));
        QCOMPARE(failure(coerce(Value::decimal("12345678901234567890.1234567891"), sqliteNumeric)),
                 QStringLiteral("12345678901234567890.1234567891 has 30 significant digits; column c keeps only 15 "
                                "exactly (it is stored as a floating-point number)"));
    }
    void integersAreRangeChecked()
    {
        ColumnInfo small = col(ColumnType::Integer);
        small.odbcType = 5; // SQL_SMALLINT
        QCOMPARE(ok(coerce(Value::integer(32767), small)).toInt(), 32767);
        QVERIFY(failure(coerce(Value::integer(32768), small)).contains(QLatin1String("out of range")));
        const ColumnInfo big = col(ColumnType::Integer);
        QCOMPARE(ok(coerce(Value::text(QByteArray("-9223372036854775808")), big)).toInt(),
                 std::numeric_limits<qint64>::min());
        QCOMPARE(ok(coerce(Value::decimal("42.000"), big)).toInt(), 42);
        QVERIFY(failure(coerce(Value::decimal("42.5"), big)).contains(QLatin1String("fraction")));
        QVERIFY(failure(coerce(Value::text(QByteArray(" 42")), big)).contains(QLatin1String("not a whole number")));
        ColumnInfo unsignedTiny = col(ColumnType::Integer);
        unsignedTiny.odbcType = -6;
        unsignedTiny.nativeType = QStringLiteral("tinyint unsigned");
        QCOMPARE(ok(coerce(Value::integer(255), unsignedTiny)).toInt(), 255);
        QVERIFY(!failure(coerce(Value::integer(-1), unsignedTiny)).isEmpty());
    }
    void doublesOnlyWhenExact()
    {
        const ColumnInfo d = col(ColumnType::Double);
        QCOMPARE(ok(coerce(Value::decimal("0.1"), d)).toDouble(), 0.1);
        QVERIFY(failure(coerce(Value::decimal("0.12345678901234567890"), d)).contains(QLatin1String("exactly")));
        QVERIFY(failure(coerce(Value::integer((1LL << 53) + 1), d)).contains(QLatin1String("exactly")));
        ColumnInfo single = d;
        single.odbcType = 7; // SQL_REAL: 32-bit
        QCOMPARE(ok(coerce(Value::integer(16777216), single)).toDouble(), 16777216.0);
        QVERIFY(failure(coerce(Value::integer(16777217), single)).contains(QLatin1String("single-precision")));
        QVERIFY(!failure(coerce(Value::decimal("0.1"), single)).isEmpty());
        QCOMPARE(ok(coerce(Value::decimal("0.5"), single)).toDouble(), 0.5);
    }
    void booleans()
    {
        const ColumnInfo b = col(ColumnType::Boolean);
        QCOMPARE(ok(coerce(Value::integer(1), b)), Value::boolean(true));
        QCOMPARE(ok(coerce(Value::text(QByteArray("No")), b)), Value::boolean(false));
        QVERIFY(!failure(coerce(Value::integer(2), b)).isEmpty());
    }
    void datesNeverShiftAndNeverDropTime()
    {
        const ColumnInfo date = col(ColumnType::Date);
        QCOMPARE(ok(coerce(Value::text(QByteArray("2024-02-29")), date)), Value::date(QDate(2024, 2, 29)));
        QVERIFY(!failure(coerce(Value::text(QByteArray("2023-02-29")), date)).isEmpty());
        QCOMPARE(ok(coerce(Value::timestamp(QDate(2024, 3, 10), 0), date)), Value::date(QDate(2024, 3, 10)));
        QVERIFY(failure(coerce(Value::timestamp(QDate(2024, 3, 10), 9000000000LL), date))
                    .contains(QLatin1String("would be lost")));
    }
    void timestampsKeepMicroseconds()
    {
        ColumnInfo ts = col(ColumnType::Timestamp);
        ts.scale = 6;
        const qint64 micros = (2 * 3600 + 30 * 60) * 1000000LL + 123456; // 02:30:00.123456
        QCOMPARE(ok(coerce(Value::text(QByteArray("2024-03-10 02:30:00.123456")), ts)),
                 Value::timestamp(QDate(2024, 3, 10), micros));
        QCOMPARE(ok(coerce(Value::timestamp(QDate(2024, 3, 10), micros), ts)).toString(),
                 QStringLiteral("2024-03-10 02:30:00.123456"));
        ColumnInfo seconds = ts;
        seconds.scale = 0; // MariaDB DATETIME
        QVERIFY(failure(coerce(Value::timestamp(QDate(2024, 3, 10), micros), seconds))
                    .contains(QLatin1String("fractional seconds")));
        QCOMPARE(ok(coerce(Value::date(QDate(1999, 12, 31)), ts)), Value::timestamp(QDate(1999, 12, 31), 0));
        QVERIFY(!failure(coerce(Value::text(QByteArray("2024-03-10 25:00:00")), ts)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoerce)
#include "tst_coerce.moc"
