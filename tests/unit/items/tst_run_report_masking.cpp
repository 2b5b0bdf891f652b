// Which columns are personal and how their values are masked in reports that leave the building.
#include "report/value_masking.h"

#include <QTest>

using namespace ferry;

class TstRunReportMasking : public QObject {
    Q_OBJECT
private slots:
    void personalColumns_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<bool>("personal");
        for (const char* c : {"first_name", "LastName", "surname", "email", "E_Mail", "work-mail", "mobilePhone",
                              "phone", "tel", "fax", "street_address", "City", "zip", "postal_code", "birth_date",
                              "dateOfBirth", "iban", "SSN", "company_name"})
            QTest::newRow(c) << QString::fromLatin1(c) << true;
        for (const char* c : {"id", "contact_id", "revenue", "created_at", "status", "amount", "hotel", "telemetry",
                              "ziplock_count", "owner"})
            QTest::newRow(c) << QString::fromLatin1(c) << false;
    }
    void personalColumns()
    {
        QFETCH(QString, column);
        QFETCH(bool, personal);
        QCOMPARE(isPersonalColumn(column), personal);
    }

    void masksEmailPhoneAndText()
    {
        QCOMPARE(maskEmail(QStringLiteral("jane.doe@example.com")), QStringLiteral("j•••@e•••.com"));
        QCOMPARE(maskEmail(QStringLiteral("x@localhost")), QStringLiteral("x•••@l•••"));
        QCOMPARE(maskPhone(QStringLiteral("+1 555 010 2014")), QStringLiteral("+•••••••••14"));
        QCOMPARE(maskPhone(QStringLiteral("(0171) 234-567")), QStringLiteral("••••••••67"));
        QCOMPARE(maskPhone(QStringLiteral("12")), QStringLiteral("•••")); // too short to keep anything
        QCOMPARE(maskText(QStringLiteral("Jane Doe")), QStringLiteral("J•••"));
        QCOMPARE(maskText(QStringLiteral("Øyvind")), QStringLiteral("Ø•••"));
        QCOMPARE(maskText(QStringLiteral("\U0001F600 Smile")), QStringLiteral("\U0001F600•••")); // whole emoji
        QCOMPARE(maskText(QString()), QString());
    }

    void masksDisplayedValuesByColumn_data()
    {
        QTest::addColumn<QString>("displayed");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("masked");
        QTest::newRow("quoted name") << QStringLiteral("\"Jane\"") << QStringLiteral("first_name")
                                     << QStringLiteral("\"J•••\"");
        QTest::newRow("NULL stays") << QStringLiteral("NULL") << QStringLiteral("first_name") << QStringLiteral("NULL");
        QTest::newRow("text NULL is text")
            << QStringLiteral("\"NULL\"") << QStringLiteral("last_name") << QStringLiteral("\"N•••\"");
        QTest::newRow("empty text stays")
            << QStringLiteral("\"\"") << QStringLiteral("first_name") << QStringLiteral("\"\"");
        QTest::newRow("email") << QStringLiteral("\"jane.doe@example.com\"") << QStringLiteral("email")
                               << QStringLiteral("\"j•••@e•••.com\"");
        QTest::newRow("email in a name column")
            << QStringLiteral("\"jane@x.org\"") << QStringLiteral("name") << QStringLiteral("\"j•••@x•••.org\"");
        QTest::newRow("phone text") << QStringLiteral("\"+1 555 010 2014\"") << QStringLiteral("phone")
                                    << QStringLiteral("\"+•••••••••14\"");
        QTest::newRow("phone stored as number")
            << QStringLiteral("4915112345678") << QStringLiteral("mobile") << QStringLiteral("•••••••••••78");
        QTest::newRow("date untouched") << QStringLiteral("1984-03-12") << QStringLiteral("birth_date")
                                        << QStringLiteral("1984-03-12");
        QTest::newRow("number untouched")
            << QStringLiteral("42") << QStringLiteral("street_no") << QStringLiteral("42");
        QTest::newRow("not personal") << QStringLiteral("\"Jane\"") << QStringLiteral("status")
                                      << QStringLiteral("\"Jane\"");
        QTest::newRow("unquoted text") << QStringLiteral("Main Street 5") << QStringLiteral("street")
                                       << QStringLiteral("M•••");
    }
    void masksDisplayedValuesByColumn()
    {
        QFETCH(QString, displayed);
        QFETCH(QString, column);
        QFETCH(QString, masked);
        QCOMPARE(maskValue(displayed, column), masked);
    }

    void masksValuesQuotedInsideMessages()
    {
        QCOMPARE(maskWithin(QStringLiteral("value too long: \"jane.doe@example.com\" (40)"),
                            {QStringLiteral("\"jane.doe@example.com\"")}, {QStringLiteral("\"j•••@e•••.com\"")}),
                 QStringLiteral("value too long: \"j•••@e•••.com\" (40)"));
        // Two-letter values would hit unrelated letters of the message.
        QCOMPARE(
            maskWithin(QStringLiteral("Jo is too short"), {QStringLiteral("\"Jo\"")}, {QStringLiteral("\"J•••\"")}),
            QStringLiteral("Jo is too short"));
    }

    void masksASummaryButNotItsKeys()
    {
        RunSummary s;
        s.tables << TableCounts{};
        s.sourceColumns << QStringList{QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("email")};
        RejectRecord r;
        r.tableIndex = 0;
        r.table = QStringLiteral("contact");
        r.sourceKey = QStringLiteral("Jane-17");
        r.column = QStringLiteral("email");
        r.reason = QStringLiteral("bad e-mail \"jane@example.com\"");
        r.values = {QStringLiteral("17"), QStringLiteral("\"Jane\""), QStringLiteral("\"jane@example.com\"")};
        s.rejects << r;
        MismatchRecord m;
        m.table = QStringLiteral("contact");
        m.sourceKey = QStringLiteral("Jane-17");
        m.column = QStringLiteral("first_name");
        m.kind = MismatchKind::Truncation;
        m.before = QStringLiteral("\"Janet Marie\"");
        m.after = QStringLiteral("\"Janet\"");
        m.reason = QStringLiteral("\"Janet Marie\" is longer than 5 characters");
        s.mismatches << m;
        DuplicateCluster c;
        c.keptKey = QStringLiteral("Jane-17");
        c.memberKeys = {QStringLiteral("Jane-17"), QStringLiteral("Jane-18")};
        s.clusters << c;

        const RunSummary masked = maskPersonalValues(s);
        QCOMPARE(masked.rejects[0].values,
                 QStringList({QStringLiteral("17"), QStringLiteral("\"J•••\""), QStringLiteral("\"j•••@e•••.com\"")}));
        QCOMPARE(masked.rejects[0].reason, QStringLiteral("bad e-mail \"j•••@e•••.com\""));
        QCOMPARE(masked.rejects[0].sourceKey, QStringLiteral("Jane-17"));
        QCOMPARE(masked.mismatches[0].before, QStringLiteral("\"J•••\""));
        QCOMPARE(masked.mismatches[0].after, QStringLiteral("\"J•••\""));
        QCOMPARE(masked.mismatches[0].reason, QStringLiteral("\"J•••\" is longer than 5 characters"));
        QCOMPARE(masked.mismatches[0].sourceKey, QStringLiteral("Jane-17"));
        QCOMPARE(masked.clusters[0].memberKeys, c.memberKeys);
        // The original is untouched.
        QCOMPARE(s.rejects[0].values[1], QStringLiteral("\"Jane\""));
    }
};

QTEST_GUILESS_MAIN(TstRunReportMasking)
#include "tst_run_report_masking.moc"
