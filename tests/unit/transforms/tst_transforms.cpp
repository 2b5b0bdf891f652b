// The transform chain: spec validation, chain shape, text and value transforms, lookups, threads.
// Parsing transforms (email, phone, split-name, dates) are in tst_transforms_parsing.cpp.
#include "core/errors.h"
#include "transform_test_util.h"

#include <QSet>
#include <QTest>
#include <atomic>
#include <thread>

using namespace transformtest;
using ferry::TransformChain;
using ferry::Value;

namespace {

// Answers from a fixed table; counts calls so tests can tell when the chain did not ask.
class FakeLookups : public ferry::LookupSource {
public:
    std::optional<Value> lookup(const ferry::LookupSpec& spec, const Value& key) override
    {
        ++calls;
        lastSpec = spec;
        const QString k = spec.caseInsensitive ? key.toString().toLower() : key.toString();
        if (k == QLatin1String("twins"))
            throw ferry::Error(QStringLiteral("2 rows of account have name \"Twins\""));
        if (k == QLatin1String("dberror"))
            throw ferry::DbError(QStringLiteral("server closed the connection"), QStringLiteral("08S01"));
        if (k == QLatin1String("acme corp"))
            return Value::integer(17);
        return std::nullopt;
    }
    int calls = 0;
    ferry::LookupSpec lastSpec;
};

} // namespace

class TstTransforms : public QObject {
    Q_OBJECT
private slots:
    void compileErrors_data();
    void compileErrors();
    void chainShape();
    void applyWrongInputCount();

    void trim_data();
    void trim();
    void trimMatchesQtWhitespace();
    void caseMapping_data();
    void caseMapping();
    void fourDistinctValues_data();
    void fourDistinctValues();
    void bytesSurviveUnchanged();
    void malformedUtf8();
    void nonTextInputs();
    void longValuesShortenedInReasons();
    void truncate_data();
    void truncate();

    void concat_data();
    void concat();
    void constantAndDefault_data();
    void constantAndDefault();
    void map_data();
    void map();

    void lookup();
    void lookupsListed();
    void chains_data();
    void chains();
    void copiedChainSharedAcrossThreads();
    void availableTransformsAllCompile();
};

void TstTransforms::compileErrors_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<int>("sourceCount");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");

    auto row = [](const char* name, const char* spec, int sources, const char* path, const char* error) {
        QTest::newRow(name) << QByteArray(spec) << sources << QString::fromUtf8(path) << QString::fromUtf8(error);
    };
    row("typo with suggestion", R"([{"type": "uppercse"}])", 1, "transforms[0]",
        R"(unknown transform "uppercse" (did you mean "upper"?))");
    row("typo in second step", R"([{"type": "trim"}, {"type": "emial"}])", 1, "transforms[1]",
        R"(unknown transform "emial" (did you mean "email"?))");
    row("unknown, nothing close", R"([{"type": "frobnicate"}])", 1, "transforms[0]",
        R"(unknown transform "frobnicate")");
    row("no type", R"([{"region": "US"}])", 1, "transforms[0]", R"(the transform has no "type")");
    row("unknown param with suggestion", R"([{"type": "phone", "regon": "US"}])", 1, "transforms[0].regon",
        R"(unknown parameter "regon" for "phone" (did you mean "region"?))");
    row("param on parameterless", R"([{"type": "trim", "both": true}])", 1, "transforms[0].both",
        R"(unknown parameter "both": "trim" takes no parameters)");
    row("phone without region", R"([{"type": "phone"}])", 1, "transforms[0].region",
        R"("phone" needs the parameter "region")");
    row("phone unknown region", R"([{"type": "trim"}, {"type": "trim"}, {"type": "phone", "region": "XX"}])", 1,
        "transforms[2].region",
        R"("XX" is not a region libphonenumber knows (use a two-letter country code such as "US"))");
    row("phone region not text", R"([{"type": "phone", "region": 1}])", 1, "transforms[0].region",
        R"("region" must be text)");
    row("phone bad extension", R"([{"type": "phone", "region": "US", "extension": "strip"}])", 1,
        "transforms[0].extension", R"("extension" must be one of "reject", "drop", "keep")");
    row("truncate without length", R"([{"type": "truncate"}])", 1, "transforms[0].length",
        R"("truncate" needs the parameter "length")");
    row("truncate zero", R"([{"type": "truncate", "length": 0}])", 1, "transforms[0].length",
        R"("length" must be a whole number of at least 1)");
    row("truncate fraction", R"([{"type": "truncate", "length": 2.5}])", 1, "transforms[0].length",
        R"("length" must be a whole number of at least 1)");
    row("truncate text length", R"([{"type": "truncate", "length": "10"}])", 1, "transforms[0].length",
        R"("length" must be a whole number of at least 1)");
    row("split-name without part", R"([{"type": "split-name"}])", 1, "transforms[0].part",
        R"("split-name" needs the parameter "part")");
    row("split-name bad part", R"([{"type": "split-name", "part": "middle"}])", 1, "transforms[0].part",
        R"("part" must be one of "first", "last")");
    row("split-name bad ifMissing", R"([{"type": "split-name", "part": "last", "ifMissing": "skip"}])", 1,
        "transforms[0].ifMissing", R"("ifMissing" must be one of "reject", "null", "empty")");
    row("concat skipEmpty not bool", R"([{"type": "concat", "skipEmpty": "yes"}])", 2, "transforms[0].skipEmpty",
        R"("skipEmpty" must be true or false)");
    row("concat separator not text", R"([{"type": "concat", "separator": 1}])", 2, "transforms[0].separator",
        R"("separator" must be text)");
    row("constant without value", R"([{"type": "constant"}])", 0, "transforms[0].value",
        R"("constant" needs the parameter "value")");
    row("constant array", R"([{"type": "constant", "value": [1]}])", 0, "transforms[0].value",
        R"("value" must be text, a number, true, false or null)");
    row("default object", R"([{"type": "default", "value": {"a": 1}}])", 1, "transforms[0].value",
        R"("value" must be text, a number, true, false or null)");
    row("map without values", R"([{"type": "map"}])", 1, "transforms[0].values",
        R"("map" needs the parameter "values")");
    row("map values list", R"([{"type": "map", "values": ["A"]}])", 1, "transforms[0].values",
        R"("values" must be an object such as {"A": "active"})");
    row("map nested value", R"([{"type": "map", "values": {"A": "x", "B": {"c": 1}}}])", 1, "transforms[0].values.B",
        R"(the value for "B" must be text, a number, true, false or null)");
    row("map keys equal without case", R"([{"type": "map", "caseInsensitive": true, "values": {"a": 1, "A": 2}}])", 1,
        "transforms[0].values.a", R"("a" is listed twice (keys are compared without case))");
    row("map default array", R"([{"type": "map", "values": {}, "default": []}])", 1, "transforms[0].default",
        R"("default" must be text, a number, true, false or null)");
    row("parse-date without format", R"([{"type": "parse-date"}])", 1, "transforms[0].format",
        R"("parse-date" needs the parameter "format")");
    row("parse-date both", R"([{"type": "parse-date", "format": "yyyy", "formats": ["yyyy"]}])", 1,
        "transforms[0].formats", R"(give either "format" or "formats", not both)");
    row("parse-date empty formats", R"([{"type": "parse-date", "formats": []}])", 1, "transforms[0].formats",
        R"("formats" must be a list of one or more texts)");
    row("parse-date no year", R"([{"type": "parse-date", "format": "dd/MM"}])", 1, "transforms[0].format",
        R"(format "dd/MM": it has no year ("yyyy"))");
    row("parse-date no day", R"([{"type": "parse-date", "format": "MM/yyyy"}])", 1, "transforms[0].format",
        R"(format "MM/yyyy": it has no day ("dd"))");
    row("parse-date bad field", R"([{"type": "parse-date", "formats": ["dd/MM/yyyy", "ddddd MM yyyy"]}])", 1,
        "transforms[0].formats", R"(format "ddddd MM yyyy": "ddddd" is not a date or time field)");
    row("parse-date yyy", R"([{"type": "parse-date", "format": "dd/MM/yyy"}])", 1, "transforms[0].format",
        R"(format "dd/MM/yyy": "yyy" is not a date or time field)");
    row("parse-timestamp zone", R"([{"type": "parse-timestamp", "format": "yyyy-MM-dd HH:mm t"}])", 1,
        "transforms[0].format",
        R"(format "yyyy-MM-dd HH:mm t": time zones ("t") are not supported: Ferry keeps wall-clock time as written)");
    row("parse-date open quote", R"([{"type": "parse-date", "format": "dd/MM/yyyy 'at"}])", 1, "transforms[0].format",
        R"(format "dd/MM/yyyy 'at": a quote is not closed)");
    row("lookup without return", R"([{"type": "lookup", "table": "account", "match": "name"}])", 1,
        "transforms[0].return", R"("lookup" needs the parameter "return")");
    row("lookup empty table", R"([{"type": "lookup", "table": "", "match": "name", "return": "id"}])", 1,
        "transforms[0].table", R"("table" must not be empty)");
    row("two sources, no concat", R"([{"type": "trim"}])", 2, "transforms",
        R"(2 source columns must become one value: add a "concat" transform)");
    row("three sources, no transforms", R"([])", 3, "transforms",
        R"(3 source columns must become one value: add a "concat" transform)");
    row("no source, no constant", R"([])", 0, "transforms",
        R"(the field has no source column and no "constant" transform)");
    row("no source, trim first", R"([{"type": "trim"}, {"type": "constant", "value": 1}])", 0, "transforms[0]",
        R"("trim" has no value to work on: the field has no source column, so the chain must start with a "constant")");
}

void TstTransforms::compileErrors()
{
    QFETCH(QByteArray, spec);
    QFETCH(int, sourceCount);
    QFETCH(QString, path);
    QFETCH(QString, error);
    QString gotPath = QStringLiteral("unset"), gotError = QStringLiteral("unset");
    const auto chain = TransformChain::compile(specs(spec), sourceCount, &gotPath, &gotError);
    QVERIFY(!chain);
    QCOMPARE(gotPath, path);
    QCOMPARE(gotError, error);
}

void TstTransforms::chainShape()
{
    QString path, error;
    // Single-value transforms before the concat work on every source.
    auto chain = TransformChain::compile(specs(R"([{"type": "trim"}, {"type": "upper"}, {"type": "concat"}])"), 2,
                                         &path, &error);
    QVERIFY2(chain, qPrintable(error));
    QCOMPARE(chain->size(), 3);
    auto result = chain->apply({text("  ada "), text(" lovelace")}, nullptr);
    QCOMPARE(std::get<Value>(result), text("ADA LOVELACE"));

    // One source needs no concat, and an empty chain passes the value through untouched.
    chain = TransformChain::compile({}, 1, &path, &error);
    QVERIFY(chain);
    QCOMPARE(std::get<Value>(chain->apply({text(" as is ")}, nullptr)), text(" as is "));

    // Constant-only chain.
    chain = TransformChain::compile(specs(R"([{"type": "constant", "value": "web"}])"), 0, &path, &error);
    QVERIFY(chain);
    QCOMPARE(std::get<Value>(chain->apply({}, nullptr)), text("web"));
}

void TstTransforms::applyWrongInputCount()
{
    QString path, error;
    const auto chain = TransformChain::compile(specs(R"([{"type": "concat"}])"), 2, &path, &error);
    QVERIFY(chain);
    const auto result = chain->apply({text("a")}, nullptr);
    QCOMPARE(std::get<ferry::TransformFailure>(result).reason, QStringLiteral("expected 2 source values but got 1"));
}

void TstTransforms::trim_data()
{
    QTest::addColumn<Value>("input");
    QTest::addColumn<Value>("expected");
    QTest::newRow("ascii both ends") << text("  Ada  ") << text("Ada");
    QTest::newRow("tabs and newlines") << text("\t\r\n Ada\r\n") << text("Ada");
    QTest::newRow("inner space kept") << text(" Ada  Lovelace ") << text("Ada  Lovelace");
    QTest::newRow("no-break space") << text("\u00a0Ada\u00a0") << text("Ada");
    QTest::newRow("em and ideographic space") << text("\u2003\u3000Ada\u202f\u205f") << text("Ada");
    QTest::newRow("line separator, NEL") << text("\u2028\u0085Ada\u2029") << text("Ada");
    QTest::newRow("zero-width space is not space") << text("\u200bAda") << text("\u200bAda");
    QTest::newRow("emoji at the end") << text(" \xf0\x9f\x98\x80 ") << text("\xf0\x9f\x98\x80");
    QTest::newRow("accent at the end") << text("Zoe\xcc\x88 ") << text("Zoe\xcc\x88"); // e + U+0308
    // U+00E0 (c3 a0) ends in the same byte as NBSP's second byte: must not be taken for one.
    QTest::newRow("a-grave not a space") << text("voil\xc3\xa0") << text("voil\xc3\xa0");
    QTest::newRow("only spaces") << text(" \u00a0\t ") << text("");
    QTest::newRow("empty") << text("") << text("");
    QTest::newRow("NULL") << Value::null() << Value::null();
}

void TstTransforms::trim()
{
    QFETCH(Value, input);
    QFETCH(Value, expected);
    const Outcome r = run(R"([{"type": "trim"}])", {input});
    CHECK_OUTCOME(r, expected, QString());
}

void TstTransforms::trimMatchesQtWhitespace()
{
    // The byte-level trim must agree with QChar::isSpace on every BMP character at either end.
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const QString s = QString(QChar(c)) + QStringLiteral("x") + QString(QChar(c));
        const Outcome r = run(R"([{"type": "trim"}])", {Value::text(s)});
        QVERIFY(r.ok);
        if (r.value.bytes() != s.trimmed().toUtf8())
            QFAIL(qPrintable(QStringLiteral("U+%1 trimmed differently").arg(quint32(c), 4, 16, QLatin1Char('0'))));
    }
}

void TstTransforms::caseMapping_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<Value>("input");
    QTest::addColumn<Value>("expected");
    const QByteArray upper = R"([{"type": "upper"}])", lower = R"([{"type": "lower"}])",
                     title = R"([{"type": "title"}])";
    QTest::newRow("upper ascii") << upper << text("ada lovelace 3rd") << text("ADA LOVELACE 3RD");
    QTest::newRow("upper accents") << upper << text("émile zola") << text("ÉMILE ZOLA");
    QTest::newRow("upper sharp s") << upper << text("straße") << text("STRASSE");
    QTest::newRow("upper greek") << upper << text("αθήνα") << text("ΑΘΉΝΑ");
    QTest::newRow("upper already") << upper << text("ABC") << text("ABC");
    QTest::newRow("lower ascii") << lower << text("ADA Lovelace") << text("ada lovelace");
    QTest::newRow("lower accents") << lower << text("ÉMILE ÇA") << text("émile ça");
    QTest::newRow("lower cyrillic") << lower << text("МОСКВА") << text("москва");
    QTest::newRow("title apostrophe") << title << text("o'neil") << text("O'Neil");
    QTest::newRow("title apostrophe upper") << title << text("O'NEIL") << text("O'Neil");
    QTest::newRow("title typographic apostrophe") << title << text("d\u2019artagnan") << text("D\u2019Artagnan");
    QTest::newRow("title possessive") << title << text("mary's cafe") << text("Mary's Cafe");
    QTest::newRow("title hyphen") << title << text("jean-luc picard") << text("Jean-Luc Picard");
    QTest::newRow("title accents") << title << text("ÉMILE ZOLA") << text("Émile Zola");
    QTest::newRow("title decomposed accent") << title << text("E\xcc\x81MILE") << text("E\xcc\x81mile");
    QTest::newRow("title digits") << title << text("3RD AVENUE") << text("3rd Avenue");
    QTest::newRow("title mixed") << title << text("mCdONALD") << text("Mcdonald");
    QTest::newRow("title greek") << title << text("ΑΘΉΝΑ") << text("Αθήνα");
    QTest::newRow("title spaces kept") << title << text("  ada   lovelace ") << text("  Ada   Lovelace ");
    QTest::newRow("title empty") << title << text("") << text("");
}

void TstTransforms::caseMapping()
{
    QFETCH(QByteArray, spec);
    QFETCH(Value, input);
    QFETCH(Value, expected);
    const Outcome r = run(spec, {input});
    CHECK_OUTCOME(r, expected, QString());
}

void TstTransforms::fourDistinctValues_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<Value>("fromNull");
    QTest::addColumn<Value>("fromEmpty");
    QTest::addColumn<Value>("fromNullText");
    QTest::addColumn<Value>("fromSpace");
    QTest::newRow("upper") << QByteArray(R"([{"type": "upper"}])") << Value::null() << text("") << text("NULL")
                           << text(" ");
    QTest::newRow("lower") << QByteArray(R"([{"type": "lower"}])") << Value::null() << text("") << text("null")
                           << text(" ");
    QTest::newRow("title") << QByteArray(R"([{"type": "title"}])") << Value::null() << text("") << text("Null")
                           << text(" ");
    QTest::newRow("truncate") << QByteArray(R"([{"type": "truncate", "length": 3}])") << Value::null() << text("")
                              << text("NUL") << text(" ");
    QTest::newRow("concat") << QByteArray(R"([{"type": "concat"}])") << Value::null() << text("") << text("NULL")
                            << text(" ");
    QTest::newRow("map with default") << QByteArray(R"([{"type": "map", "values": {"x": 1}, "default": "?"}])")
                                      << Value::null() << text("?") << text("?") << text("?");
    QTest::newRow("default") << QByteArray(R"([{"type": "default", "value": "n/a"}])") << text("n/a") << text("n/a")
                             << text("NULL") << text(" ");
    // trim is the one transform that may turn ' ' into '', by definition; it never makes a NULL.
    QTest::newRow("trim") << QByteArray(R"([{"type": "trim"}])") << Value::null() << text("") << text("NULL")
                          << text("");
}

void TstTransforms::fourDistinctValues()
{
    QFETCH(QByteArray, spec);
    QFETCH(Value, fromNull);
    QFETCH(Value, fromEmpty);
    QFETCH(Value, fromNullText);
    QFETCH(Value, fromSpace);
    QCOMPARE(run(spec, {Value::null()}).value, fromNull);
    QCOMPARE(run(spec, {text("")}).value, fromEmpty);
    QCOMPARE(run(spec, {text("NULL")}).value, fromNullText);
    QCOMPARE(run(spec, {text(" ")}).value, fromSpace);
    QVERIFY(Value::null() != text("")); // the distinction the rows above rely on
}

void TstTransforms::bytesSurviveUnchanged()
{
    // Emoji (4-byte, ZWJ sequences, skin tones), NFC and NFD accents, CJK: byte-identical.
    const QByteArray family = "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7";
    const QByteArray thumbs = "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd";
    const QByteArray zoeNfd = "Zoe\xcc\x88";
    const QByteArray zoeNfc = "Zo\xc3\xab";
    const QByteArray cjk = "\xe5\xbc\xa0\xe4\xbc\x9f";
    const QByteArray all = family + ' ' + thumbs + ' ' + zoeNfd + ' ' + zoeNfc + ' ' + cjk;

    Outcome r = run(R"([{"type": "trim"}])", {Value::text(" \u00a0" + all + "\t")});
    QVERIFY(r.ok);
    QCOMPARE(r.value.bytes(), all);

    r = run(R"([{"type": "title"}])", {Value::text(all)});
    QVERIFY(r.ok);
    QCOMPARE(r.value.bytes(), all); // every word already starts with a capital or a non-letter

    r = run(R"([{"type": "title"}])", {Value::text("zo\xc3\xab " + family)});
    QCOMPARE(r.value.bytes(), "Zo\xc3\xab " + family);

    r = run(R"([{"type": "concat", "separator": " )"
            "\xe2\x80\xa2"
            R"( "}])",
            {Value::text(family), Value::text(zoeNfd), Value::text(cjk)});
    QCOMPARE(r.value.bytes(), family + " \xe2\x80\xa2 " + zoeNfd + " \xe2\x80\xa2 " + cjk);

    r = run(R"([{"type": "upper"}])", {Value::text(thumbs + "ok")});
    QCOMPARE(r.value.bytes(), thumbs + "OK");

    // A leading byte-order mark is not white space and survives decoding (QString::fromUtf8 drops it).
    const QByteArray bom = "\xef\xbb\xbf";
    QCOMPARE(run(R"([{"type": "trim"}])", {Value::text(bom + "x ")}).value.bytes(), bom + "x");
    QCOMPARE(run(R"([{"type": "upper"}])", {Value::text(bom + "\xc3\xa9")}).value.bytes(), bom + "\xc3\x89");
    QCOMPARE(run(R"([{"type": "title"}])", {Value::text(bom + "\xc3\xa9mile")}).value.bytes(), bom + "\xc3\x89mile");
    QCOMPARE(run(R"([{"type": "split-name", "part": "first"}])", {Value::text(bom + "Zo\xc3\xab Doe")}).value.bytes(),
             bom + "Zo\xc3\xab");
}

void TstTransforms::malformedUtf8()
{
    const QByteArray bad = "caf\xe9"; // Latin-1 byte in a text value
    Outcome r = run(R"([{"type": "upper"}])", {Value::text(bad)});
    QVERIFY(!r.ok);
    QCOMPARE(r.reason, QStringLiteral("\"caf\ufffd\" is not valid UTF-8 text"));
    r = run(R"([{"type": "title"}])", {Value::text(bad)});
    QVERIFY(!r.ok);
    // trim and concat never decode, so the bytes pass untouched.
    r = run(R"([{"type": "trim"}])", {Value::text(" " + bad + " ")});
    QCOMPARE(r.value.bytes(), bad);
    r = run(R"([{"type": "concat", "separator": "-"}])", {Value::text(bad), text("x")});
    QCOMPARE(r.value.bytes(), bad + "-x");
}

void TstTransforms::nonTextInputs()
{
    QCOMPARE(run(R"([{"type": "trim"}])", {Value::integer(-42)}).value, text("-42"));
    QCOMPARE(run(R"([{"type": "upper"}])", {Value::boolean(true)}).value, text("TRUE"));
    QCOMPARE(run(R"([{"type": "concat", "separator": " / "}])",
                 {Value::decimal("-1.50"), Value::date(QDate(2024, 1, 2)), Value::timestamp(QDate(2024, 1, 2), 1)})
                 .value,
             text("-1.50 / 2024-01-02 / 2024-01-02 00:00:00.000001"));
    QCOMPARE(run(R"([{"type": "truncate", "length": 4}])", {Value::date(QDate(2024, 1, 2))}).value, text("2024"));
}

void TstTransforms::longValuesShortenedInReasons()
{
    // Reasons land in reject files and the issues table: a 500-character value is cut to 80.
    const QByteArray longValue = QByteArray(79, 'a') + "\xf0\x9f\x98\x80" + QByteArray(420, 'b');
    const Outcome r = run(R"([{"type": "map", "values": {}}])", {Value::text(longValue)});
    QVERIFY(!r.ok);
    // 79 letters, then the emoji would straddle the limit: it is left out whole, never split.
    QCOMPARE(r.reason, QStringLiteral("no mapping for \"%1\u2026\"").arg(QString(79, QLatin1Char('a'))));
    const Outcome shortOne = run(R"([{"type": "map", "values": {}}])", {Value::text(QByteArray(80, 'c'))});
    QCOMPARE(shortOne.reason, QStringLiteral("no mapping for \"%1\"").arg(QString(80, QLatin1Char('c'))));
}

void TstTransforms::truncate_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<Value>("input");
    QTest::addColumn<Value>("expected");
    QTest::newRow("ascii") << 3 << text("abcdef") << text("abc");
    QTest::newRow("shorter") << 10 << text("abc") << text("abc");
    QTest::newRow("exact") << 3 << text("abc") << text("abc");
    QTest::newRow("two-byte") << 2 << text("\xc3\xa9\xc3\xa9\xc3\xa9") << text("\xc3\xa9\xc3\xa9");
    QTest::newRow("cjk") << 1 << text("\xe5\xbc\xa0\xe4\xbc\x9f") << text("\xe5\xbc\xa0");
    QTest::newRow("emoji never split") << 2 << text("\xf0\x9f\x98\x80\xf0\x9f\x98\x81\xf0\x9f\x98\x82")
                                       << text("\xf0\x9f\x98\x80\xf0\x9f\x98\x81");
    QTest::newRow("emoji after ascii") << 2 << text("a\xf0\x9f\x98\x80z") << text("a\xf0\x9f\x98\x80");
    QTest::newRow("bytes above limit, code points not")
        << 3 << text("\xf0\x9f\x98\x80\xf0\x9f\x98\x81") << text("\xf0\x9f\x98\x80\xf0\x9f\x98\x81");
    // Code points, as documented: a combining accent counts on its own.
    QTest::newRow("combining mark counts") << 1 << text("e\xcc\x81") << text("e");
    QTest::newRow("empty") << 1 << text("") << text("");
    QTest::newRow("NULL") << 1 << Value::null() << Value::null();
}

void TstTransforms::truncate()
{
    QFETCH(int, length);
    QFETCH(Value, input);
    QFETCH(Value, expected);
    const Outcome r = run(QStringLiteral(R"([{"type": "truncate", "length": %1}])").arg(length).toUtf8(), {input});
    CHECK_OUTCOME(r, expected, QString());
}

void TstTransforms::concat_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<std::vector<Value>>("inputs");
    QTest::addColumn<Value>("expected");
    const QByteArray plain = R"([{"type": "concat"}])";
    QTest::newRow("space default") << plain << std::vector<Value>{text("Ada"), text("Lovelace")}
                                   << text("Ada Lovelace");
    QTest::newRow("NULL skipped") << plain << std::vector<Value>{text("Ada"), Value::null(), text("Lovelace")}
                                  << text("Ada Lovelace");
    QTest::newRow("empty skipped") << plain << std::vector<Value>{text("Ada"), text(""), text("Lovelace")}
                                   << text("Ada Lovelace");
    QTest::newRow("space element kept") << plain << std::vector<Value>{text("a"), text(" "), text("b")}
                                        << text("a   b");
    QTest::newRow("all NULL is NULL") << plain << std::vector<Value>{Value::null(), Value::null()} << Value::null();
    QTest::newRow("all empty is empty") << plain << std::vector<Value>{text(""), text("")} << text("");
    QTest::newRow("NULL and empty is empty") << plain << std::vector<Value>{Value::null(), text("")} << text("");
    QTest::newRow("keep empty") << QByteArray(R"([{"type": "concat", "separator": ",", "skipEmpty": false}])")
                                << std::vector<Value>{text("a"), text(""), Value::null(), text("b")} << text("a,,b");
    QTest::newRow("empty separator") << QByteArray(R"([{"type": "concat", "separator": ""}])")
                                     << std::vector<Value>{text("a"), text("b")} << text("ab");
    QTest::newRow("single source") << plain << std::vector<Value>{text(" x ")} << text(" x ");
    QTest::newRow("numbers") << QByteArray(R"([{"type": "concat", "separator": "-"}])")
                             << std::vector<Value>{Value::integer(2024), Value::integer(7)} << text("2024-7");
}

void TstTransforms::concat()
{
    QFETCH(QByteArray, spec);
    QFETCH(std::vector<Value>, inputs);
    QFETCH(Value, expected);
    const Outcome r = run(spec, inputs);
    CHECK_OUTCOME(r, expected, QString());
}

void TstTransforms::constantAndDefault_data()
{
    QTest::addColumn<QByteArray>("json"); // the "value" as written in the project file
    QTest::addColumn<Value>("expected");
    QTest::newRow("string") << QByteArray(R"("web")") << text("web");
    QTest::newRow("empty string") << QByteArray(R"("")") << text("");
    QTest::newRow("string NULL") << QByteArray(R"("NULL")") << text("NULL");
    QTest::newRow("integer") << QByteArray("42") << Value::integer(42);
    QTest::newRow("negative integer") << QByteArray("-7") << Value::integer(-7);
    QTest::newRow("big integer exact") << QByteArray("9007199254740993") << Value::integer(9007199254740993LL);
    QTest::newRow("decimal") << QByteArray("19.99") << Value::decimal("19.99");
    QTest::newRow("small decimal") << QByteArray("0.1") << Value::decimal("0.1");
    QTest::newRow("negative decimal") << QByteArray("-1234.5678") << Value::decimal("-1234.5678");
    QTest::newRow("exponent") << QByteArray("1.5e-7") << Value::decimal("0.00000015");
    QTest::newRow("true") << QByteArray("true") << Value::boolean(true);
    QTest::newRow("false") << QByteArray("false") << Value::boolean(false);
    QTest::newRow("null") << QByteArray("null") << Value::null();
}

void TstTransforms::constantAndDefault()
{
    QFETCH(QByteArray, json);
    QFETCH(Value, expected);
    Outcome r = run(R"([{"type": "constant", "value": )" + json + "}]", {});
    CHECK_OUTCOME(r, expected, QString());

    const QByteArray dflt = R"([{"type": "default", "value": )" + json + "}]";
    r = run(dflt, {Value::null()});
    CHECK_OUTCOME(r, expected, QString());
    r = run(dflt, {text("")});
    CHECK_OUTCOME(r, expected, QString());
    QCOMPARE(run(dflt, {text(" ")}).value, text(" "));
    QCOMPARE(run(dflt, {Value::integer(0)}).value, Value::integer(0));
}

void TstTransforms::map_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<Value>("input");
    QTest::addColumn<Value>("expected");
    QTest::addColumn<QString>("reason");
    const QByteArray status =
        R"([{"type": "map", "values": {"A": "active", "I": "inactive", "X": null, "1": true,
                                   "P": 2, "Été": "summer"}}])";
    QTest::newRow("mapped") << status << text("A") << text("active") << QString();
    QTest::newRow("to null") << status << text("X") << Value::null() << QString();
    QTest::newRow("to bool") << status << text("1") << Value::boolean(true) << QString();
    QTest::newRow("integer key") << status << Value::integer(1) << Value::boolean(true) << QString();
    QTest::newRow("to number") << status << text("P") << Value::integer(2) << QString();
    QTest::newRow("accented key") << status << text("Été") << text("summer") << QString();
    QTest::newRow("case matters") << status << text("a") << Value() << QStringLiteral("no mapping for \"a\"");
    QTest::newRow("spaces matter") << status << text(" A") << Value() << QStringLiteral("no mapping for \" A\"");
    QTest::newRow("unmapped") << status << text("Z") << Value() << QStringLiteral("no mapping for \"Z\"");
    QTest::newRow("empty unmapped") << status << text("") << Value() << QStringLiteral("no mapping for \"\"");
    QTest::newRow("NULL stays") << status << Value::null() << Value::null() << QString();
    const QByteArray loose =
        R"([{"type": "map", "caseInsensitive": true, "trim": true, "default": "other",
             "values": {"Active": 1, "ÉTÉ": 2}}])";
    QTest::newRow("case-insensitive") << loose << text("ACTIVE") << Value::integer(1) << QString();
    QTest::newRow("trimmed") << loose << text("\u00a0active  ") << Value::integer(1) << QString();
    QTest::newRow("case-insensitive accents") << loose << text("été") << Value::integer(2) << QString();
    QTest::newRow("default") << loose << text("paused") << text("other") << QString();
    QTest::newRow("default for empty") << loose << text("") << text("other") << QString();
    QTest::newRow("default null") << QByteArray(R"([{"type": "map", "values": {"a": "b"}, "default": null}])")
                                  << text("zzz") << Value::null() << QString();
}

void TstTransforms::map()
{
    QFETCH(QByteArray, spec);
    QFETCH(Value, input);
    QFETCH(Value, expected);
    QFETCH(QString, reason);
    const Outcome r = run(spec, {input});
    CHECK_OUTCOME(r, expected, reason);
}

void TstTransforms::lookup()
{
    FakeLookups lookups;
    const QByteArray spec =
        R"([{"type": "trim"}, {"type": "lookup", "table": "account", "match": "name", "return": "id"}])";
    Outcome r = run(spec, {text(" Acme Corp ")}, &lookups);
    QVERIFY2(r.ok, qPrintable(r.reason));
    QCOMPARE(r.value, Value::integer(17));
    QCOMPARE(lookups.lastSpec,
             (ferry::LookupSpec{QStringLiteral("account"), QStringLiteral("name"), QStringLiteral("id"), true}));

    r = run(spec, {text("Acme")}, &lookups);
    QVERIFY(!r.ok);
    QCOMPARE(r.reason, QStringLiteral("no account with name \"Acme\""));

    const int calls = lookups.calls;
    r = run(spec, {Value::null()}, &lookups);
    QVERIFY(r.ok);
    QCOMPARE(r.value, Value::null());
    QCOMPARE(lookups.calls, calls); // NULL is never looked up

    // Ambiguous: the source's Error becomes this row's reason.
    r = run(spec, {text("Twins")}, &lookups);
    QVERIFY(!r.ok);
    QCOMPARE(r.reason, QStringLiteral("2 rows of account have name \"Twins\""));

    // A database failure is not a row problem: it reaches the engine.
    QVERIFY_THROWS_EXCEPTION(ferry::DbError, run(spec, {text("dberror")}, &lookups));

    // Case sensitivity is passed on to the source.
    r = run(R"([{"type": "lookup", "table": "account", "match": "name", "return": "id", "caseInsensitive": false}])",
            {text("acme corp")}, &lookups);
    QVERIFY(r.ok);
    QCOMPARE(lookups.lastSpec.caseInsensitive, false);
    r = run(R"([{"type": "lookup", "table": "account", "match": "name", "return": "id", "caseInsensitive": false}])",
            {text("ACME CORP")}, &lookups);
    QCOMPARE(r.reason, QStringLiteral("no account with name \"ACME CORP\""));

    // Without a source the row is rejected, not crashed.
    r = run(spec, {text("Acme")}, nullptr);
    QCOMPARE(r.reason, QStringLiteral("lookups in account are not available"));
}

void TstTransforms::lookupsListed()
{
    QString path, error;
    const auto chain =
        TransformChain::compile(specs(R"([{"type": "lookup", "table": "account", "match": "name", "return": "id"},
                  {"type": "lookup", "table": "region", "match": "code", "return": "id", "caseInsensitive": false},
                  {"type": "lookup", "table": "account", "match": "name", "return": "id"},
                  {"type": "concat"}])"),
                                2, &path, &error);
    QVERIFY2(chain, qPrintable(error));
    const QList<ferry::LookupSpec> expected = {
        {QStringLiteral("account"), QStringLiteral("name"), QStringLiteral("id"), true},
        {QStringLiteral("region"), QStringLiteral("code"), QStringLiteral("id"), false},
    };
    QCOMPARE(chain->lookups(), expected);
    const auto none = TransformChain::compile(specs(R"([{"type": "trim"}])"), 1, &path, &error);
    QVERIFY(none->lookups().isEmpty());
}

void TstTransforms::chains_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<std::vector<Value>>("inputs");
    QTest::addColumn<Value>("expected");
    QTest::addColumn<QString>("reason");
    QTest::newRow("trim then email") << QByteArray(R"([{"type": "trim"}, {"type": "email"}])")
                                     << std::vector<Value>{text("\u00a0Jane.Doe@Example.COM ")}
                                     << text("jane.doe@example.com") << QString();
    QTest::newRow("trim then email rejects")
        << QByteArray(R"([{"type": "trim"}, {"type": "email"}])") << std::vector<Value>{text(" jane.doe@ ")} << Value()
        << QStringLiteral("\"jane.doe@\" is not a valid email address");
    QTest::newRow("names joined then titled")
        << QByteArray(R"([{"type": "trim"}, {"type": "concat"}, {"type": "title"}])")
        << std::vector<Value>{text(" JEAN-LUC "), text("o'neil")} << text("Jean-Luc O'Neil") << QString();
    QTest::newRow("address lines joined")
        << QByteArray(R"([{"type": "concat", "separator": ", "}, {"type": "truncate", "length": 12}])")
        << std::vector<Value>{text("1 Main St"), Value::null(), text("Springfield")} << text("1 Main St, S")
        << QString();
    QTest::newRow("default then date") << QByteArray(R"([{"type": "default", "value": "01/01/1970"},
                                                         {"type": "parse-date", "format": "dd/MM/yyyy"}])")
                                       << std::vector<Value>{text("")} << Value::date(QDate(1970, 1, 1)) << QString();
    QTest::newRow("constant then upper") << QByteArray(R"([{"type": "constant", "value": "web"}, {"type": "upper"}])")
                                         << std::vector<Value>{} << text("WEB") << QString();
    QTest::newRow("default null passes NULL on")
        << QByteArray(R"([{"type": "default", "value": null}, {"type": "phone", "region": "US"}])")
        << std::vector<Value>{text("")} << Value::null() << QString();
    QTest::newRow("first failure wins") << QByteArray(R"([{"type": "email"}, {"type": "concat"}])")
                                        << std::vector<Value>{text("a@b.co"), text("nope"), text("also nope")}
                                        << Value() << QStringLiteral("\"nope\" is not a valid email address");
}

void TstTransforms::chains()
{
    QFETCH(QByteArray, spec);
    QFETCH(std::vector<Value>, inputs);
    QFETCH(Value, expected);
    QFETCH(QString, reason);
    const Outcome r = run(spec, inputs);
    CHECK_OUTCOME(r, expected, reason);
}

void TstTransforms::copiedChainSharedAcrossThreads()
{
    QString path, error;
    std::optional<TransformChain> compiled =
        TransformChain::compile(specs(R"([{"type": "trim"}, {"type": "map", "caseInsensitive": true,
                   "values": {"home": "(201) 555-0123", "ÉTÉ": "+44 20 7946 0958", "work": "201.555.0199"}},
                  {"type": "phone", "region": "US"}, {"type": "concat", "separator": " / "}])"),
                                2, &path, &error);
    QVERIFY2(compiled, qPrintable(error));
    const TransformChain copy = *compiled; // copies share the immutable compiled steps
    compiled.reset();

    std::atomic<int> wrong{0};
    auto work = [&copy, &wrong](int seed) {
        for (int i = 0; i < 3000; ++i) {
            const bool flip = (i + seed) % 2;
            const auto result = copy.apply({text(flip ? " HOME " : "été"), text("Work")}, nullptr);
            const Value* v = std::get_if<Value>(&result);
            const QByteArray expected = flip ? "+12015550123 / +12015550199" : "+442079460958 / +12015550199";
            if (!v || v->bytes() != expected)
                ++wrong;
        }
    };
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back(work, t);
    for (auto& t : threads)
        t.join();
    QCOMPARE(wrong.load(), 0);
}

void TstTransforms::availableTransformsAllCompile()
{
    const QList<ferry::TransformInfo> infos = ferry::availableTransforms();
    QStringList types;
    for (const auto& info : infos) {
        types << info.type;
        QVERIFY2(!info.label.isEmpty() && !info.description.isEmpty(), qPrintable(info.type));
    }
    QCOMPARE(types,
             (QStringList{QStringLiteral("trim"), QStringLiteral("upper"), QStringLiteral("lower"),
                          QStringLiteral("title"), QStringLiteral("email"), QStringLiteral("phone"),
                          QStringLiteral("split-name"), QStringLiteral("concat"), QStringLiteral("constant"),
                          QStringLiteral("default"), QStringLiteral("parse-date"), QStringLiteral("parse-timestamp"),
                          QStringLiteral("map"), QStringLiteral("lookup"), QStringLiteral("truncate")}));
    const auto phone =
        std::find_if(infos.cbegin(), infos.cend(), [](const auto& i) { return i.type == QLatin1String("phone"); });
    QCOMPARE(phone->params, (QStringList{QStringLiteral("region"), QStringLiteral("extension")}));
    const auto map =
        std::find_if(infos.cbegin(), infos.cend(), [](const auto& i) { return i.type == QLatin1String("map"); });
    QCOMPARE(map->params, (QStringList{QStringLiteral("values"), QStringLiteral("default"),
                                       QStringLiteral("caseInsensitive"), QStringLiteral("trim")}));
}

QTEST_GUILESS_MAIN(TstTransforms)
#include "tst_transforms.moc"
