#include "tables_page.h"

#include "assist/table_matcher.h"
#include "dedupe/duplicate_rules_dialog.h"
#include "items/table_mapping_list_model.h"
#include "tables/table_mapping_delegate.h"
#include "widgets/view_keys.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ferry::ui {

TablesPage::TablesPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
    , model_(new TableMappingListModel(document, this))
    , view_(new QTableView(this))
    , addButton_(new QPushButton(tr("&Add mapping"), this))
    , removeButton_(new QPushButton(tr("&Remove"), this))
    , matchButton_(new QPushButton(tr("&Match by name"), this))
    , dedupeButton_(new QPushButton(tr("D&uplicate rules…"), this))
    , queryCheck_(new QCheckBox(tr("Use a SQL &query instead of a table"), this))
    , queryEdit_(new QPlainTextEdit(this))
    , statusLabel_(new QLabel(this))
{
    setObjectName(QStringLiteral("tablesPage"));
    setTitle(tr("Tables"));
    setSubTitle(tr("Which source table feeds which target table. Ferry matched them by name; change whatever "
                   "is wrong. One source table may feed several targets."));

    auto* intro = new QLabel(
        tr("Tables are written from top to bottom: a table comes after the tables it refers "
           "to, so that every reference finds its row. Double-click a cell, or press Enter or F2, to change it."),
        this);
    intro->setObjectName(QStringLiteral("tablesIntro"));
    intro->setWordWrap(true);

    model_->setObjectName(QStringLiteral("tableMappingModel"));
    view_->setObjectName(QStringLiteral("tablesView"));
    view_->setAccessibleName(tr("Table mappings"));
    view_->setModel(model_);
    view_->setItemDelegate(new TableMappingDelegate(view_));
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::SelectedClicked);
    view_->setWordWrap(false);
    view_->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    bindViewKeys(view_, {Qt::Key_Return, Qt::Key_Enter}, [this] { view_->edit(view_->currentIndex()); });
    view_->setAlternatingRowColors(true);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    addButton_->setObjectName(QStringLiteral("addButton"));
    removeButton_->setObjectName(QStringLiteral("removeButton"));
    matchButton_->setObjectName(QStringLiteral("matchButton"));
    matchButton_->setToolTip(tr("Adds a mapping for every source table not used yet whose name matches a free "
                                "target table."));
    dedupeButton_->setObjectName(QStringLiteral("dedupeButton"));
    dedupeButton_->setToolTip(tr("Rules that find rows of the selected mapping that are the same customer, and "
                                 "what to do with them, with a preview of the clusters they find."));
    queryCheck_->setObjectName(QStringLiteral("queryCheck"));
    queryEdit_->setObjectName(QStringLiteral("queryEdit"));
    queryEdit_->setAccessibleName(tr("SQL query"));
    queryEdit_->setPlaceholderText(tr("SELECT … FROM … — its columns are mapped like a table's"));
    queryEdit_->setTabChangesFocus(true);
    queryEdit_->setMaximumHeight(queryEdit_->fontMetrics().lineSpacing() * 5 + 2 * queryEdit_->frameWidth() + 8);
    statusLabel_->setObjectName(QStringLiteral("tablesStatus"));
    statusLabel_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton_);
    buttons->addWidget(removeButton_);
    buttons->addWidget(matchButton_);
    buttons->addWidget(dedupeButton_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(view_, 1);
    layout->addLayout(buttons);
    layout->addWidget(queryCheck_);
    layout->addWidget(queryEdit_);
    layout->addWidget(statusLabel_);

    // The same actions by right-click or the context-menu key, on the selected mapping.
    auto* editAction = new QAction(tr("Change this cell"), view_); // F2 and Enter do it too
    connect(editAction, &QAction::triggered, this, [this] { view_->edit(view_->currentIndex()); });
    auto* rulesAction = new QAction(tr("Duplicate rules…"), view_);
    connect(rulesAction, &QAction::triggered, this, &TablesPage::openDuplicateRules);
    auto* removeAction = new QAction(tr("Remove mapping"), view_);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &TablesPage::removeSelected);
    rowActions_ = {editAction, rulesAction, removeAction};
    view_->addActions(rowActions_);
    view_->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(addButton_, &QPushButton::clicked, this, &TablesPage::addMapping);
    connect(removeButton_, &QPushButton::clicked, this, &TablesPage::removeSelected);
    connect(matchButton_, &QPushButton::clicked, this, &TablesPage::matchByName);
    connect(dedupeButton_, &QPushButton::clicked, this, &TablesPage::openDuplicateRules);
    connect(queryCheck_, &QCheckBox::toggled, this, &TablesPage::onQueryToggled);
    connect(queryEdit_, &QPlainTextEdit::textChanged, this, &TablesPage::onQueryEdited);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablesPage::onCurrentChanged);
    connect(model_, &QAbstractItemModel::modelReset, this, &TablesPage::onModelChanged);
    connect(model_, &QAbstractItemModel::layoutChanged, this, &TablesPage::onModelChanged);
    connect(model_, &QAbstractItemModel::dataChanged, this, &TablesPage::onModelChanged);
    onModelChanged();
}

void TablesPage::initializePage()
{
    // A project without table mappings gets proposals; an existing list is the user's and stays.
    if (document()->tables().isEmpty())
        model_->addMatches();
    if (model_->rowCount() > 0 && currentRow() < 0)
        selectProjectIndex(model_->projectIndex(0));
    updateStatus();
}

bool TablesPage::isComplete() const
{
    return model_->usableCount() > 0;
}

int TablesPage::currentRow() const
{
    const QModelIndex i = view_->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void TablesPage::selectProjectIndex(int projectIndex)
{
    const int row = model_->rowOfProjectIndex(projectIndex);
    if (row < 0)
        return;
    view_->setCurrentIndex(model_->index(row, TableMappingListModel::TargetColumn));
    view_->selectRow(row);
}

void TablesPage::addMapping()
{
    const QStringList sources = model_->sourceTables();
    const QStringList targets = model_->targetTables();
    // Another target for the selected source table, else the first source table not used yet.
    QString source;
    if (const int row = currentRow(); row >= 0 && model_->mapping(row).query.isEmpty())
        source = model_->mapping(row).source;
    if (source.isEmpty()) {
        for (const QString& s : sources) {
            bool used = false;
            for (const TableMapping& m : document()->tables())
                used = used || m.source.compare(s, Qt::CaseInsensitive) == 0;
            if (!used) {
                source = s;
                break;
            }
        }
    }
    if (source.isEmpty() && !sources.isEmpty())
        source = sources.first();
    QStringList freeTargets;
    for (const QString& t : targets) {
        bool used = false;
        for (const TableMapping& m : document()->tables())
            used = used || m.target.compare(t, Qt::CaseInsensitive) == 0;
        if (!used)
            freeTargets << t;
    }
    QString target = TableMatcher::bestTarget(source, freeTargets);
    if (target.isEmpty())
        target = !freeTargets.isEmpty() ? freeTargets.first() : targets.value(0);
    if (source.isEmpty() || target.isEmpty())
        return;
    const int row = model_->addMapping(source, target);
    selectProjectIndex(model_->projectIndex(row));
}

void TablesPage::removeSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const int nextProjectIndex = row + 1 < model_->rowCount() ? model_->projectIndex(row + 1) : -1;
    const int removed = model_->projectIndex(row);
    model_->removeRows(row, 1);
    if (nextProjectIndex >= 0)
        selectProjectIndex(nextProjectIndex > removed ? nextProjectIndex - 1 : nextProjectIndex);
    else if (model_->rowCount() > 0)
        selectProjectIndex(model_->projectIndex(model_->rowCount() - 1));
}

void TablesPage::matchByName()
{
    const int added = model_->addMatches();
    statusLabel_->setText(added == 0   ? tr("No other source table matches a free target table by name.")
                          : added == 1 ? tr("Added 1 mapping matched by name.")
                                       : tr("Added %1 mappings matched by name.").arg(added));
}

DuplicateRulesDialog* TablesPage::openDuplicateRules()
{
    const int row = currentRow();
    if (row < 0)
        return nullptr;
    auto* dialog = new DuplicateRulesDialog(document(), model_->projectIndex(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void TablesPage::onCurrentChanged()
{
    const int row = currentRow();
    if (row >= 0)
        currentProjectIndex_ = model_->projectIndex(row);
    loading_ = true;
    const bool has = row >= 0;
    const bool isQuery = has && model_->index(row, 0).data(TableMappingListModel::IsQueryRole).toBool();
    removeButton_->setEnabled(has);
    dedupeButton_->setEnabled(has);
    for (QAction* a : std::as_const(rowActions_))
        a->setEnabled(has);
    queryCheck_->setEnabled(has);
    queryCheck_->setChecked(isQuery);
    queryEdit_->setEnabled(isQuery);
    const QString query = has ? model_->mapping(row).query : QString();
    if (queryEdit_->toPlainText() != query)
        queryEdit_->setPlainText(query);
    loading_ = false;
}

void TablesPage::onQueryToggled(bool on)
{
    if (loading_)
        return;
    const int row = currentRow();
    if (row < 0)
        return;
    const TableMapping& m = model_->mapping(row);
    if (on) {
        const QString sql = queryEdit_->toPlainText().trimmed().isEmpty() && !m.source.isEmpty()
                                ? QStringLiteral("SELECT * FROM %1").arg(m.source)
                                : queryEdit_->toPlainText();
        model_->setQuery(row, sql);
    } else {
        // Back to a table: the one named like the target, else the first source table.
        QString source = TableMatcher::bestTarget(m.target, model_->sourceTables());
        if (source.isEmpty())
            source = model_->sourceTables().value(0);
        model_->setSourceTable(row, source);
    }
}

void TablesPage::onQueryEdited()
{
    if (loading_)
        return;
    const int row = currentRow();
    if (row >= 0 && queryCheck_->isChecked())
        model_->setQuery(row, queryEdit_->toPlainText());
}

void TablesPage::onModelChanged()
{
    // Resets lose the view's current index: find the same mapping again.
    if (currentProjectIndex_ >= 0 && currentRow() < 0)
        selectProjectIndex(qMin(currentProjectIndex_, static_cast<int>(document()->tables().size()) - 1));
    onCurrentChanged();
    updateStatus();
    emit completeChanged();
}

void TablesPage::updateStatus()
{
    if (!document()->schema(Side::Source) || !document()->schema(Side::Target)) {
        statusLabel_->setText(tr("Test both connections first: the tables come from the databases."));
        return;
    }
    const int usable = model_->usableCount();
    if (model_->rowCount() == 0) {
        statusLabel_->setText(tr("No source table matched a target table by name. Add mappings with \"Add "
                                 "mapping\"."));
        return;
    }
    qint64 rows = 0;
    for (int r = 0; r < model_->rowCount(); ++r)
        rows += model_->index(r, 0).data(TableMappingListModel::RowCountRole).toLongLong();
    QString text = usable == 1 ? tr("1 table mapping ready") : tr("%1 table mappings ready").arg(usable);
    if (rows > 0)
        text += tr(", about %1 source rows").arg(QLocale().toString(rows));
    text += QLatin1Char('.');
    if (usable < model_->rowCount())
        text += QLatin1Char(' ') + tr("Mappings shown in red name a table the database does not have.");
    statusLabel_->setText(text);
}

} // namespace ferry::ui
