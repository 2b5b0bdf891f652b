// Verification's comparer, without a database: per logical type of the target column, the expected value
// (the source after transforms) and the value read back are equal exactly when they are the same value —
// never because a conversion would make them so (text "0832" is not 832, a trimmed string is not the
// string, a timestamp one microsecond off is not the timestamp).
#include "engine/verify_compare.h"

#include <QTest>

using namespace ferry;
using verify::sameValue;

Q_DECLARE_METATYPE(ferry::ColumnInfo)

namespace {

ColumnInfo col(ColumnType type, DbFamily family = DbFamily::PostgreSQL, const char* native = "", int odbcType = 0)
{
    ColumnInfo c;
    c.name = QStringLiteral("c");
    c.type = type;
    c.family = family;
    c.nativeType = QString::fromLatin1(native);
    c.odbcType = odbcType;
    return c;
}

Value text(const char* s)
{
    return Value::text(QByteArray(s));
}

Value decimal(const char* s)
{
    return Value::decimal(QByteArray(s));
}

Value stamp(int y, int m, int d, qint64 micros)
{
    return Value::timestamp(QDate(y, m, d), micros);
}

constexpr qint64 kHour = 3600LL * 1000000LL;
constexpr int kSqlReal = 7;

} // namespace

class TestVerifyCompare : public QObject {
    Q_OBJECT
private slots:
    void values_data()
    {
        QTest::addColumn<ColumnInfo>("column");
        QTest::addColumn<Value>("expected");
        QTest::addColumn<Value>("actual");
        QTest::addColumn<bool>("equal");
        const ColumnInfo pgInt = col(ColumnType::Integer), myInt = col(ColumnType::Integer, DbFamily::MariaDB),
                         liteInt = col(ColumnType::Integer, DbFamily::SQLite), num = col(ColumnType::Decimal),
                         dbl = col(ColumnType::Double),
                         real = col(ColumnType::Double, DbFamily::PostgreSQL, "", kSqlReal),
                         txt = col(ColumnType::Text, DbFamily::PostgreSQL, "text"),
                         chr = col(ColumnType::Text, DbFamily::PostgreSQL, "bpchar"), date = col(ColumnType::Date),
                         ts = col(ColumnType::Timestamp), time = col(ColumnType::Time),
                         pgBool = col(ColumnType::Boolean), bin = col(ColumnType::Binary);

        QTest::newRow("int exact") << pgInt << Value::integer(832) << Value::integer(832) << true;
        QTest::newRow("int text spelled as the number") << pgInt << text("832") << Value::integer(832) << true;
        QTest::newRow("int text with a leading zero") << pgInt << text("0832") << Value::integer(832) << false;
        QTest::newRow("int text with a plus") << pgInt << text("+5") << Value::integer(5) << false;
        QTest::newRow("int text with a space") << pgInt << text("5 ") << Value::integer(5) << false;
        QTest::newRow("int decimal without fraction") << pgInt << decimal("832.00") << Value::integer(832) << true;
        QTest::newRow("int decimal with fraction") << pgInt << decimal("832.5") << Value::integer(832) << false;
        QTest::newRow("int one off") << pgInt << Value::integer(832) << Value::integer(833) << false;
        QTest::newRow("bool into a PostgreSQL integer") << pgInt << Value::boolean(true) << Value::integer(1) << false;
        QTest::newRow("bool into a MariaDB integer") << myInt << Value::boolean(true) << Value::integer(1) << true;
        QTest::newRow("bool into a SQLite integer") << liteInt << Value::boolean(false) << Value::integer(0) << true;
        QTest::newRow("bool false is not 1") << myInt << Value::boolean(false) << Value::integer(1) << false;

        QTest::newRow("decimal scale") << num << decimal("1.5") << decimal("1.50") << true;
        QTest::newRow("decimal last digit") << num << decimal("1.5") << decimal("1.50001") << false;
        QTest::newRow("decimal text") << num << text("12.50") << decimal("12.5") << true;
        QTest::newRow("decimal text with a space") << num << text(" 12.5") << decimal("12.5") << false;
        QTest::newRow("decimal from double") << num << Value::real(0.1) << decimal("0.10") << true;
        QTest::newRow("decimal minus zero") << num << decimal("-0.0") << decimal("0") << true;
        QTest::newRow("decimal NaN token") << num << Value::special(Value::Kind::Decimal, "NaN")
                                           << Value::special(Value::Kind::Decimal, "NaN") << true;

        QTest::newRow("double bits") << dbl << Value::real(0.1) << Value::real(0.1) << true;
        QTest::newRow("double next bit") << dbl << Value::real(0.1) << Value::real(std::nextafter(0.1, 1.0)) << false;
        QTest::newRow("double minus zero") << dbl << Value::real(-0.0) << Value::real(0.0) << false;
        QTest::newRow("double from its decimal") << dbl << decimal("0.1") << Value::real(0.1) << true;
        QTest::newRow("double from a decimal it cannot hold")
            << dbl << decimal("0.10000000000000001") << Value::real(0.1) << false;
        QTest::newRow("double NaN") << dbl << Value::real(std::nan("")) << Value::real(-std::nan("")) << true;
        QTest::newRow("real at float precision") << real << Value::real(0.1) << Value::real(double(0.1f)) << true;
        QTest::newRow("double is not real") << dbl << Value::real(0.1) << Value::real(double(0.1f)) << false;
        QTest::newRow("real one float bit")
            << real << Value::real(0.1) << Value::real(double(std::nextafter(0.1f, 1.0f))) << false;

        QTest::newRow("text exact") << txt << text("Müller 付") << text("Müller 付") << true;
        QTest::newRow("text trailing space") << txt << text("abc") << text("abc ") << false;
        QTest::newRow("text leading space") << txt << text(" abc") << text("abc") << false;
        QTest::newRow("text case") << txt << text("Abc") << text("abc") << false;
        QTest::newRow("text normalisation") << txt << text("caf\xc3\xa9") << text("cafe\xcc\x81") << false;
        QTest::newRow("text one byte") << txt << text("Person number 7") << text("Person numbes 7") << false;
        QTest::newRow("NULL is not empty") << txt << Value() << text("") << false;
        QTest::newRow("empty is not NULL") << txt << text("") << Value() << false;
        QTest::newRow("NULL is not 'NULL'") << txt << Value() << text("NULL") << false;
        QTest::newRow("NULL is NULL") << txt << Value() << Value() << true;
        QTest::newRow("number into text") << txt << Value::integer(42) << text("42") << true;
        QTest::newRow("CHAR padding") << chr << text("ab") << text("ab   ") << true;
        QTest::newRow("CHAR content") << chr << text("ab") << text("ac   ") << false;

        QTest::newRow("date exact") << date << Value::date(QDate(2024, 2, 29)) << Value::date(QDate(2024, 2, 29))
                                    << true;
        QTest::newRow("date one day") << date << Value::date(QDate(2024, 2, 29)) << Value::date(QDate(2024, 3, 1))
                                      << false;
        QTest::newRow("date from text") << date << text("2024-02-29") << Value::date(QDate(2024, 2, 29)) << true;
        QTest::newRow("date from loose text") << date << text("2024-2-29") << Value::date(QDate(2024, 2, 29)) << false;
        QTest::newRow("date BC") << date << text("0044-03-15 BC") << Value::date(QDate(-44, 3, 15)) << true;
        QTest::newRow("date lost its time")
            << date << stamp(2024, 1, 1, kHour) << Value::date(QDate(2024, 1, 1)) << false;
        QTest::newRow("date token") << date << Value::special(Value::Kind::Date, "infinity") << text("infinity")
                                    << true;
        QTest::newRow("date tokens differ") << date << Value::special(Value::Kind::Date, "infinity")
                                            << Value::special(Value::Kind::Date, "-infinity") << false;
        QTest::newRow("zero date") << date << text("0000-00-00") << text("0000-00-00") << true;
        QTest::newRow("timestamp microsecond")
            << ts << stamp(2024, 1, 1, kHour + 1) << stamp(2024, 1, 1, kHour + 2) << false;
        QTest::newRow("timestamp from text")
            << ts << text("2024-01-01 01:00:00.000001") << stamp(2024, 1, 1, kHour + 1) << true;
        QTest::newRow("timestamp milliseconds only")
            << ts << text("2024-01-01 01:00:00.0005") << stamp(2024, 1, 1, kHour) << false;
        QTest::newRow("timestamp from a date") << ts << Value::date(QDate(2024, 1, 1)) << stamp(2024, 1, 1, 0) << true;
        QTest::newRow("time exact") << time << text("10:30") << Value::time(10 * kHour + 30 * 60 * 1000000LL) << true;
        QTest::newRow("time beyond a day")
            << time << text("-838:59:59") << Value::time(-(838 * kHour + 3599000000LL)) << true;
        QTest::newRow("time microsecond") << time << Value::time(kHour) << Value::time(kHour + 1) << false;

        QTest::newRow("boolean from 1") << pgBool << Value::integer(1) << Value::boolean(true) << true;
        QTest::newRow("boolean from 2") << pgBool << Value::integer(2) << Value::boolean(true) << false;
        QTest::newRow("boolean from 't'") << pgBool << text("t") << Value::boolean(true) << true;
        QTest::newRow("boolean flipped") << pgBool << Value::boolean(true) << Value::boolean(false) << false;

        QTest::newRow("binary exact") << bin << Value::binary("\x01\x02") << Value::binary("\x01\x02") << true;
        QTest::newRow("binary one bit") << bin << Value::binary("\x01\x02") << Value::binary("\x01\x03") << false;
        QTest::newRow("binary from text") << bin << text("ab") << Value::binary("ab") << true;
    }

    void values()
    {
        QFETCH(ColumnInfo, column);
        QFETCH(Value, expected);
        QFETCH(Value, actual);
        QFETCH(bool, equal);
        QVERIFY2(sameValue(expected, actual, column) == equal,
                 qPrintable(QStringLiteral("%1 vs %2: forms %3 and %4")
                                .arg(expected.display(), actual.display(),
                                     QString::fromUtf8(verify::comparable(expected, column).toPercentEncoding()),
                                     QString::fromUtf8(verify::comparable(actual, column).toPercentEncoding()))));
    }
};

QTEST_GUILESS_MAIN(TestVerifyCompare)
#include "tst_verify_compare.moc"
