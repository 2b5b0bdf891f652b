// RFC 4180 as the run folder and the reports write it and the run ledger reads it back. Expected
// records are spelled out by hand here, not produced by the writer under test.
#include "core/csv.h"

#include <QTest>

using namespace ferry;

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void quotesOnlyWhatNeedsIt()
    {
        QCOMPARE(csv::field(QString()), QString());
        QCOMPARE(csv::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(csv::field(QStringLiteral("a;b")), QStringLiteral("a;b"));
        QCOMPARE(csv::field(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
        QCOMPARE(csv::line({QStringLiteral("1"), QStringLiteral("x,y"), QString()}), QStringLiteral("1,\"x,y\",\n"));
        QCOMPARE(csv::line({QStringLiteral("a")}, QStringLiteral("\r\n")), QStringLiteral("a\r\n"));
    }

    void parsesQuotesLineBreaksAndLineNumbers()
    {
        const QString text = QStringLiteral("h1,h2\r\n"
                                            "plain,\"with \"\"quotes\"\"\"\n"
                                            "\"two\nlines\",x\r"
                                            ",\n"
                                            "\"\"\n"
                                            "last,row");
        const QList<csv::Record> records = csv::parse(text);
        QCOMPARE(records.size(), 6);
        QCOMPARE(records[0].fields, (QStringList{QStringLiteral("h1"), QStringLiteral("h2")}));
        QCOMPARE(records[1].fields, (QStringList{QStringLiteral("plain"), QStringLiteral("with \"quotes\"")}));
        QCOMPARE(records[2].fields, (QStringList{QStringLiteral("two\nlines"), QStringLiteral("x")}));
        QCOMPARE(records[3].fields, (QStringList{QString(), QString()}));
        QCOMPARE(records[4].fields, QStringList{QString()}); // "" is one empty field, not no record
        QCOMPARE(records[5].fields, (QStringList{QStringLiteral("last"), QStringLiteral("row")}));
        QCOMPARE(records[0].line, 1);
        QCOMPARE(records[1].line, 2);
        QCOMPARE(records[2].line, 3);
        QCOMPARE(records[3].line, 5); // the quoted field of line 3 spans into line 4
        QCOMPARE(records[5].line, 7);
    }

    void emptyTextAndTrailingBreakAddNothing()
    {
        QVERIFY(csv::parse(QString()).isEmpty());
        QCOMPARE(csv::parse(QStringLiteral("a\n")).size(), 1);
        QCOMPARE(csv::parse(QStringLiteral("a\r\n\r\n")).size(), 1);
    }

    void otherDelimiters()
    {
        const QList<csv::Record> r = csv::parse(QStringLiteral("a;\"b;c\";d,e"), QLatin1Char(';'));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].fields, (QStringList{QStringLiteral("a"), QStringLiteral("b;c"), QStringLiteral("d,e")}));
    }

    void writtenLinesReadBack()
    {
        const QStringList fields{QStringLiteral("k,1"), QStringLiteral("say \"hi\""), QStringLiteral("a\r\nb"),
                                 QString(), QStringLiteral("Ø ヘ 付 😀")};
        const QList<csv::Record> r = csv::parse(csv::line(fields) + csv::line(fields, QStringLiteral("\r\n")));
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].fields, fields);
        QCOMPARE(r[1].fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
