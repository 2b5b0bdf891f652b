#include "mapping_page.h"

#include "assist/connection_check.h"
#include "items/background_job.h"
#include "items/field_mapping_model.h"
#include "items/source_columns_model.h"
#include "items/transform_preview.h"
#include "mapping/source_column_delegate.h"
#include "mapping/transform_editor.h"
#include "widgets/view_keys.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {

bool hasProfile(const ConnectionProfile& p)
{
    return p.kind == ConnectionProfile::Kind::Sqlite ? !p.file.isEmpty() : !(p.dsn.isEmpty() && p.driver.isEmpty());
}

QTableView* makeView(const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(false);
    view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    return view;
}

QLineEdit* makeFilter(const QString& name, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(placeholder); // no label: the placeholder says what it filters
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

MappingPage::MappingPage(ProjectDocument* document, QWidget* parent)
    : WizardPage(document, parent)
    , fields_(new FieldMappingModel(document, this))
    , sources_(new SourceColumnsModel(this))
    , preview_(new TransformPreview(this))
    , sourceProxy_(new QSortFilterProxyModel(this))
    , targetProxy_(new QSortFilterProxyModel(this))
{
    setTitle(tr("Field mapping"));
    setSubTitle(tr("Drag each source column onto the target column it fills, or select the target column and "
                   "press Enter to choose its source. Green fits exactly, yellow may lose data, red will fail."));

    // Top: which table mapping, and auto-map.
    tableCombo_ = new QComboBox(this);
    tableCombo_->setObjectName(QStringLiteral("tableCombo"));
    tableCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* tableLabel = new QLabel(tr("&Table mapping:"), this);
    tableLabel->setBuddy(tableCombo_);
    autoMap_ = new QPushButton(tr("&Auto-map"), this);
    autoMap_->setObjectName(QStringLiteral("autoMapButton"));
    autoMap_->setToolTip(tr("Propose source columns for the unmapped target columns by name and type. Nothing "
                            "is mapped until you accept."));
    acceptAll_ = new QPushButton(tr("Accept a&ll"), this);
    acceptAll_->setObjectName(QStringLiteral("acceptAllButton"));
    acceptSelected_ = new QPushButton(tr("Accept &selected"), this);
    acceptSelected_->setObjectName(QStringLiteral("acceptSelectedButton"));
    discard_ = new QPushButton(tr("&Discard proposals"), this);
    discard_->setObjectName(QStringLiteral("discardSuggestionsButton"));
    auto* undo = new QToolButton(this);
    undo->setObjectName(QStringLiteral("undoButton"));
    undo->setDefaultAction(document->undoStack()->createUndoAction(undo, tr("Undo")));
    undo->defaultAction()->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    auto* redo = new QToolButton(this);
    redo->setObjectName(QStringLiteral("redoButton"));
    redo->setDefaultAction(document->undoStack()->createRedoAction(redo, tr("Redo")));
    redo->defaultAction()->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));

    auto* top = new QHBoxLayout;
    top->addWidget(tableLabel);
    top->addWidget(tableCombo_, 1);
    top->addSpacing(12);
    top->addWidget(autoMap_);
    top->addWidget(acceptAll_);
    top->addWidget(acceptSelected_);
    top->addWidget(discard_);
    top->addSpacing(12);
    top->addWidget(undo);
    top->addWidget(redo);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("mappingStatus"));
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);

    // Sources.
    sourceProxy_->setSourceModel(sources_);
    sourceProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    sourceProxy_->setFilterKeyColumn(SourceColumnsModel::NameColumn);
    sourceFilter_ = makeFilter(QStringLiteral("sourceFilter"), tr("Filter source columns"), this);
    connect(sourceFilter_, &QLineEdit::textChanged, sourceProxy_, &QSortFilterProxyModel::setFilterFixedString);
    sourceView_ = makeView(QStringLiteral("sourceView"), this);
    sourceView_->setModel(sourceProxy_);
    sourceView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    sourceView_->setDragEnabled(true);
    sourceView_->setDragDropMode(QAbstractItemView::DragOnly);
    sourceView_->setDefaultDropAction(Qt::CopyAction);
    sourceView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sourceView_->horizontalHeader()->setSectionResizeMode(SourceColumnsModel::NameColumn,
                                                          QHeaderView::ResizeToContents);
    sourceView_->horizontalHeader()->setSectionResizeMode(SourceColumnsModel::TypeColumn,
                                                          QHeaderView::ResizeToContents);
    sourceView_->horizontalHeader()->setStretchLastSection(true);
    auto* mapAction = new QAction(tr("Map to the selected target column"), sourceView_);
    mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    mapAction->setShortcutContext(Qt::WidgetShortcut);
    sourceView_->addAction(mapAction);
    sourceView_->setContextMenuPolicy(Qt::ActionsContextMenu);
    sourceView_->setAccessibleName(tr("Source columns"));
    sourceView_->setAccessibleDescription(
        tr("Enter or Ctrl+M maps the selected source column to the selected target column."));
    bindViewKeys(sourceView_, {Qt::Key_Return, Qt::Key_Enter}, [this] { mapSelectedSource(); });
    connect(mapAction, &QAction::triggered, this, &MappingPage::mapSelectedSource);
    // Alt+O (Alt+G for the targets) focuses the box's filter; Tab then reaches its table.
    auto* sourceBox = new QGroupBox(tr("S&ource columns"), this);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addWidget(sourceFilter_);
    sourceLayout->addWidget(sourceView_);

    // Targets.
    targetProxy_->setSourceModel(fields_);
    targetProxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    targetProxy_->setFilterKeyColumn(-1); // a target or the source that feeds it
    targetFilter_ = makeFilter(QStringLiteral("targetFilter"), tr("Filter target columns"), this);
    connect(targetFilter_, &QLineEdit::textChanged, targetProxy_, &QSortFilterProxyModel::setFilterFixedString);
    targetView_ = makeView(QStringLiteral("targetView"), this);
    targetView_->setModel(targetProxy_);
    targetView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    targetView_->setAcceptDrops(true);
    targetView_->setDragDropMode(QAbstractItemView::DropOnly);
    targetView_->setDragDropOverwriteMode(true); // a drop lands on a row, never between rows
    targetView_->setDropIndicatorShown(true);
    targetView_->setDefaultDropAction(Qt::CopyAction);
    targetView_->setItemDelegateForColumn(FieldMappingModel::SourceColumn, new SourceColumnDelegate(targetView_));
    targetView_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::SelectedClicked);
    QHeaderView* header = targetView_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FieldMappingModel::TransformsColumn, QHeaderView::Stretch);
    // The keyboard path: Enter, F2 or Ctrl+M opens the Source cell's list; the context-menu key the rest.
    auto* chooseAction = new QAction(tr("Choose the source column…"), targetView_);
    chooseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    auto* acceptAction = new QAction(tr("Accept the proposal"), targetView_);
    auto* unmapAction = new QAction(tr("Unmap"), targetView_);
    unmapAction->setShortcut(QKeySequence::Delete);
    for (QAction* a : {chooseAction, acceptAction, unmapAction}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        targetView_->addAction(a);
    }
    targetView_->setContextMenuPolicy(Qt::ActionsContextMenu);
    targetView_->setAccessibleName(tr("Target columns"));
    targetView_->setAccessibleDescription(tr("Enter, F2 or Ctrl+M chooses the source column of the selected row; "
                                             "Delete unmaps it."));
    bindViewKeys(targetView_, {Qt::Key_Return, Qt::Key_Enter, Qt::Key_F2}, [this] { editSourceCell(); });
    connect(chooseAction, &QAction::triggered, this, &MappingPage::editSourceCell);
    auto* targetBox = new QGroupBox(tr("Tar&get columns"), this);
    auto* targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(targetFilter_);
    targetLayout->addWidget(targetView_);

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("columnsSplitter"));
    columns->addWidget(sourceBox);
    columns->addWidget(targetBox);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 3);
    columns->setChildrenCollapsible(false);

    editor_ = new TransformEditor(preview_, this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("mappingSplitter"));
    split->addWidget(columns);
    split->addWidget(editor_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(status_);
    layout->addWidget(split, 1);

    // Wiring.
    connect(tableCombo_, &QComboBox::currentIndexChanged, this, &MappingPage::tableSelected);
    connect(autoMap_, &QPushButton::clicked, this, [this] {
        const int n = fields_->suggest();
        if (n == 0)
            status_->setText(tr("Auto-map found nothing more to propose."));
    });
    connect(acceptAll_, &QPushButton::clicked, fields_, &FieldMappingModel::acceptAllSuggestions);
    auto acceptSelected = [this] {
        const QList<int> rows = selectedTargetRows();
        QList<int> proposed;
        for (int r : rows)
            if (fields_->suggestion(r) && !fields_->field(r))
                proposed << r;
        if (proposed.size() > 1)
            this->document()->undoStack()->beginMacro(tr("Accept %n proposals", nullptr, int(proposed.size())));
        for (int r : proposed)
            fields_->acceptSuggestion(r);
        if (proposed.size() > 1)
            this->document()->undoStack()->endMacro();
    };
    connect(acceptSelected_, &QPushButton::clicked, this, acceptSelected);
    connect(acceptAction, &QAction::triggered, this, acceptSelected);
    connect(unmapAction, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedTargetRows();
        QList<int> mapped;
        for (int r : rows)
            if (fields_->field(r))
                mapped << r;
        if (mapped.size() > 1)
            this->document()->undoStack()->beginMacro(tr("Unmap %n columns", nullptr, int(mapped.size())));
        for (int r : mapped)
            fields_->unmap(r);
        if (mapped.size() > 1)
            this->document()->undoStack()->endMacro();
    });
    connect(discard_, &QPushButton::clicked, fields_, &FieldMappingModel::clearSuggestions);

    connect(fields_, &FieldMappingModel::sourceColumnsChanged, this, [this] {
        sources_->setColumns(fields_->sourceLabel(), fields_->sourceColumns());
        sources_->setUsage(fields_->targetsBySource());
        sourceView_->resizeColumnsToContents();
        updateButtons();
        updateStatus();
    });
    connect(fields_, &FieldMappingModel::mappingChanged, this, [this] {
        sources_->setUsage(fields_->targetsBySource());
        updateEditor();
        updateButtons();
        updateStatus();
    });
    connect(fields_, &FieldMappingModel::suggestionsChanged, this, &MappingPage::updateButtons);
    connect(targetView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MappingPage::updateEditor);
    connect(targetView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MappingPage::updateButtons);
    connect(editor_, &TransformEditor::applyRequested, this,
            [this](const QString& target, const QList<TransformSpec>& t) {
                fields_->setTransforms(fields_->rowOfTarget(target), t);
            });

    connect(preview_, &TransformPreview::loadingChanged, this, [this] {
        updateBusy();
        editor_->setSampleStatus(preview_->isLoading()
                                     ? tr("Reading the first %n source rows…", nullptr, TransformPreview::kSampleRows)
                                     : QString());
    });
    connect(preview_, &TransformPreview::sampleReady, this, &MappingPage::sampleReady);

    connect(document, &ProjectDocument::tablesChanged, this, &MappingPage::fillTableCombo);
    connect(document, &ProjectDocument::projectReset, this, &MappingPage::fillTableCombo);
    connect(document, &ProjectDocument::tableChanged, this, &MappingPage::completeChanged);
    connect(document, &ProjectDocument::tablesChanged, this, &MappingPage::completeChanged);
    connect(document, &ProjectDocument::projectReset, this, &MappingPage::completeChanged);
    connect(document, &ProjectDocument::profileChanged, this, [this](Side side) {
        if (side == Side::Source)
            preview_->clearCache();
    });
    connect(document, &ProjectDocument::schemaChanged, this, [this](Side side) {
        if (side == Side::Target)
            editor_->setTargetSchema(this->document()->schema(Side::Target));
        updateStatus();
        emit completeChanged(); // required target columns are known now
    });

    fillTableCombo();
}

void MappingPage::initializePage()
{
    shown_ = true;
    editor_->setTargetSchema(document()->schema(Side::Target));
    loadMissingSchemas();
    fillTableCombo(); // selects a table, which starts reading its sample
}

bool MappingPage::isComplete() const
{
    // A run with a required target column unmapped is refused, so Next waits; the status line says why.
    if (!unmappedRequired().isEmpty())
        return false;
    for (const TableMapping& t : document()->tables())
        for (const FieldMapping& f : t.fields)
            if (f.constant || !f.sources.isEmpty())
                return true;
    return false;
}

bool MappingPage::validatePage()
{
    updateStatus();
    return isComplete();
}

bool MappingPage::isBusy() const
{
    return schemaLoads_ > 0 || preview_->isLoading();
}

void MappingPage::updateBusy()
{
    const bool busy = isBusy();
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged(busy);
}

void MappingPage::fillTableCombo()
{
    const int keep = tableCombo_->currentIndex();
    {
        QSignalBlocker block(tableCombo_);
        tableCombo_->clear();
        for (const TableMapping& t : document()->tables())
            tableCombo_->addItem(tr("%1 → %2").arg(t.source.isEmpty() ? tr("query") : t.source, t.target));
        tableCombo_->setEnabled(tableCombo_->count() > 0);
        tableCombo_->setCurrentIndex(keep >= 0 && keep < tableCombo_->count() ? keep : (tableCombo_->count() ? 0 : -1));
    }
    tableSelected(tableCombo_->currentIndex());
}

void MappingPage::selectTable(int index)
{
    tableCombo_->setCurrentIndex(index);
}

void MappingPage::tableSelected(int index)
{
    fields_->setTableIndex(index);
    sources_->setColumns(fields_->sourceLabel(), fields_->sourceColumns());
    sources_->setUsage(fields_->targetsBySource());
    sourceFilter_->clear();
    targetFilter_->clear();
    // Start on the first mapped column, so the transforms and the sample show something at once.
    int first = fields_->rowCount() > 0 ? 0 : -1;
    for (int r = fields_->rowCount() - 1; r >= 0; --r)
        if (fields_->field(r))
            first = r;
    if (first >= 0)
        targetView_->setCurrentIndex(
            targetProxy_->mapFromSource(fields_->index(first, FieldMappingModel::SourceColumn)));
    loadSample();
    updateEditor();
    updateButtons();
    updateStatus();
}

void MappingPage::loadMissingSchemas()
{
    for (Side side : {Side::Source, Side::Target}) {
        bool& loading = side == Side::Source ? sourceLoading_ : targetLoading_;
        const ConnectionProfile profile = document()->profile(side);
        if (document()->schema(side) || loading || !hasProfile(profile))
            continue;
        loading = true;
        ++schemaLoads_;
        updateBusy();
        const QString password = document()->password(side);
        auto read = [profile, password] { return ConnectionCheck::run(profile, password); };
        runInBackground(this, read, [this, side, profile](const JobResult<ConnectionCheck>& result) {
            const ConnectionCheck r = result.valueOr(&ConnectionCheck::failed);
            (side == Side::Source ? sourceLoading_ : targetLoading_) = false;
            --schemaLoads_;
            // The user may have changed the connection meanwhile; then this schema is stale.
            if (document()->profile(side) == profile && !document()->schema(side)) {
                if (r.snapshot)
                    document()->setSchema(side, r.snapshot);
                else
                    schemaError_ = r.advice.isEmpty() ? r.message : r.message + QLatin1Char(' ') + r.advice;
            }
            updateStatus();
            updateBusy();
        });
    }
    updateStatus();
}

void MappingPage::loadSample()
{
    // Nothing is read from a database before the user reaches the page.
    const int index = fields_->tableIndex();
    if (!shown_ || index < 0 || !hasProfile(document()->profile(Side::Source)))
        return;
    preview_->load(document()->profile(Side::Source), document()->password(Side::Source), document()->tables()[index]);
}

void MappingPage::sampleReady()
{
    const SourceSample* sample = preview_->sample();
    if (!sample)
        return;
    const int index = fields_->tableIndex();
    if (!sample->error.isEmpty()) {
        editor_->setSampleStatus(tr("The sample could not be read: %1").arg(sample->error));
        return;
    }
    editor_->setSampleStatus(sample->rows.empty() ? tr("The source has no rows to show.") : QString());
    fields_->setSample(*sample); // the checks judge the sample values too
    // A query's columns are known only from its result.
    if (index >= 0 && !document()->tables()[index].query.isEmpty())
        fields_->setProbedSourceColumns(columnsOfSample(*sample));
    updateEditor();
}

int MappingPage::currentTargetRow() const
{
    const QModelIndex current = targetView_->currentIndex();
    return current.isValid() ? targetProxy_->mapToSource(current).row() : -1;
}

QList<int> MappingPage::selectedTargetRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : targetView_->selectionModel()->selectedRows())
        rows << targetProxy_->mapToSource(i).row();
    if (rows.isEmpty() && currentTargetRow() >= 0)
        rows << currentTargetRow();
    return rows;
}

void MappingPage::selectTarget(const QString& target)
{
    const int row = fields_->rowOfTarget(target);
    if (row < 0)
        return;
    const QModelIndex i = targetProxy_->mapFromSource(fields_->index(row, FieldMappingModel::SourceColumn));
    targetView_->setCurrentIndex(i);
    targetView_->scrollTo(i);
}

void MappingPage::editSourceCell()
{
    const QModelIndex current = targetView_->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex cell = current.siblingAtColumn(FieldMappingModel::SourceColumn);
    targetView_->setCurrentIndex(cell);
    targetView_->edit(cell);
}

void MappingPage::mapSelectedSource()
{
    const QModelIndex source = sourceView_->currentIndex();
    const int row = currentTargetRow();
    if (!source.isValid() || row < 0) {
        status_->setText(tr("Select a source column and a target column first (Tab moves between the tables)."));
        return;
    }
    const QString name = source.data(SourceColumnsModel::ColumnNameRole).toString();
    fields_->setData(fields_->index(row, FieldMappingModel::SourceColumn), name, Qt::EditRole);
}

void MappingPage::updateEditor()
{
    const int row = currentTargetRow();
    const FieldMapping* f = row >= 0 ? fields_->field(row) : nullptr;
    editor_->setField(row >= 0 ? fields_->targetName(row) : QString(),
                      f ? std::optional<FieldMapping>(*f) : std::nullopt,
                      row >= 0 ? fields_->targetColumn(row) : std::nullopt);
}

void MappingPage::updateButtons()
{
    autoMap_->setEnabled(fields_->sourceColumnsKnown() && fields_->targetColumnsKnown());
    acceptAll_->setEnabled(fields_->hasSuggestions());
    discard_->setEnabled(fields_->hasSuggestions());
    bool selectedProposal = false;
    for (int r : selectedTargetRows())
        selectedProposal = selectedProposal || (fields_->suggestion(r) && !fields_->field(r));
    acceptSelected_->setEnabled(selectedProposal);
}

QStringList MappingPage::unmappedRequired() const
{
    QStringList out;
    const SchemaSnapshot* target = document()->schema(Side::Target);
    if (!target)
        return out;
    for (const TableMapping& t : document()->tables()) {
        const TableInfo* info = target->table(t.target);
        if (!info)
            continue;
        QStringList missing;
        for (const ColumnInfo& c : info->columns) {
            bool mapped = false;
            for (const FieldMapping& f : t.fields)
                mapped = mapped || f.target.compare(c.name, Qt::CaseInsensitive) == 0;
            if (MappingRisk::isRequired(c) && !mapped)
                missing << c.name;
        }
        if (!missing.isEmpty())
            out << tr("%1: %2").arg(t.target, missing.join(QStringLiteral(", ")));
    }
    return out;
}

void MappingPage::updateStatus()
{
    QString text;
    bool warning = false;
    const int index = fields_->tableIndex();
    if (document()->tables().isEmpty()) {
        text = tr("The project has no table mappings yet: go back and choose the tables to migrate.");
    } else if (schemaLoads_ > 0) {
        text = tr("Reading the columns of both databases…");
    } else if (!schemaError_.isEmpty() && (!fields_->sourceColumnsKnown() || !fields_->targetColumnsKnown())) {
        text = tr("The columns could not be read: %1").arg(schemaError_);
        warning = true;
    } else if (index >= 0 && !fields_->sourceColumnsKnown()) {
        text = document()->tables()[index].query.isEmpty()
                   ? tr("The source table's columns are not known: go back to the source connection.")
                   : tr("The query's columns are not known until its first rows are read.");
    } else {
        const QStringList missing = unmappedRequired();
        if (!missing.isEmpty()) {
            text = tr("Next waits until the required target columns are mapped (a run would be refused): %1")
                       .arg(missing.join(QStringLiteral("; ")));
            warning = true;
        } else {
            int mapped = 0;
            for (int r = 0; r < fields_->rowCount(); ++r)
                mapped += fields_->field(r) ? 1 : 0;
            text = tr("%1 of %2 target columns are mapped.").arg(mapped).arg(fields_->rowCount());
            if (mapped < fields_->rowCount())
                text += QLatin1Char(' ') + tr("Auto-map proposes sources for the others by name and type; nothing "
                                              "changes until you accept.");
        }
    }
    status_->setText(text);
    status_->setStyleSheet(warning ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace ferry::ui
