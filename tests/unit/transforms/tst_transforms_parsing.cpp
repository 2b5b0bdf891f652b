// Transforms that parse what people typed: email, phone, split-name, parse-date, parse-timestamp.
#include "transform_test_util.h"

#include <QTest>

using namespace transformtest;
using ferry::Value;

class TstTransformsParsing : public QObject {
    Q_OBJECT
private slots:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void splitName_data();
    void splitName();
    void parseDate_data();
    void parseDate();
    void parseTimestamp_data();
    void parseTimestamp();
    void timestampIgnoresTimeZone();
};

namespace {
void addCaseColumns()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<Value>("input");
    QTest::addColumn<Value>("expected");
    QTest::addColumn<QString>("reason");
}
} // namespace

#define RUN_CASE()                                                                                                     \
    QFETCH(QByteArray, spec);                                                                                          \
    QFETCH(Value, input);                                                                                              \
    QFETCH(Value, expected);                                                                                           \
    QFETCH(QString, reason);                                                                                           \
    const Outcome r = run(spec, {input});                                                                              \
    CHECK_OUTCOME(r, expected, reason)

void TstTransformsParsing::email_data()
{
    addCaseColumns();
    const QByteArray spec = R"([{"type": "email"}])";
    auto ok = [&](const char* name, const char* in, const char* out) {
        QTest::newRow(name) << spec << text(in) << text(out) << QString();
    };
    auto bad = [&](const char* name, const char* in) {
        QTest::newRow(name) << spec << text(in) << Value()
                            << QStringLiteral("\"%1\" is not a valid email address").arg(QString::fromUtf8(in));
    };
    ok("plain", "jane.doe@example.com", "jane.doe@example.com");
    ok("trimmed and lowered", " \u00a0Jane.Doe@Example.COM\t", "jane.doe@example.com");
    ok("plus and subdomain", "Jane+CRM@mail.Example.co.uk", "jane+crm@mail.example.co.uk");
    ok("unicode lowered", "JOSÉ@Exämple.DE", "josé@exämple.de");
    ok("hyphen in domain", "a@my-host.org", "a@my-host.org");
    bad("no domain", "jane.doe@");
    bad("no local part", "@example.com");
    bad("no at", "jane.doe.example.com");
    bad("two at", "jane@doe@example.com");
    bad("double at", "jane@@example.com");
    bad("no dot in domain", "jane@localhost");
    bad("space inside", "jane doe@example.com");
    bad("space in domain", "jane@example .com");
    bad("no-break space inside", "jane\u00a0doe@example.com");
    bad("display name", "Jane <jane@example.com>");
    bad("two addresses", "a@x.com,b@y.com");
    bad("leading dot", ".jane@example.com");
    bad("double dot", "jane..doe@example.com");
    bad("dot after at", "jane@.example.com");
    bad("trailing dot", "jane@example.com.");
    bad("empty label", "jane@example..com");
    bad("hyphen label", "jane@-example.com");
    bad("empty", "");
    bad("space", " ");
    bad("text NULL", "NULL");
    QTest::newRow("NULL stays NULL") << spec << Value::null() << Value::null() << QString();
    QTest::newRow("reason keeps input as given")
        << spec << text(" Jane@ ") << Value() << QStringLiteral("\" Jane@ \" is not a valid email address");
}

void TstTransformsParsing::email()
{
    RUN_CASE();
}

void TstTransformsParsing::phone_data()
{
    addCaseColumns();
    const QByteArray us = R"([{"type": "phone", "region": "US"}])";
    const QByteArray gb = R"([{"type": "phone", "region": "gb"}])";
    QTest::newRow("US national") << us << text("(201) 555-0123") << text("+12015550123") << QString();
    QTest::newRow("US dots") << us << text("201.555.0123") << text("+12015550123") << QString();
    QTest::newRow("US with 1") << us << text("1-201-555-0123") << text("+12015550123") << QString();
    QTest::newRow("already E.164") << us << text("+12015550123") << text("+12015550123") << QString();
    QTest::newRow("integer column") << us << Value::integer(2015550123) << text("+12015550123") << QString();
    QTest::newRow("foreign number, US default") << us << text("+44 20 7946 0958") << text("+442079460958") << QString();
    QTest::newRow("GB national, region lower case")
        << gb << text("020 7946 0958") << text("+442079460958") << QString();
    QTest::newRow("too short") << us << text("555-01") << Value()
                               << QStringLiteral("\"555-01\" is not a valid phone number (default region US)");
    QTest::newRow("unassigned area code")
        << us << text("(099) 555-0123") << Value()
        << QStringLiteral("\"(099) 555-0123\" is not a valid phone number (default region US)");
    QTest::newRow("letters") << us << text("call me") << Value()
                             << QStringLiteral("\"call me\" is not a valid phone number (default region US)");
    QTest::newRow("empty rejects") << us << text("") << Value()
                                   << QStringLiteral("\"\" is not a valid phone number (default region US)");
    QTest::newRow("GB region named") << gb << text("12345") << Value()
                                     << QStringLiteral("\"12345\" is not a valid phone number (default region GB)");
    QTest::newRow("NULL stays NULL") << us << Value::null() << Value::null() << QString();
    // Extensions: E.164 has none, so by default the row is rejected rather than the extension lost.
    QTest::newRow("extension rejected")
        << us << text("201-555-0123 ext. 7") << Value()
        << QStringLiteral("\"201-555-0123 ext. 7\" has an extension, which E.164 cannot hold (set \"extension\" to "
                          "\"drop\" or \"keep\")");
    QTest::newRow("extension dropped") << QByteArray(R"([{"type": "phone", "region": "US", "extension": "drop"}])")
                                       << text("201-555-0123 x7") << text("+12015550123") << QString();
    QTest::newRow("extension kept") << QByteArray(R"([{"type": "phone", "region": "US", "extension": "keep"}])")
                                    << text("201-555-0123 ext. 789") << text("+12015550123;ext=789") << QString();
    QTest::newRow("keep without extension") << QByteArray(R"([{"type": "phone", "region": "US", "extension": "keep"}])")
                                            << text("2015550123") << text("+12015550123") << QString();
}

void TstTransformsParsing::phone()
{
    RUN_CASE();
}

void TstTransformsParsing::splitName_data()
{
    addCaseColumns();
    const QByteArray first = R"([{"type": "split-name", "part": "first"}])";
    const QByteArray last = R"([{"type": "split-name", "part": "last"}])";
    auto both = [&](const char* name, const char* in, const char* f, const char* l) {
        QTest::newRow(qPrintable(QStringLiteral("%1 (first)").arg(QLatin1String(name))))
            << first << text(in) << text(f) << QString();
        QTest::newRow(qPrintable(QStringLiteral("%1 (last)").arg(QLatin1String(name))))
            << last << text(in) << text(l) << QString();
    };
    both("first last", "Jane Doe", "Jane", "Doe");
    both("last comma first", "Doe, Jane", "Jane", "Doe");
    both("particles", "Jane van der Berg", "Jane", "van der Berg");
    both("particles capitalised", "Ludwig Van Beethoven", "Ludwig", "Van Beethoven");
    both("particle comma form", "van der Berg, Jane", "Jane", "van der Berg");
    both("middle name stays with first", "Jane Mary Doe", "Jane Mary", "Doe");
    both("honorific", "Dr. Jane Doe", "Jane", "Doe");
    both("honorifics without dot", "Mrs Jane Doe", "Jane", "Doe");
    both("prof", "Prof Ada Lovelace", "Ada", "Lovelace");
    both("suffix", "Jane Doe Jr.", "Jane", "Doe");
    both("suffix after comma", "John Smith, III", "John", "Smith");
    both("suffix phd", "Jane Doe PhD", "Jane", "Doe");
    both("everything", "  Dr.   Jane   van  der Berg,  PhD ", "Jane", "van der Berg");
    both("comma form with honorific", "Doe, Mr. John, Sr.", "John", "Doe");
    both("extra whitespace", "\tJane \u00a0 Doe\n", "Jane", "Doe");
    both("accents and emoji kept", "Zoë Ångström \xf0\x9f\x8c\xbb", "Zoë Ångström", "\xf0\x9f\x8c\xbb");
    both("Van as first name", "Van Morrison", "Van", "Morrison");
    QTest::newRow("single word, first") << first << text("Cher") << text("Cher") << QString();
    QTest::newRow("single word, last rejects")
        << last << text("Cher") << Value() << QStringLiteral("\"Cher\" has no last name");
    QTest::newRow("single word, last null")
        << QByteArray(R"([{"type": "split-name", "part": "last", "ifMissing": "null"}])") << text("Cher")
        << Value::null() << QString();
    QTest::newRow("single word, last empty")
        << QByteArray(R"([{"type": "split-name", "part": "last", "ifMissing": "empty"}])") << text("Cher") << text("")
        << QString();
    QTest::newRow("honorific and one word is a last name") << last << text("Mr Smith") << text("Smith") << QString();
    QTest::newRow("honorific and one word has no first")
        << first << text("Mr Smith") << Value() << QStringLiteral("\"Mr Smith\" has no first name");
    QTest::newRow("comma without first") << first << text("Doe,") << Value()
                                         << QStringLiteral("\"Doe,\" has no first name");
    QTest::newRow("empty rejects") << first << text("") << Value() << QStringLiteral("\"\" has no first name");
    QTest::newRow("spaces reject") << last << text("   ") << Value() << QStringLiteral("\"   \" has no last name");
    QTest::newRow("NULL stays NULL") << last << Value::null() << Value::null() << QString();
}

void TstTransformsParsing::splitName()
{
    RUN_CASE();
}

void TstTransformsParsing::parseDate_data()
{
    addCaseColumns();
    auto spec = [](const char* format) {
        return QStringLiteral(R"([{"type": "parse-date", "format": "%1"}])").arg(QString::fromUtf8(format)).toUtf8();
    };
    auto ok = [&](const char* name, const char* format, Value in, QDate out) {
        QTest::newRow(name) << spec(format) << in << Value::date(out) << QString();
    };
    auto bad = [&](const char* name, const char* format, const char* in) {
        QTest::newRow(name) << spec(format) << text(in) << Value()
                            << QStringLiteral("\"%1\" is not a valid date in the format \"%2\"")
                                   .arg(QString::fromUtf8(in), QString::fromUtf8(format));
    };
    ok("european", "dd/MM/yyyy", text("31/12/2023"), QDate(2023, 12, 31));
    ok("iso", "yyyy-MM-dd", text("2024-02-29"), QDate(2024, 2, 29));
    ok("single-letter fields, one digit", "d/M/yyyy", text("1/2/2024"), QDate(2024, 2, 1));
    ok("single-letter fields, two digits", "d/M/yyyy", text("12/11/2024"), QDate(2024, 11, 12));
    ok("compact from integer", "yyyyMMdd", Value::integer(20240102), QDate(2024, 1, 2));
    ok("month name", "dd MMM yyyy", text("02 Jan 2024"), QDate(2024, 1, 2));
    ok("month name any case", "dd MMMM yyyy", text("02 FEBRUARY 2024"), QDate(2024, 2, 2));
    ok("weekday that matches", "ddd, dd MMM yyyy", text("Tue, 02 Jan 2024"), QDate(2024, 1, 2));
    ok("two-digit year as in Qt", "dd/MM/yy", text("02/01/24"), QDate(1924, 1, 2));
    ok("quoted literal", "'on' dd.MM.yyyy", text("on 02.01.2024"), QDate(2024, 1, 2));
    ok("unquoted letter literal", "yyyy-MM-ddT", text("2024-01-02T"), QDate(2024, 1, 2));
    ok("non-ASCII literal", "yyyy年MM月dd日", text("2024年01月02日"), QDate(2024, 1, 2));
    ok("time fields matched and dropped", "dd/MM/yyyy HH:mm", text("02/01/2024 13:45"), QDate(2024, 1, 2));
    bad("31 February", "dd/MM/yyyy", "31/02/2024");
    bad("29 February, not a leap year", "dd/MM/yyyy", "29/02/2023");
    bad("month 13", "dd/MM/yyyy", "01/13/2024");
    bad("day zero", "dd/MM/yyyy", "00/01/2024");
    bad("year zero", "dd/MM/yyyy", "01/01/0000");
    bad("one digit for dd", "dd/MM/yyyy", "1/02/2024");
    bad("three-digit day", "d/M/yyyy", "123/1/2024");
    bad("wrong separator", "dd/MM/yyyy", "02-01-2024");
    bad("trailing space", "yyyy-MM-dd", "2024-01-02 ");
    bad("leading space", "yyyy-MM-dd", " 2024-01-02");
    bad("trailing text", "yyyy-MM-dd", "2024-01-02x");
    bad("truncated", "yyyy-MM-dd", "2024-01");
    bad("wrong weekday", "ddd, dd MMM yyyy", "Mon, 02 Jan 2024");
    bad("unknown month", "dd MMM yyyy", "02 Jnu 2024");
    bad("empty rejects", "dd/MM/yyyy", "");
    bad("text NULL", "dd/MM/yyyy", "NULL");
    bad("bad time in dropped fields", "dd/MM/yyyy HH:mm", "02/01/2024 25:00");
    QTest::newRow("NULL stays NULL") << spec("dd/MM/yyyy") << Value::null() << Value::null() << QString();
    QTest::newRow("date passes through") << spec("dd/MM/yyyy") << Value::date(QDate(2024, 1, 2))
                                         << Value::date(QDate(2024, 1, 2)) << QString();
    const QByteArray several = R"([{"type": "parse-date", "formats": ["yyyy-MM-dd", "dd/MM/yyyy"]}])";
    QTest::newRow("second format") << several << text("02/01/2024") << Value::date(QDate(2024, 1, 2)) << QString();
    QTest::newRow("first format") << several << text("2024-01-02") << Value::date(QDate(2024, 1, 2)) << QString();
    QTest::newRow("no format matches")
        << several << text("2024/01/02") << Value()
        << QStringLiteral("\"2024/01/02\" is not a valid date in any of the formats \"yyyy-MM-dd\", \"dd/MM/yyyy\"");
}

void TstTransformsParsing::parseDate()
{
    RUN_CASE();
}

void TstTransformsParsing::parseTimestamp_data()
{
    addCaseColumns();
    auto spec = [](const char* format) {
        return QStringLiteral(R"([{"type": "parse-timestamp", "format": "%1"}])")
            .arg(QString::fromUtf8(format))
            .toUtf8();
    };
    constexpr qint64 us = 1;
    constexpr qint64 sec = 1000000 * us;
    auto at = [](int h, int m, int s) { return ((qint64(h) * 60 + m) * 60 + s) * sec; };
    auto ok = [&](const char* name, const char* format, const char* in, QDate d, qint64 micros) {
        QTest::newRow(name) << spec(format) << text(in) << Value::timestamp(d, micros) << QString();
    };
    auto bad = [&](const char* name, const char* format, const char* in) {
        QTest::newRow(name) << spec(format) << text(in) << Value()
                            << QStringLiteral("\"%1\" is not a valid timestamp in the format \"%2\"")
                                   .arg(QString::fromUtf8(in), QString::fromUtf8(format));
    };
    const QDate jan2(2024, 1, 2);
    ok("seconds", "yyyy-MM-dd HH:mm:ss", "2024-01-02 13:45:06", jan2, at(13, 45, 6));
    ok("microseconds with z", "yyyy-MM-dd HH:mm:ss.z", "2024-01-02 13:45:06.123456", jan2, at(13, 45, 6) + 123456);
    ok("short fraction with z", "yyyy-MM-dd HH:mm:ss.z", "2024-01-02 13:45:06.5", jan2, at(13, 45, 6) + 500000);
    ok("milliseconds with zzz", "yyyy-MM-dd HH:mm:ss.zzz", "2024-01-02 13:45:06.007", jan2, at(13, 45, 6) + 7000);
    ok("six digits with zzzzzz", "yyyy-MM-ddTHH:mm:ss.zzzzzz", "2024-01-02T00:00:00.000001", jan2, 1);
    ok("date only is midnight", "dd/MM/yyyy", "02/01/2024", jan2, 0);
    ok("12 PM is noon", "dd/MM/yyyy hh:mm AP", "02/01/2024 12:30 PM", jan2, at(12, 30, 0));
    ok("12 AM is midnight", "dd/MM/yyyy hh:mm AP", "02/01/2024 12:30 am", jan2, at(0, 30, 0));
    ok("1 pm", "dd/MM/yyyy h:mm ap", "02/01/2024 1:05 pm", jan2, at(13, 5, 0));
    ok("h without AP is 24-hour", "yyyy-MM-dd h:mm", "2024-01-02 17:00", jan2, at(17, 0, 0));
    ok("last second of the day", "yyyy-MM-dd HH:mm:ss.z", "2024-12-31 23:59:59.999999", QDate(2024, 12, 31),
       at(23, 59, 59) + 999999);
    // The US spring-forward gap: 02:30 does not exist in New York, but Ferry keeps wall-clock time.
    ok("inside a DST gap", "yyyy-MM-dd HH:mm", "2024-03-10 02:30", QDate(2024, 3, 10), at(2, 30, 0));
    bad("hour 24", "yyyy-MM-dd HH:mm:ss", "2024-01-02 24:00:00");
    bad("minute 60", "yyyy-MM-dd HH:mm", "2024-01-02 10:60");
    bad("leap second", "yyyy-MM-dd HH:mm:ss", "2024-01-02 23:59:60");
    bad("13 PM", "dd/MM/yyyy hh:mm AP", "02/01/2024 13:00 PM");
    bad("0 AM", "dd/MM/yyyy h:mm AP", "02/01/2024 0:00 AM");
    bad("missing marker", "dd/MM/yyyy hh:mm AP", "02/01/2024 11:00");
    bad("seven fraction digits", "yyyy-MM-dd HH:mm:ss.z", "2024-01-02 13:45:06.1234567");
    bad("zzz wants three digits", "yyyy-MM-dd HH:mm:ss.zzz", "2024-01-02 13:45:06.12");
    bad("impossible date", "yyyy-MM-dd HH:mm", "2023-02-29 10:00");
    bad("empty rejects", "yyyy-MM-dd HH:mm", "");
    QTest::newRow("NULL stays NULL") << spec("yyyy-MM-dd HH:mm") << Value::null() << Value::null() << QString();
    QTest::newRow("timestamp passes through")
        << spec("yyyy-MM-dd HH:mm") << Value::timestamp(jan2, 42) << Value::timestamp(jan2, 42) << QString();
}

void TstTransformsParsing::parseTimestamp()
{
    RUN_CASE();
}

void TstTransformsParsing::timestampIgnoresTimeZone()
{
    // Whatever the process time zone, the canonical text is what was read.
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    const Outcome r = run(R"([{"type": "parse-timestamp", "format": "yyyy-MM-dd HH:mm:ss.z"}])",
                          {text("2024-03-10 02:30:00.000250")});
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    QVERIFY2(r.ok, qPrintable(r.reason));
    QCOMPARE(r.value.toUtf8(), QByteArray("2024-03-10 02:30:00.00025"));
}

QTEST_GUILESS_MAIN(TstTransformsParsing)
#include "tst_transforms_parsing.moc"
