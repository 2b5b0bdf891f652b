// The run folder's record of what happened to source rows, read back as verification reads it: values
// survive the file exactly (every kind, commas, quotes, new lines), rejects and duplicate decisions are
// matched to their source rows, identical rows take their entries in turn, and a damaged file is named
// with its line.
#include "core/csv.h"
#include "engine/row_preparer.h"
#include "engine/run_ledger.h"
#include "engine/run_output.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

Row everyKind()
{
    return {Value(),
            Value::text(QStringLiteral("Zoë, \"the\" one\nsecond line 😀")),
            Value::integer(-9007199254740993LL),
            Value::decimal("-123.4500"),
            Value::real(0.1),
            Value::boolean(true),
            Value::boolean(false),
            Value::date(QDate(1, 1, 1)),
            Value::time(86399999999LL),
            Value::timestamp(QDate(2024, 2, 29), 45296000001LL),
            Value::binary(QByteArray("\x00\xff,\n", 4)),
            Value::text(QString())};
}

TablePlan keyedPlan()
{
    TablePlan plan;
    plan.target.name = QStringLiteral("person");
    plan.sourceKeyIndex = 0;
    return plan;
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestRunLedger : public QObject {
    Q_OBJECT
private slots:
    void rowsSurviveTheirTextExactly()
    {
        const Row row = everyKind();
        const std::optional<Row> back = decodeRow(encodeRow(row));
        QVERIFY(back.has_value());
        QCOMPARE(back->size(), row.size());
        for (size_t i = 0; i < row.size(); ++i) {
            QCOMPARE((*back)[i].kind(), row[i].kind());
            QVERIFY2((*back)[i] == row[i], qPrintable(row[i].display()));
        }
        QVERIFY((*back)[1].kind() == Value::Kind::Text); // an empty text is not NULL
        QVERIFY((*back)[0].isNull());
    }

    void malformedRowsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not json") << QStringLiteral("[\"text\"");
        QTest::newRow("object") << QStringLiteral("{}");
        QTest::newRow("unknown kind") << QStringLiteral("[[\"money\",\"12\"]]");
        QTest::newRow("bad integer") << QStringLiteral("[[\"integer\",\"12x\"]]");
        QTest::newRow("bad decimal") << QStringLiteral("[[\"decimal\",\"1.2.3\"]]");
        QTest::newRow("bad date") << QStringLiteral("[[\"date\",\"2024-02-30\"]]");
        QTest::newRow("timestamp without time") << QStringLiteral("[[\"timestamp\",\"2024-02-01\"]]");
        QTest::newRow("bad boolean") << QStringLiteral("[[\"boolean\",\"yes\"]]");
    }
    void malformedRowsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!decodeRow(text).has_value());
    }

    void decisionsAndRejectsComeBackFromTheRunFolder()
    {
        QTemporaryDir tmp;
        const TablePlan plan = keyedPlan();
        const Row ann{Value::integer(1), Value::text(QStringLiteral("Ann, \"A\" Lee"))};
        const Row ann2{Value::integer(3), Value::text(QStringLiteral("ann lee"))};
        const Row bob{Value::integer(2), Value::text(QStringLiteral("Bob"))};
        const Row twin{Value::integer(7), Value::text(QStringLiteral("Twin"))};
        const Row merged{Value::integer(1), Value::text(QStringLiteral("Ann Lee")), Value::text(QStringLiteral("555"))};
        QString dir;
        {
            RunOutput out(tmp.path(), false);
            dir = out.directory();
            out.duplicateDecision(QStringLiteral("Person"), sourceKeyText(plan, ann), sourceValuesText(ann), &merged,
                                  QStringLiteral("same e-mail | same name"));
            out.duplicateDecision(QStringLiteral("person"), sourceKeyText(plan, ann2), sourceValuesText(ann2), nullptr,
                                  QStringLiteral("same e-mail"));
            // Two identical source rows: the first was written as it was, the second skipped.
            out.duplicateDecision(QStringLiteral("person"), sourceKeyText(plan, twin), sourceValuesText(twin), nullptr,
                                  QStringLiteral("same e-mail"));
            RejectRecord r = RowPreparer::makeReject(plan, bob, QStringLiteral("name"), QStringLiteral("too long"), {});
            out.reject(r);
        }
        RunLedger ledger;
        QString error;
        QVERIFY2(ledger.load(dir, &error), qPrintable(error));
        QVERIFY(ledger.dedupeFile().endsWith(QLatin1String("dedupe.csv")));
        TableLedger t = ledger.table(QStringLiteral("PERSON"));

        Row values{Value::integer(1), Value::text(QStringLiteral("Ann, \"A\" Lee"))};
        QCOMPARE(t.take(plan, ann, &values), TableLedger::Outcome::Rewritten);
        QVERIFY(values == merged);
        QCOMPARE(t.take(plan, ann, &values), TableLedger::Outcome::Expected); // consumed
        QCOMPARE(t.take(plan, ann2, &values), TableLedger::Outcome::Skipped);
        QCOMPARE(t.take(plan, bob, &values), TableLedger::Outcome::Rejected);
        QCOMPARE(t.take(plan, bob, &values), TableLedger::Outcome::Expected);
        QCOMPARE(t.take(plan, twin, &values), TableLedger::Outcome::Skipped);
        QCOMPARE(t.take(plan, twin, &values), TableLedger::Outcome::Expected);
        // Same key, other values: not the row the entry was written for.
        const Row bobChanged{Value::integer(2), Value::text(QStringLiteral("Robert"))};
        TableLedger fresh = ledger.table(QStringLiteral("person"));
        QCOMPARE(fresh.take(plan, bobChanged, &values), TableLedger::Outcome::Expected);
        QCOMPARE(ledger.table(QStringLiteral("other")).take(plan, bob, &values), TableLedger::Outcome::Expected);
    }

    void aDecisionFileWithoutRulesStillLoads()
    {
        // Run folders written before dedupe.csv had its "rules" column: verify still reads them.
        QTemporaryDir tmp;
        QFile f(QDir(tmp.path()).filePath(QStringLiteral("dedupe.csv")));
        const Row ann2{Value::integer(3), Value::text(QStringLiteral("ann lee"))};
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("table,source_key,decision,source_values,written_values\n");
        f.write(csv::line({QStringLiteral("person"), QStringLiteral("3"), QStringLiteral("skipped"),
                           sourceValuesText(ann2), QString()})
                    .toUtf8());
        f.close();
        RunLedger ledger;
        QString error;
        QVERIFY2(ledger.load(tmp.path(), &error), qPrintable(error));
        Row values;
        QCOMPARE(ledger.table(QStringLiteral("person")).take(keyedPlan(), ann2, &values),
                 TableLedger::Outcome::Skipped);
    }

    void aFolderWithoutFilesIsEmpty()
    {
        QTemporaryDir tmp;
        RunLedger ledger;
        QString error;
        QVERIFY(ledger.load(tmp.path(), &error));
        QVERIFY(ledger.rejectsFile().isEmpty());
        QVERIFY(ledger.dedupeFile().isEmpty());
    }

    void aDamagedDecisionFileIsNamedWithItsLine()
    {
        QTemporaryDir tmp;
        writeFile(QDir(tmp.path()).filePath(QStringLiteral("dedupe.csv")),
                  "table,source_key,decision,source_values,written_values\n"
                  "person,3,skipped,\"3 | \"\"multi\nline\"\"\",\n"
                  "person,1,written,\"1 | \"\"Ann\"\"\",\"[[\"\"integer\"\",\"\"1\"\"],[\"\"text\"\"]]\"\n");
        RunLedger ledger;
        QString error;
        QVERIFY(!ledger.load(tmp.path(), &error));
        QVERIFY2(error.contains(QLatin1String("dedupe.csv, line 4")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("not a decision a run writes")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRunLedger)
#include "tst_run_ledger.moc"
