// Splitting init scripts into statements for QSQLITE (which runs one statement per exec()).
#include "db/sqlite/sqlite_script.h"

#include <QTest>

using ferry::sqlite::ScriptStatement;
using ferry::sqlite::splitSqlScript;

class TstSqliteScript : public QObject {
    Q_OBJECT

private slots:
    void semicolonsInsideQuotesAndComments()
    {
        const QString script =
            QStringLiteral("-- header; with a semicolon\n"
                           "CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" INT, [br;acket] INT, `back;tick` INT);\n"
                           "/* block;\n comment */ INSERT INTO t (a) VALUES ('it''s; fine');\n"
                           "INSERT INTO t (a) VALUES ('--not a comment;') -- trailing; comment\n"
                           ";\n");
        const QList<ScriptStatement> st = splitSqlScript(script);
        QCOMPARE(st.size(), 3);
        QCOMPARE(st[0].sql, QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y', \"odd;name\" INT, [br;acket] INT, "
                                           "`back;tick` INT)"));
        QCOMPARE(st[0].line, 2);
        QCOMPARE(st[0].number, 1);
        QCOMPARE(st[1].sql, QStringLiteral("INSERT INTO t (a) VALUES ('it''s; fine')"));
        QCOMPARE(st[1].line, 4); // the statement starts after the block comment
        QCOMPARE(st[2].sql, QStringLiteral("INSERT INTO t (a) VALUES ('--not a comment;') -- trailing; comment"));
        QCOMPARE(st[2].line, 5);
        QCOMPARE(st[2].number, 3);
    }

    void triggerBodyKeepsItsSemicolons()
    {
        const QString script =
            QStringLiteral("CREATE TABLE a (x);\n"
                           "CREATE TEMP TRIGGER trg AFTER INSERT ON a BEGIN\n"
                           "  INSERT INTO log VALUES (CASE WHEN new.x > 0 THEN 'pos;' ELSE 'neg' END);\n"
                           "  UPDATE a SET x = CASE x WHEN 1 THEN 2 END;\n"
                           "END;\n"
                           "CREATE TRIGGER t2 BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no; way'); END;\n"
                           "SELECT 1");
        const QList<ScriptStatement> st = splitSqlScript(script);
        QCOMPARE(st.size(), 4);
        QVERIFY(st[1].sql.startsWith(QLatin1String("CREATE TEMP TRIGGER trg")));
        QVERIFY(st[1].sql.endsWith(QLatin1String("END")));
        QVERIFY(st[1].sql.contains(QLatin1String("CASE x WHEN 1 THEN 2 END;")));
        QCOMPARE(st[1].line, 2);
        QCOMPARE(st[2].sql,
                 QStringLiteral("CREATE TRIGGER t2 BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no; way'); END"));
        QCOMPARE(st[3].sql, QStringLiteral("SELECT 1")); // the last statement needs no ';'
        QCOMPARE(st[3].line, 7);
    }

    void transactionControlIsRecognised()
    {
        const QList<ScriptStatement> st =
            splitSqlScript(QStringLiteral("BEGIN TRANSACTION; SAVEPOINT s; ROLLBACK TO s; ROLLBACK; COMMIT; "
                                          "END TRANSACTION; BEGIN IMMEDIATE;"
                                          "CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END;"));
        QCOMPARE(st.size(), 8);
        using C = ScriptStatement::Control;
        const QList<C> expected{C::Begin, C::None, C::None, C::Rollback, C::Commit, C::Commit, C::Begin, C::None};
        for (int i = 0; i < st.size(); ++i)
            QCOMPARE(st[i].control, expected[i]);
    }

    void emptyStatementsAndCommentsOnlyAreDropped()
    {
        QCOMPARE(splitSqlScript(QStringLiteral(" ;; -- nothing\n/* at all */ ;\n")).size(), 0);
        const QList<ScriptStatement> st = splitSqlScript(QStringLiteral(";;\n\nSELECT 'a\nb';\n-- end"));
        QCOMPARE(st.size(), 1);
        QCOMPARE(st[0].number, 1);
        QCOMPARE(st[0].line, 3);
    }

    void unterminatedStringRunsToTheEnd()
    {
        // SQLite reports the broken statement; the splitter must not invent a second one.
        const QList<ScriptStatement> st = splitSqlScript(QStringLiteral("SELECT 'open; SELECT 2;"));
        QCOMPARE(st.size(), 1);
        QCOMPARE(st[0].sql, QStringLiteral("SELECT 'open; SELECT 2;"));
    }
};

QTEST_GUILESS_MAIN(TstSqliteScript)
#include "tst_sqlite_script.moc"
