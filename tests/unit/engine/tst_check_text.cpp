// CHECK constraints read from text: the CHECK clauses of SQLite CREATE TABLE statements (names, nesting,
// string literals, comments, column- and table-level), the columns an expression names, and the check
// a database's refusal message names, as PostgreSQL, MariaDB and SQLite word it.
#include "db/check_constraints.h"
#include "engine/db_message.h"

#include <QTest>

using namespace ferry;

namespace {

QList<ColumnInfo> columns(const QStringList& names)
{
    QList<ColumnInfo> out;
    for (const QString& n : names) {
        ColumnInfo c;
        c.name = n;
        out << c;
    }
    return out;
}

} // namespace

class TestCheckText : public QObject {
    Q_OBJECT
private slots:
    void sqliteChecksAreFoundWithTheirNames()
    {
        const QString sql =
            QStringLiteral("CREATE TABLE \"deal\" (\n"
                           "  id INTEGER PRIMARY KEY,\n"
                           "  amount NUMERIC(12,2) CHECK (amount >= 0) NOT NULL, -- CHECK (not this one)\n"
                           "  status TEXT CONSTRAINT status_ok CHECK (status IN ('open', 'it''s (odd)', 'won')),\n"
                           "  \"End Date\" DATE, starts DATE,\n"
                           "  /* CHECK (nor this) */\n"
                           "  CONSTRAINT named_unique UNIQUE (status, amount),\n"
                           "  CONSTRAINT [dates] CHECK ((\"End Date\" >= starts) OR (\"End Date\" IS NULL)),\n"
                           "  check(length(status) > 0)\n"
                           ")");
        const QList<CheckConstraint> checks =
            sqliteChecks(sql, columns({QStringLiteral("id"), QStringLiteral("amount"), QStringLiteral("status"),
                                       QStringLiteral("End Date"), QStringLiteral("starts")}));
        QCOMPARE(checks.size(), 4);
        QCOMPARE(checks[0].name, QString());
        QCOMPARE(checks[0].expression, QStringLiteral("amount >= 0"));
        QCOMPARE(checks[0].columns, QStringList{QStringLiteral("amount")});
        QCOMPARE(checks[1].name, QStringLiteral("status_ok"));
        QCOMPARE(checks[1].expression, QStringLiteral("status IN ('open', 'it''s (odd)', 'won')"));
        QCOMPARE(checks[1].columns, QStringList{QStringLiteral("status")});
        QCOMPARE(checks[2].name, QStringLiteral("dates"));
        QCOMPARE(checks[2].expression, QStringLiteral("(\"End Date\" >= starts) OR (\"End Date\" IS NULL)"));
        QCOMPARE(checks[2].columns, (QStringList{QStringLiteral("End Date"), QStringLiteral("starts")}));
        QCOMPARE(checks[3].name, QString()); // the UNIQUE's name does not stick to a later check
        QCOMPARE(checks[3].columns, QStringList{QStringLiteral("status")});
    }

    void aTableWithoutChecksHasNone()
    {
        QVERIFY(sqliteChecks(QStringLiteral("CREATE TABLE t (checked TEXT DEFAULT 'CHECK (x)', x INT)"),
                             columns({QStringLiteral("checked"), QStringLiteral("x")}))
                    .isEmpty());
    }

    void columnsInsideStringsAreNotNamed()
    {
        const QList<ColumnInfo> cols = columns({QStringLiteral("Status"), QStringLiteral("note"), QStringLiteral("x")});
        QCOMPARE(columnsReferenced(QStringLiteral("`status` <> 'note' AND [X] > 1"), cols),
                 (QStringList{QStringLiteral("Status"), QStringLiteral("x")}));
        QCOMPARE(
            columnsReferenced(QStringLiteral("((status)::text = ANY ((ARRAY['x'::character varying])::text[]))"), cols),
            QStringList{QStringLiteral("Status")});
    }

    void refusalsNameTheirCheck_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("check");
        QTest::newRow("postgres") << QStringLiteral("new row for relation \"deal\" violates check constraint "
                                                    "\"deal_amount_check\" DETAIL: Failing row contains (2, -5.00).")
                                  << QStringLiteral("deal_amount_check");
        QTest::newRow("mariadb column") << QStringLiteral("CONSTRAINT `deal.amount` failed for `crm`.`deal`")
                                        << QStringLiteral("amount");
        QTest::newRow("mariadb table") << QStringLiteral("CONSTRAINT `deal_dates` failed for `crm`.`deal`")
                                       << QStringLiteral("deal_dates");
        QTest::newRow("sqlite named") << QStringLiteral("CHECK constraint failed: deal_dates (19)")
                                      << QStringLiteral("deal_dates");
        QTest::newRow("sqlite unnamed") << QStringLiteral("CHECK constraint failed: amount >= 0 (19)")
                                        << QStringLiteral("amount >= 0");
        QTest::newRow("unique is not a check")
            << QStringLiteral("duplicate key value violates unique constraint \"deal_pkey\"") << QString();
        QTest::newRow("not null is not a check")
            << QStringLiteral("NOT NULL constraint failed: deal.status (19)") << QString();
    }
    void refusalsNameTheirCheck()
    {
        QFETCH(QString, reason);
        QFETCH(QString, check);
        QCOMPARE(violatedCheck(reason), check);
    }
    // Data errors that name the column as MariaDB's typed values do, or only quote the value.
    void inputErrorsLeadToTheirColumn()
    {
        QCOMPARE(explainDatabaseError(QStringLiteral("Incorrect inet6 value: '1.2.3.4/24' for column "
                                                     "`crm`.`contact`.`ip` at row 1"))
                     .column,
                 QStringLiteral("ip"));
        QCOMPARE(quotedInputValue(QStringLiteral("invalid input syntax for type inet: \"not an ip\"")),
                 QStringLiteral("not an ip"));
        QCOMPARE(quotedInputValue(QStringLiteral("invalid input value for enum stage: \"nope\"")),
                 QStringLiteral("nope"));
        QCOMPARE(quotedInputValue(QStringLiteral("invalid XML content DETAIL: line 1")), QStringLiteral("xml"));
        QCOMPARE(quotedInputValue(QStringLiteral("value too long for type character varying(5)")), QString());
    }
};

QTEST_GUILESS_MAIN(TestCheckText)
#include "tst_check_text.moc"
