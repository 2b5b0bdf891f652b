// The dry-run report: the HTML page (sections, charts, escaping, cut lists, masking) and its CSV files
// (headers, row counts, RFC 4180 quoting, formula guard), from a hand-made summary.
#include "common/csv.h"
#include "report/report_csv.h"
#include "report/report_html.h"
#include "report/run_report.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace ferry;

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
// A company name with a comma, a quote and a newline: the hardest CSV cell.
const QString kCompany = QStringLiteral("Acme, \"Best\"\nLtd");

TableCounts counts(const char* source, const char* target, qint64 inserted, qint64 rejected, qint64 duplicates,
                   qint64 mismatches)
{
    TableCounts t;
    t.source = QString::fromLatin1(source);
    t.target = QString::fromLatin1(target);
    t.read = inserted + rejected;
    t.inserted = inserted;
    t.rejected = rejected;
    t.duplicates = duplicates;
    t.mismatches = mismatches;
    t.completed = true;
    return t;
}

MismatchRecord mismatch(int table, const char* key, const char* column, MismatchKind kind, Risk risk,
                        const QString& before, const QString& after)
{
    MismatchRecord m;
    m.tableIndex = table;
    m.table = table == 0 ? QStringLiteral("contact") : QStringLiteral("account");
    m.sourceKey = QString::fromLatin1(key);
    m.column = QString::fromLatin1(column);
    m.kind = kind;
    m.risk = risk;
    m.before = before;
    m.after = after;
    m.reason = QStringLiteral("reason of %1").arg(m.column);
    return m;
}

RunSummary sample()
{
    RunSummary s;
    s.dryRun = true;
    s.tables << counts("contacts", "contact", 7940, 60, 2, 2) << counts("accounts", "account", 397, 3, 0, 1);
    s.sourceColumns << QStringList{QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("email"),
                                   QStringLiteral("phone"), QStringLiteral("notes")}
                    << QStringList{QStringLiteral("id"), QStringLiteral("company"), QStringLiteral("revenue")};

    RejectRecord r;
    r.tableIndex = 0;
    r.table = QStringLiteral("contact");
    r.sourceKey = QStringLiteral("17");
    r.column = QStringLiteral("email");
    r.reason = QStringLiteral("value too long: \"jane.doe@example.com\"");
    r.values = {QStringLiteral("17"), QStringLiteral("\"Jane\""), QStringLiteral("\"jane.doe@example.com\""),
                QStringLiteral("\"+1 555 010 2014\""), QLatin1Char('"') + kScript + QLatin1Char('"')};
    r.cells = {2};
    s.rejects << r;
    RejectRecord a;
    a.tableIndex = 1;
    a.table = QStringLiteral("account");
    a.sourceKey = QStringLiteral("=2+3"); // a formula where a key should be
    a.column = QStringLiteral("revenue");
    a.reason = QStringLiteral("numeric field overflow");
    a.sqlState = QStringLiteral("22003");
    a.values = {QStringLiteral("9"), QLatin1Char('"') + kCompany + QLatin1Char('"'), QStringLiteral("1e40")};
    a.cells = {2};
    s.rejects << a;

    s.mismatches << mismatch(0, "17", "first_name", MismatchKind::Truncation, Risk::MayLose,
                             QStringLiteral("\"Janet Marie\""), QStringLiteral("\"Janet\""))
                 << mismatch(1, "-5", "revenue", MismatchKind::Rounding, Risk::MayLose, QStringLiteral("12.345"),
                             QStringLiteral("12.35"))
                 << mismatch(0, "@SUM(A1)", "notes", MismatchKind::Encoding, Risk::WillFail,
                             QLatin1Char('"') + kScript + QStringLiteral(" \u2603\""), QString());

    ColumnRisk c1{0, QStringLiteral("contact"),     QStringLiteral("first_name"), Risk::MayLose, 1,
                  0, {QStringLiteral("truncation")}};
    ColumnRisk c2{1, QStringLiteral("account"),   QStringLiteral("revenue"), Risk::MayLose, 1,
                  0, {QStringLiteral("rounding")}};
    ColumnRisk c3{0, QStringLiteral("contact"),   QStringLiteral("notes"), Risk::WillFail, 0,
                  1, {QStringLiteral("encoding")}};
    s.columnRisks << c1 << c2 << c3;

    DuplicateCluster cl;
    cl.tableIndex = 0;
    cl.table = QStringLiteral("contact");
    cl.rules = {QStringLiteral("same e-mail"), QStringLiteral("same phone")};
    cl.action = QStringLiteral("keep-most-recent");
    cl.keptKey = QStringLiteral("1942");
    cl.memberKeys = {QStringLiteral("1942"), QStringLiteral("2001"), QStringLiteral("2017")};
    cl.explanation = QStringLiteral("kept 1942 (most recent updated_at); skipped 2");
    s.clusters << cl;

    PreflightFinding p1;
    p1.tableIndex = 1;
    p1.table = QStringLiteral("account");
    p1.kind = PreflightFinding::Kind::RequiredUnmapped;
    p1.columns = {QStringLiteral("owner_id")};
    p1.rows = 400;
    p1.detail = QStringLiteral("owner_id is required and has neither a mapping nor a default.");
    PreflightFinding p2;
    p2.tableIndex = 0;
    p2.table = QStringLiteral("contact");
    p2.kind = PreflightFinding::Kind::UniqueAgainstTarget;
    p2.blocking = false;
    p2.constraint = QStringLiteral("contact_email_key");
    p2.columns = {QStringLiteral("email")};
    p2.rows = 12;
    p2.sampleKeys = {QStringLiteral("17"), QStringLiteral("23")};
    p2.detail = QStringLiteral("12 incoming e-mails already exist in the target.");
    s.preflight << p2 << p1; // the blocking one is listed first on the page
    return s;
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The records of a CSV file written by the report (BOM and CRLF checked, then dropped).
QList<QStringList> csvRecords(const QString& path)
{
    const QByteArray bytes = readBytes(path);
    if (!bytes.startsWith("\xEF\xBB\xBF") || !bytes.endsWith("\r\n"))
        return {};
    QString text = QString::fromUtf8(bytes.mid(3));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return test::parseCsv(text);
}

} // namespace

class TstRunReport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir tmp_;

    QString writeSample(const QString& name, const RunSummary& s, bool mask, QStringList* written = nullptr)
    {
        ReportOptions o;
        o.projectName = QStringLiteral("Acme <CRM> move");
        o.maskPersonal = mask;
        QString error;
        const QString path = tmp_.filePath(name + QStringLiteral("/report.html"));
        const QStringList paths = RunReport::writeReport(s, path, o, &error);
        if (written)
            *written = paths;
        if (paths.isEmpty())
            qWarning("%s", qPrintable(error));
        return QString::fromUtf8(readBytes(path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        // FERRY_KEEP_REPORT=1 keeps the written reports for a look in a browser.
        if (qEnvironmentVariableIsSet("FERRY_KEEP_REPORT")) {
            tmp_.setAutoRemove(false);
            qInfo("reports in %s", qPrintable(tmp_.path()));
        }
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // grouping: "8,400"
    }

    void writesThePageAndSixCsvFilesBesideIt()
    {
        QStringList written;
        writeSample(QStringLiteral("files"), sample(), false, &written);
        const QString dir = tmp_.filePath(QStringLiteral("files/"));
        QCOMPARE(
            written,
            QStringList({dir + QStringLiteral("report.html"), dir + QStringLiteral("report-counts.csv"),
                         dir + QStringLiteral("report-preflight.csv"), dir + QStringLiteral("report-column-risks.csv"),
                         dir + QStringLiteral("report-duplicates.csv"), dir + QStringLiteral("report-mismatches.csv"),
                         dir + QStringLiteral("report-rejects.csv")}));
        for (const QString& p : written)
            QVERIFY2(QFileInfo(p).size() > 0, qPrintable(p));
    }

    void summaryLineAddsUp()
    {
        QCOMPARE(ReportHtml::summaryLine(sample()),
                 QStringLiteral("2 tables, 8,400 rows: 8,337 would be written, 63 rejected; 1 duplicate cluster; "
                                "3 mismatches; 2 pre-flight problems"));
        RunSummary run = sample();
        run.dryRun = false;
        run.tables[0].skipped = 5;
        run.tables[0].read += 5;
        run.clustersNotKept = 29;
        QCOMPARE(ReportHtml::summaryLine(run),
                 QStringLiteral("2 tables, 8,405 rows: 8,337 written, 5 skipped, 63 rejected; 30 duplicate clusters; "
                                "3 mismatches; 2 pre-flight problems"));
    }

    void pageHasEverySectionInOrder()
    {
        const QString html = writeSample(QStringLiteral("sections"), sample(), false);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"summary\">2 tables, 8,400 rows: 8,337 would be written")));
        qsizetype last = -1;
        for (const QString& h : {QStringLiteral("<h2 id=\"counts\">1. Counts per table and outcome</h2>"),
                                 QStringLiteral("<h2 id=\"preflight\">2. Pre-flight checks</h2>"),
                                 QStringLiteral("<h2 id=\"column-risks\">3. Column risk summary</h2>"),
                                 QStringLiteral("<h2 id=\"duplicates\">4. Duplicate clusters</h2>"),
                                 QStringLiteral("<h2 id=\"mismatches\">5. Mismatches</h2>"),
                                 QStringLiteral("<h2 id=\"rejects\">6. Rejected rows</h2>")}) {
            const qsizetype at = html.indexOf(h);
            QVERIFY2(at > last, qPrintable(h));
            last = at;
        }
        // Counts, the balance check, blocking marked (and listed first), risk badges in words.
        QVERIFY(html.contains(QStringLiteral("<td class=\"n\">7,940</td>")));
        QCOMPARE(html.count(QStringLiteral("all rows accounted for")), 2);
        QVERIFY(html.indexOf(QStringLiteral("required column without mapping or default")) <
                html.indexOf(QStringLiteral("unique key already in the target")));
        QVERIFY(html.contains(QStringLiteral("\u2717 blocking")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"badge will-fail\">\u2717 will fail</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"badge may-lose\">! may lose</span>")));
        QVERIFY(html.contains(QStringLiteral("contact: 1 cluster")));
        QVERIFY(html.contains(QStringLiteral("<td>same e-mail, same phone</td>"))); // every rule of the cluster
        QVERIFY(html.contains(QStringLiteral("1942, 2001, 2017")));
        QVERIFY(
            html.contains(QStringLiteral("<code>12.345</code><span class=\"arrow\">\u2192</span><code>12.35</code>")));
        QVERIFY(html.contains(QStringLiteral("row rejected"))); // will-fail mismatch has no after value
        // The problem cell of a reject is marked.
        QVERIFY(html.contains(QStringLiteral("<td class=\"v problem\" title=\"numeric field overflow\">1e40</td>")));
        // Self-contained: no script, no external file.
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("@import")));
    }

    void unbalancedTableIsCalledOut()
    {
        RunSummary s = sample();
        s.tables[1].read += 4;
        const QString html = writeSample(QStringLiteral("unbalanced"), s, false);
        QVERIFY(html.contains(QStringLiteral("\u2717 4 rows unaccounted for")));
        QCOMPARE(html.count(QStringLiteral("all rows accounted for")), 1);
    }

    void chartsAreInlineSvgWithNumbers()
    {
        const QString html = writeSample(QStringLiteral("svg"), sample(), false);
        QCOMPARE(html.count(QStringLiteral("<svg ")), 2); // outcomes per table, mismatches by kind
        const qsizetype svg = html.indexOf(QStringLiteral("<svg "));
        const QString chart = html.mid(svg, html.indexOf(QStringLiteral("</svg>"), svg) - svg);
        QVERIFY(chart.contains(QStringLiteral("aria-label=\"Rows per table by outcome\"")));
        QVERIFY(chart.contains(QStringLiteral(">7,940</text>"))); // the number inside the bar
        QVERIFY(chart.contains(QStringLiteral("<title>rejected: 60</title>")));
        QVERIFY(chart.contains(QStringLiteral(">contacts \u2192 contact<")));
        QVERIFY(chart.contains(QStringLiteral(">inserted 8,337</text>"))); // legend with totals
        QVERIFY(chart.contains(QStringLiteral(">rejected 63</text>")));
        QVERIFY(chart.contains(QStringLiteral(">8,000 rows, 60 rejected</text>")));
        const qsizetype kinds = html.indexOf(QStringLiteral("<svg "), svg + 1);
        const QString byKind = html.mid(kinds, html.indexOf(QStringLiteral("</svg>"), kinds) - kinds);
        for (const QString& k :
             {QStringLiteral(">truncation<"), QStringLiteral(">rounding<"), QStringLiteral(">encoding<"),
              QStringLiteral(">may lose 2</text>"), QStringLiteral(">will fail 1</text>")})
            QVERIFY2(byKind.contains(k), qPrintable(k));
        QVERIFY(!byKind.contains(QStringLiteral(">time zone<"))); // kinds not seen get no bar
    }

    void everythingFromTheDataIsEscaped()
    {
        const QString html = writeSample(QStringLiteral("escaped"), sample(), false);
        QVERIFY(!html.contains(kScript));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("Acme &lt;CRM&gt; move"))); // the project name in the title
        QVERIFY(html.contains(QStringLiteral("&quot;Acme, &quot;Best&quot;")));
    }

    void cutListsSayWhereTheRestIs()
    {
        RunSummary s = sample();
        const RejectRecord r = s.rejects[0];
        for (int i = 0; i < ReportHtml::kMaxRows + 100; ++i)
            s.rejects << r;
        s.rejectsNotKept = 250;
        s.mismatchesNotKept = 7;
        s.clustersNotKept = 3;
        QStringList written;
        const QString html = writeSample(QStringLiteral("cut"), s, false, &written);
        QVERIFY(html.contains(QStringLiteral("The first 500 of 602 rejected rows are shown; 102 more are in the CSV "
                                             "file <a href=\"report-rejects.csv\">")));
        QVERIFY(html.contains(QStringLiteral("250 more rejected rows were not kept in memory")));
        QVERIFY(html.contains(QStringLiteral("7 more mismatches were found than the run keeps in memory")));
        QVERIFY(html.contains(QStringLiteral("3 more clusters were found than the run keeps in memory")));
        // 500 rows on the page: the account reject and 499 contact rejects.
        QCOMPARE(html.count(QStringLiteral("<td class=\"problem\">email</td>")), 499);
        QCOMPARE(html.count(QStringLiteral("<td class=\"problem\">revenue</td>")), 1);
        // The CSV file has every reject in memory.
        QCOMPARE(csvRecords(written.last()).size(), 1 + 602);
        // Nothing cut, no note.
        const QString whole = writeSample(QStringLiteral("whole"), sample(), false);
        QVERIFY(!whole.contains(QStringLiteral("more are in the CSV file")));
        QVERIFY(!whole.contains(QStringLiteral("keeps in memory")));
    }

    void maskingHidesPersonalValuesEverywhere()
    {
        QStringList written;
        const QString masked = writeSample(QStringLiteral("masked"), sample(), true, &written);
        QString csv;
        for (const QString& p : written.mid(1))
            csv += QString::fromUtf8(readBytes(p));
        const QString plain = writeSample(QStringLiteral("plain"), sample(), false);
        for (const QString& personal : {QStringLiteral("jane.doe@example.com"), QStringLiteral("Janet Marie"),
                                        QStringLiteral("555 010 2014"), QStringLiteral("&quot;Jane&quot;")}) {
            QVERIFY2(!masked.contains(personal), qPrintable(personal));
            QVERIFY2(plain.contains(personal), qPrintable(personal));
        }
        QVERIFY(!csv.contains(QStringLiteral("jane.doe@example.com")));
        QVERIFY(!csv.contains(QStringLiteral("Janet Marie")));
        QVERIFY(csv.contains(QStringLiteral("email=\"\"j•••@e•••.com\"\"")));
        for (const QString& shown :
             {QStringLiteral("&quot;j•••@e•••.com&quot;"), QStringLiteral("&quot;J•••&quot;"),
              QStringLiteral("&quot;+•••••••••14&quot;"), QStringLiteral("value too long: &quot;j•••@e•••.com&quot;")})
            QVERIFY2(masked.contains(shown), qPrintable(shown));
        QVERIFY(masked.contains(QStringLiteral("Personal values")));
        QVERIFY(!plain.contains(QStringLiteral("Personal values")));
        // Keys, numbers and non-personal columns are left alone.
        QVERIFY(masked.contains(QStringLiteral("1942, 2001, 2017")));
        QVERIFY(masked.contains(QStringLiteral("<code>12.345</code>")));
        QVERIFY(masked.contains(QStringLiteral("&lt;script&gt;"))); // notes is not a personal column
    }

    void csvFilesHaveHeadersAndEveryRow_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("rows");
        QTest::newRow("counts") << QStringLiteral("counts")
                                << QStringLiteral("source,target,read,inserted,updated,skipped,rejected,duplicates,"
                                                  "mismatches,completed,flagged,balanced,unchanged")
                                << 2;
        QTest::newRow("preflight") << QStringLiteral("preflight")
                                   << QStringLiteral("table,kind,blocking,constraint,columns,rows,sample_keys,detail")
                                   << 2;
        QTest::newRow("column-risks") << QStringLiteral("column-risks")
                                      << QStringLiteral("table,column,risk,may_lose,will_fail,kinds") << 3;
        QTest::newRow("duplicates") << QStringLiteral("duplicates")
                                    << QStringLiteral("table,rule,action,kept_key,member_count,member_keys,"
                                                      "target_key,explanation,rules")
                                    << 1;
        QTest::newRow("mismatches") << QStringLiteral("mismatches")
                                    << QStringLiteral("table,source_key,column,kind,risk,before,after,reason") << 3;
        QTest::newRow("rejects") << QStringLiteral("rejects")
                                 << QStringLiteral("table,source_key,column,reason,sqlstate,source_values") << 2;
    }
    void csvFilesHaveHeadersAndEveryRow()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, header);
        QFETCH(int, rows);
        static bool written = false;
        if (!written)
            writeSample(QStringLiteral("csv"), sample(), false);
        written = true;
        const QString path = tmp_.filePath(QStringLiteral("csv/report-%1.csv").arg(suffix));
        QVERIFY(readBytes(path).startsWith(QByteArray("\xEF\xBB\xBF") + header.toUtf8() + "\r\n"));
        const QList<QStringList> records = csvRecords(path);
        QCOMPARE(records.size(), 1 + rows);
        const int columns = int(header.count(QLatin1Char(',')) + 1);
        for (const QStringList& r : records)
            QCOMPARE(r.size(), columns);
    }

    void csvQuotesAndGuardsCells()
    {
        writeSample(QStringLiteral("quoting"), sample(), false);
        const QString dir = tmp_.filePath(QStringLiteral("quoting/"));
        const QList<QStringList> rejects = csvRecords(dir + QStringLiteral("report-rejects.csv"));
        QCOMPARE(rejects[2][1], QStringLiteral("'=2+3")); // formula guard
        QCOMPARE(rejects[2][5],
                 QStringLiteral("id=9 | company=\"") + kCompany + QStringLiteral("\" | revenue=1e40")); // round trip
        QVERIFY(QString::fromUtf8(readBytes(dir + QStringLiteral("report-rejects.csv")))
                    .contains(QStringLiteral(",\"id=9 | company=\"\"Acme, \"\"Best\"\"\nLtd\"\" | revenue=1e40\"")));
        const QList<QStringList> mismatches = csvRecords(dir + QStringLiteral("report-mismatches.csv"));
        QCOMPARE(mismatches[1][0], QStringLiteral("contact"));
        QCOMPARE(mismatches[2][1], QStringLiteral("-5")); // a plain number is not a formula
        QCOMPARE(mismatches[3][1], QStringLiteral("'@SUM(A1)"));
        QCOMPARE(mismatches[3][3], QStringLiteral("encoding"));
        QCOMPARE(mismatches[3][4], QStringLiteral("will-fail"));
        const QList<QStringList> counts = csvRecords(dir + QStringLiteral("report-counts.csv"));
        QCOMPARE(counts[1],
                 QStringList({QStringLiteral("contacts"), QStringLiteral("contact"), QStringLiteral("8000"),
                              QStringLiteral("7940"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("60"),
                              QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("true"), QStringLiteral("0"),
                              QStringLiteral("true"), QStringLiteral("0")}));
        const QList<QStringList> dupes = csvRecords(dir + QStringLiteral("report-duplicates.csv"));
        QCOMPARE(dupes[1][4], QStringLiteral("3"));
        QCOMPARE(dupes[1][5], QStringLiteral("1942 | 2001 | 2017"));
        QCOMPARE(dupes[1][1], QStringLiteral("same e-mail")); // "rule": the first, as before "rules" was added
        QCOMPARE(dupes[1][8], QStringLiteral("same e-mail | same phone"));

        QCOMPARE(ReportCsv::field(QStringLiteral("+49 171")), QStringLiteral("'+49 171"));
        QCOMPARE(ReportCsv::field(QStringLiteral("-1.5e3")), QStringLiteral("-1.5e3"));
        QCOMPARE(ReportCsv::field(QStringLiteral("=A1,B1")), QStringLiteral("\"'=A1,B1\""));
        QCOMPARE(ReportCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void wizardExportKeepsItsFileNames()
    {
        const QString dir = tmp_.filePath(QStringLiteral("wizard"));
        QString error;
        const QStringList written = RunReport::write(sample(), QStringLiteral("Demo"), dir, &error);
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        QCOMPARE(written.size(), 7);
        for (const char* name :
             {"dry-run-report.html", "dry-run-counts.csv", "dry-run-rejects.csv", "dry-run-mismatches.csv",
              "dry-run-duplicates.csv", "dry-run-preflight.csv", "dry-run-column-risks.csv"})
            QVERIFY2(written.contains(dir + QLatin1Char('/') + QString::fromLatin1(name)), name);
    }

    void unwritablePlaceGivesAnError()
    {
        const QString blocker = tmp_.filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        const QStringList written =
            RunReport::writeReport(sample(), blocker + QStringLiteral("/sub/report.html"), ReportOptions{}, &error);
        QVERIFY(written.isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Could not create the folder")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstRunReport)
#include "tst_run_report.moc"
