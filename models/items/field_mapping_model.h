#pragma once
// The target side of the mapping page: one row per target column of one table mapping, showing what
// feeds it, its transforms, whether the values fit (MappingRisk) and auto-map proposals. Edits (a drop,
// the Source combo, accepting a proposal) become QUndoCommands on the document's undo stack; the model
// re-reads the document whenever the table changes, so undo/redo and other pages stay in step.
#include "assist/auto_mapper.h"
#include "assist/mapping_risk.h"
#include "items/project_document.h"
#include "items/transform_preview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace ferry {

class FieldMappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TargetColumn,
        TypeColumn,
        SourceColumn,
        TransformsColumn,
        CheckColumn,
        ConfidenceColumn,
        ColumnCount
    };
    enum Role {
        TargetNameRole = Qt::UserRole + 1, // QString
        RiskLevelRole,                     // int(RiskLevel), or -1 when nothing is assessed
        RequiredRole,                      // bool: NOT NULL, no default, not generated
        MappedRole,                        // bool
        ProposedRole,                      // bool: an auto-map proposal waits for the user
        ConfidenceRole,                    // int 0–100, or -1
        SourceChoicesRole,                 // QStringList: the source columns the Source combo offers
    };

    explicit FieldMappingModel(ProjectDocument* document, QObject* parent = nullptr);

    ProjectDocument* document() const { return document_; }
    int tableIndex() const { return tableIndex_; }
    void setTableIndex(int index); // -1 for none

    // Source columns: read from the source schema snapshot; a query source has none until its columns
    // are probed and given here.
    void setProbedSourceColumns(const QList<ColumnInfo>& columns);
    // The first source rows of this table (TransformPreview's sample): the checks judge them too.
    void setSample(const std::optional<SourceSample>& sample);
    const QList<ColumnInfo>& sourceColumns() const { return sourceColumns_; }
    bool sourceColumnsKnown() const { return sourceKnown_; }
    bool targetColumnsKnown() const { return targetKnown_; }
    QString sourceLabel() const; // the table mapping's source table, or "query"
    std::optional<ColumnInfo> sourceColumn(const QString& name) const;
    std::optional<ColumnInfo> targetColumn(int row) const; // as described by the target schema
    QStringList targetOrder() const;
    QHash<QString, QStringList> targetsBySource() const; // lower-case source name → target columns

    const FieldMapping* field(int row) const; // nullptr when the row is not mapped
    QString targetName(int row) const;
    int rowOfTarget(const QString& target) const;
    QStringList requiredUnmapped() const;
    RiskAssessment risk(int row) const;

    // Edits (each one undoable; false/0 when nothing changed).
    bool mapSources(int row, const QStringList& sources); // keeps the field's transforms
    bool unmap(int row);
    bool setTransforms(int row, const QList<TransformSpec>& transforms);

    // Auto-map: proposals for the unmapped rows, shown until accepted or discarded.
    int suggest();
    bool hasSuggestions() const { return !suggestions_.isEmpty(); }
    std::optional<MappingSuggestion> suggestion(int row) const;
    bool acceptSuggestion(int row);
    int acceptAllSuggestions(); // one undo macro
    void clearSuggestions();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void mappingChanged();     // the table's fields changed (any edit, undo or redo)
    void suggestionsChanged(); // proposals appeared, were accepted or discarded
    void sourceColumnsChanged();

private:
    struct Row {
        ColumnInfo column;
        bool inSchema = true; // false: a mapped field whose target column the schema does not have
    };
    const TableMapping* table() const;
    void rebuild();              // rows and source columns from the document; resets the model
    void tableEdited(int table); // undo/redo or another page changed the fields
    QList<Row> buildRows() const;
    int dropRow(int row, const QModelIndex& parent) const;
    bool push(QUndoCommand* command);

    // data(), one piece per job: the model's own roles, then one function per column.
    struct RowState;
    QVariant roleData(const RowState& s, int role) const;
    QVariant targetData(const RowState& s, int role) const;
    QVariant typeData(const RowState& s, int role) const;
    QVariant sourceData(const RowState& s, int role) const;
    QVariant transformsData(const RowState& s, int role) const;
    QVariant checkData(const RowState& s, int role) const;
    QVariant confidenceData(const RowState& s, int role) const;
    QString transformsSummary(const FieldMapping& field) const;

    ProjectDocument* document_;
    int tableIndex_ = -1;
    QList<Row> rows_;
    QList<ColumnInfo> sourceColumns_;
    QList<ColumnInfo> probedColumns_;
    bool sourceKnown_ = false;
    bool targetKnown_ = false;
    QHash<QString, MappingSuggestion> suggestions_; // by lower-case target
    QHash<QString, int> acceptedConfidence_;        // by lower-case target, for accepted proposals
    std::optional<SourceSample> sample_;
    mutable QHash<int, RiskAssessment> riskCache_;
};

} // namespace ferry
