#pragma once
// Shared by the wizard walks (by clicks and by keys): when a page is ready to leave, and the finish
// page's counts held against `ferry-cli run --json` on an identical copy and the demo's planted numbers.
#include "common/demo.h"
#include "ferry_wizard.h"
#include "items/summary_model.h"
#include "wizard_page.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace ferry::test {

inline bool pageReady(ui::FerryWizard* w, ui::PageId id)
{
    ui::WizardPage* p = w->wizardPage(id);
    return w->currentId() == id && !p->isBusy() && p->isComplete();
}

inline QJsonArray cliRun(const QString& project)
{
    QProcess cli;
    cli.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry-cli"),
              {QStringLiteral("run"), project, QStringLiteral("--json")});
    if (!cli.waitForFinished(120000))
        return {};
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("tables")).toArray();
}

// `summary` is the finish page's table (three tables and the total).
inline void compareSummaryWithCli(const QAbstractItemModel* summary, const QString& cliProject)
{
    const QJsonArray want = cliRun(cliProject);
    QCOMPARE(want.size(), 3);
    QCOMPARE(summary->rowCount(), 4);
    const struct {
        int column;
        const char* key;
    } columns[] = {{SummaryModel::Read, "read"},
                   {SummaryModel::Inserted, "inserted"},
                   {SummaryModel::Updated, "updated"},
                   {SummaryModel::Skipped, "skipped"},
                   {SummaryModel::Rejected, "rejected"},
                   {SummaryModel::Duplicates, "duplicates"},
                   {SummaryModel::Mismatches, "mismatches"}};
    for (int r = 0; r < 3; ++r) {
        const QJsonObject cli = want[r].toObject();
        QCOMPARE(summary->index(r, SummaryModel::Target).data().toString(),
                 cli.value(QStringLiteral("target")).toString());
        for (const auto& c : columns)
            QCOMPARE(summary->index(r, c.column).data(Qt::UserRole).toLongLong(),
                     cli.value(QLatin1String(c.key)).toInteger());
    }
    // And both equal the numbers the demo's generator planted.
    const QList<ExpectedTable> planted = expectedDemoCounts();
    QCOMPARE(planted.size(), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(summary->index(r, SummaryModel::Inserted).data(Qt::UserRole).toLongLong(), planted[r].inserted);
}

} // namespace ferry::test
