#include "run_confirmation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace ferry::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ferry::ui::RunConfirmation", text);
}

QString modeText(WriteMode mode)
{
    switch (mode) {
    case WriteMode::Insert:
        return tr("insert");
    case WriteMode::Upsert:
        return tr("insert or update");
    case WriteMode::UpdateOnly:
        return tr("update only");
    case WriteMode::SkipExisting:
        return tr("insert, skip existing");
    }
    return writeModeName(mode);
}

QString cell(const QString& text, bool right = false)
{
    // nowrap: a mode such as "insert or update" must not break inside its cell.
    return QStringLiteral("<td nowrap style=\"padding:2px 8px;white-space:nowrap;%1\">%2</td>")
        .arg(right ? QStringLiteral("text-align:right;") : QString(), text.toHtmlEscaped());
}
} // namespace

QString RunPreview::serverOf(const ConnectionProfile& p)
{
    if (p.kind == ConnectionProfile::Kind::Sqlite)
        return tr("SQLite file %1").arg(QDir::toNativeSeparators(p.file));
    if (!p.dsn.isEmpty())
        return tr("ODBC data source %1").arg(p.dsn);
    QString server = p.host.isEmpty() ? QStringLiteral("localhost") : p.host;
    if (p.port > 0)
        server += QLatin1Char(':') + QString::number(p.port);
    if (!p.database.isEmpty())
        server += QLatin1Char('/') + p.database;
    return p.driver.isEmpty() ? server : tr("%1 (%2)").arg(server, p.driver);
}

RunPreview RunPreview::of(const Project& project, const RunSummary* lastDryRun, bool changedSinceDryRun,
                          const QString& runFolder)
{
    RunPreview p;
    p.targetName = project.target.name;
    p.targetServer = serverOf(project.target);
    p.hasDryRun = lastDryRun != nullptr;
    p.changedSinceDryRun = lastDryRun && changedSinceDryRun;
    p.runFolder = runFolder;
    const QString query = QCoreApplication::translate("ferry::Plan", "query");
    for (const TableMapping& t : project.tables) {
        Table row{t.query.isEmpty() ? t.source : query, t.target, t.mode, std::nullopt};
        // The dry run lists tables in plan order (parents first): find this one by its names.
        if (lastDryRun)
            for (const TableCounts& c : lastDryRun->tables)
                if (c.target == t.target && (c.source == t.source || !t.query.isEmpty()))
                    row.dryRun = c;
        p.tables << row;
    }
    return p;
}

QString RunPreview::html() const
{
    const QLocale locale;
    const QString target = targetName.isEmpty() ? targetServer : tr("%1 (%2)").arg(targetName, targetServer);
    QString out = QStringLiteral("<p>") + tr("This run writes into <b>%1</b>.").arg(target.toHtmlEscaped()) +
                  QStringLiteral("</p>");
    out += QStringLiteral("<table><tr>");
    for (const QString& h : {tr("Source"), tr("Target table"), tr("Mode"), tr("Inserts"), tr("Updates"), tr("Rejects")})
        out +=
            QStringLiteral("<th nowrap style=\"padding:2px 8px;white-space:nowrap;\">%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>");
    for (const Table& t : tables) {
        const auto count = [&](qint64 TableCounts::*field) {
            return t.dryRun ? locale.toString((*t.dryRun).*field) : tr("–");
        };
        out += QStringLiteral("<tr>") + cell(t.source) + cell(t.target) + cell(modeText(t.mode)) +
               cell(count(&TableCounts::inserted), true) + cell(count(&TableCounts::updated), true) +
               cell(count(&TableCounts::rejected), true) + QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    QString note;
    if (!hasDryRun)
        note = tr("No dry run in this session: the expected counts are unknown. The dry run page shows them "
                  "without writing anything.");
    else if (changedSinceDryRun)
        note = tr("The project changed since the last dry run: the expected counts may no longer hold.");
    else
        note = tr("Expected counts are those of the last dry run (on the rows it read).");
    out += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("The run's log and rejected rows go to %1")
                        .arg(QDir::toNativeSeparators(runFolder))
                        .toHtmlEscaped());
    return out;
}

QMessageBox* runConfirmationBox(QWidget* parent, const RunPreview& preview)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Write into the target?"), preview.html(),
                                QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::RichText);
    // Wide enough that a table's row stays on one line.
    box->setStyleSheet(
        QStringLiteral("QLabel#qt_msgbox_label { min-width: %1px; }").arg(box->fontMetrics().averageCharWidth() * 80));
    if (preview.changedSinceDryRun || !preview.hasDryRun)
        box->setIcon(QMessageBox::Warning);
    QPushButton* start = box->addButton(tr("&Write into the target"), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("confirmRunButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    return box;
}

} // namespace ferry::ui
