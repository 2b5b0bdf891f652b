#pragma once
// A hand-made dry-run summary with every kind of finding, shared by the findings model and page tests:
// two tables (accounts → account, contacts → contact), rejects, mismatches, column risks, duplicate
// clusters and pre-flight findings, some kept only as counts.
#include "engine/run_types.h"

namespace ferry::test {

inline RunSummary findingsSummary()
{
    RunSummary s;
    s.dryRun = true;
    s.status = RunSummary::Status::Rejects;
    TableCounts account;
    account.source = QStringLiteral("accounts");
    account.target = QStringLiteral("account");
    account.read = 10;
    account.inserted = 8;
    account.skipped = 1;
    account.rejected = 1;
    account.duplicates = 1;
    account.mismatches = 1;
    account.completed = true;
    TableCounts contact;
    contact.source = QStringLiteral("contacts");
    contact.target = QStringLiteral("contact");
    contact.read = 20;
    contact.inserted = 17;
    contact.updated = 1;
    contact.skipped = 1;
    contact.rejected = 1;
    contact.duplicates = 3;
    contact.mismatches = 4;
    contact.completed = true;
    s.tables = {account, contact};
    s.sourceColumns = {{QStringLiteral("id"), QStringLiteral("company")},
                       {QStringLiteral("id"), QStringLiteral("email")}};

    RejectRecord r0;
    r0.table = QStringLiteral("account");
    r0.sourceKey = QStringLiteral("3");
    r0.column = QStringLiteral("name");
    r0.reason = QStringLiteral("value too long for name (40)");
    r0.values = {QStringLiteral("3"), QStringLiteral("\"A very long company name that does not fit\"")};
    r0.cells = {1};
    r0.tableIndex = 0;
    RejectRecord r1;
    r1.table = QStringLiteral("contact");
    r1.sourceKey = QStringLiteral("1042");
    r1.column = QStringLiteral("email");
    r1.reason = QStringLiteral("not an e-mail address");
    r1.values = {QStringLiteral("1042"), QStringLiteral("\"bob(at)example\"")};
    r1.cells = {1};
    r1.tableIndex = 1;
    s.rejects = {r0, r1};

    auto mismatch = [](int table, const char* key, const char* column, MismatchKind kind, Risk risk, const char* before,
                       const char* after, const char* reason) {
        MismatchRecord m;
        m.tableIndex = table;
        m.table = table == 0 ? QStringLiteral("account") : QStringLiteral("contact");
        m.sourceKey = QString::fromUtf8(key);
        m.column = QString::fromUtf8(column);
        m.kind = kind;
        m.risk = risk;
        m.before = QString::fromUtf8(before);
        m.after = QString::fromUtf8(after);
        m.reason = QString::fromUtf8(reason);
        return m;
    };
    s.mismatches = {
        mismatch(1, "1042", "email", MismatchKind::Conversion, Risk::WillFail, "bob(at)example", "",
                 "not an e-mail address"),
        mismatch(0, "17", "name", MismatchKind::Truncation, Risk::MayLose, "Nordwind Spedition GmbH & Co. KG",
                 "Nordwind Spedition GmbH", "shortened to 23 characters"),
        mismatch(1, "7", "met_at", MismatchKind::TimeZone, Risk::MayLose, "2021-03-28 02:30:00+02:00",
                 "2021-03-28 00:30:00", "the column keeps no offset: shifted to UTC"),
    };
    s.mismatchesNotKept = 2;

    ColumnRisk name;
    name.tableIndex = 0;
    name.table = QStringLiteral("account");
    name.column = QStringLiteral("name");
    name.risk = Risk::MayLose;
    name.mayLose = 1;
    name.kinds = {QStringLiteral("truncation")};
    ColumnRisk email;
    email.tableIndex = 1;
    email.table = QStringLiteral("contact");
    email.column = QStringLiteral("email");
    email.risk = Risk::WillFail;
    email.mayLose = 2;
    email.willFail = 1;
    email.kinds = {QStringLiteral("conversion"), QStringLiteral("time-zone"), QStringLiteral("odd-new-kind")};
    s.columnRisks = {name, email};

    DuplicateCluster c0;
    c0.tableIndex = 1;
    c0.table = QStringLiteral("contact");
    c0.rules = {QStringLiteral("same e-mail")};
    c0.action = QStringLiteral("keep-most-recent");
    c0.keptKey = QStringLiteral("1942");
    c0.memberKeys = {QStringLiteral("68"), QStringLiteral("1942")};
    c0.explanation = QStringLiteral("kept 1942 (most recent updated_at); skipped 68");
    DuplicateCluster c1;
    c1.tableIndex = 1;
    c1.table = QStringLiteral("contact");
    c1.rules = {QStringLiteral("same e-mail"), QStringLiteral("same name and company")};
    c1.action = QStringLiteral("target-update");
    c1.keptKey = QStringLiteral("301");
    c1.memberKeys = {QStringLiteral("301")};
    c1.targetKey = QStringLiteral("T-88");
    c1.explanation = QStringLiteral("301 matches target row T-88, which it updates");
    DuplicateCluster c2;
    c2.tableIndex = 0;
    c2.table = QStringLiteral("account");
    c2.rules = {QStringLiteral("same company")};
    c2.action = QStringLiteral("flag");
    c2.memberKeys = {QStringLiteral("5"), QStringLiteral("9"), QStringLiteral("12")};
    c2.explanation = QStringLiteral("5, 9 and 12 written and listed for review");
    s.clusters = {c0, c1, c2};
    s.clustersNotKept = 1;

    PreflightFinding unique;
    unique.tableIndex = 1;
    unique.table = QStringLiteral("contact");
    unique.kind = PreflightFinding::Kind::UniqueWithinLoad;
    unique.blocking = false;
    unique.constraint = QStringLiteral("contact_email_key");
    unique.columns = {QStringLiteral("email")};
    unique.rows = 2;
    unique.sampleKeys = {QStringLiteral("68"), QStringLiteral("1942")};
    unique.detail = QStringLiteral("2 incoming rows share an e-mail; the duplicate rule keeps one");
    PreflightFinding required;
    required.tableIndex = 0;
    required.table = QStringLiteral("account");
    required.kind = PreflightFinding::Kind::RequiredUnmapped;
    required.blocking = true;
    required.columns = {QStringLiteral("owner_id")};
    required.detail = QStringLiteral("owner_id is NOT NULL without a default and nothing is mapped to it");
    PreflightFinding parent;
    parent.tableIndex = 1;
    parent.table = QStringLiteral("contact");
    parent.kind = PreflightFinding::Kind::MissingParent;
    parent.blocking = true;
    parent.constraint = QStringLiteral("contact_account_fk");
    parent.columns = {QStringLiteral("account_id"), QStringLiteral("region")};
    parent.rows = 3;
    parent.sampleKeys = {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")};
    parent.detail = QStringLiteral("3 contacts name an account that will not exist");
    s.preflight = {unique, required, parent};
    return s;
}

} // namespace ferry::test
