// FieldMappingModel's display: data() per column and role, and the text of a field's transforms.
#include "items/field_mapping_model.h"

#include "items/source_columns_model.h"
#include "transforms/transform.h"
#include "transforms/transform_chain.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ferry {

namespace {

// The view's font with one style switched on (&QFont::setBold, &QFont::setItalic) and nothing else set,
// so the rest follows the view.
QFont fontWith(void (QFont::*style)(bool))
{
    QFont font;
    (font.*style)(true);
    return font;
}

QColor riskColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Exact:
        return QColor(0x2e, 0x9e, 0x44);
    case RiskLevel::MayLose:
        return QColor(0xe0, 0xa1, 0x00);
    case RiskLevel::WillFail:
        return QColor(0xd0, 0x31, 0x2d);
    }
    return {};
}

} // namespace

// What every column of one row is drawn from.
struct FieldMappingModel::RowState {
    int row;
    const Row& info;
    const FieldMapping* field; // nullptr when unmapped
    std::optional<MappingSuggestion> proposal;
    bool required; // NOT NULL, no default, not generated
    bool assessed; // the check can say something (the target is known, or the row is mapped)
};

QVariant FieldMappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Row& r = rows_[row];
    const FieldMapping* f = field(row);
    const RowState s{.row = row,
                     .info = r,
                     .field = f,
                     .proposal = f ? std::nullopt : suggestion(row),
                     .required = r.inSchema && MappingRisk::isRequired(r.column),
                     .assessed = targetKnown_ || f};
    if (role >= TargetNameRole && role <= SourceChoicesRole) // the model's own roles
        return roleData(s, role);

    // One function per column, in Column order.
    using ColumnData = QVariant (FieldMappingModel::*)(const RowState&, int) const;
    static constexpr ColumnData columns[ColumnCount] = {
        &FieldMappingModel::targetData,     &FieldMappingModel::typeData,  &FieldMappingModel::sourceData,
        &FieldMappingModel::transformsData, &FieldMappingModel::checkData, &FieldMappingModel::confidenceData};
    const QVariant value = (this->*columns[index.column()])(s, role);
    if (value.isValid())
        return value;
    // Required columns still unmapped stand out in every cell of their row.
    if (role == Qt::BackgroundRole && s.required && !f)
        return QBrush(QColor(0xd0, 0x31, 0x2d, 40));
    return {};
}

QVariant FieldMappingModel::roleData(const RowState& s, int role) const
{
    switch (role) {
    case TargetNameRole:
        return s.info.column.name;
    case RiskLevelRole:
        return (s.field || s.required || !s.info.inSchema) ? int(risk(s.row).level) : -1;
    case RequiredRole:
        return s.required;
    case MappedRole:
        return s.field != nullptr;
    case ProposedRole:
        return s.proposal.has_value();
    case ConfidenceRole:
        if (s.proposal)
            return s.proposal->confidence;
        return acceptedConfidence_.value(s.info.column.name.toLower(), -1);
    case SourceChoicesRole: {
        QStringList names;
        for (const ColumnInfo& c : sourceColumns_)
            names << c.name;
        return names;
    }
    default:
        return {};
    }
}

QVariant FieldMappingModel::targetData(const RowState& s, int role) const
{
    const ColumnInfo& column = s.info.column;
    if (role == Qt::DisplayRole)
        return column.name;
    if (role == Qt::FontRole && s.required)
        return fontWith(&QFont::setBold);
    if (role == Qt::ToolTipRole) {
        if (!s.info.inSchema)
            return risk(s.row).reason();
        return s.required
                   ? tr("%1 is required: NOT NULL, no default, not generated. Map a column to it.").arg(column.name)
                   : (column.nullable ? tr("%1 accepts NULL.") : tr("%1 is NOT NULL.")).arg(column.name);
    }
    return {};
}

QVariant FieldMappingModel::typeData(const RowState& s, int role) const
{
    if (role != Qt::DisplayRole || !s.info.inSchema)
        return {};
    const ColumnInfo& column = s.info.column;
    QString label = columnTypeLabel(column);
    if (!column.nullable && !column.autoIncrement)
        label = tr("%1, NOT NULL").arg(label);
    if (column.autoIncrement)
        label = tr("%1, generated").arg(label);
    return label;
}

QVariant FieldMappingModel::sourceData(const RowState& s, int role) const
{
    const FieldMapping* f = s.field;
    if (role == Qt::DisplayRole) {
        if (f && f->constant)
            return tr("constant %1").arg(transforms::jsonDisplay(*f->constant));
        if (f)
            return f->sources.join(QStringLiteral(", "));
        if (s.proposal)
            return tr("%1 (proposed)").arg(s.proposal->source);
        return tr("(not mapped)");
    }
    if (role == Qt::EditRole)
        return f && !f->sources.isEmpty() ? f->sources.first() : QString();
    if (role == Qt::FontRole && s.proposal)
        return fontWith(&QFont::setItalic);
    if (role == Qt::ForegroundRole && !f)
        return QBrush(s.proposal ? QColor(0x1f, 0x5f, 0xa8) : QColor(Qt::gray));
    if (role == Qt::ToolTipRole) {
        if (s.proposal)
            return tr("Proposed: %1 (%2, confidence %3%). Accept it to map it.")
                .arg(s.proposal->source, s.proposal->reason)
                .arg(s.proposal->confidence);
        return tr("Drag a source column here, or choose one from the list.");
    }
    return {};
}

QVariant FieldMappingModel::transformsData(const RowState& s, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (s.field)
            return transformsSummary(*s.field);
        if (s.proposal && !s.proposal->transforms.isEmpty()) {
            FieldMapping p;
            p.transforms = s.proposal->transforms;
            return transformsSummary(p);
        }
    }
    if (role == Qt::FontRole && s.proposal)
        return fontWith(&QFont::setItalic);
    return {};
}

QVariant FieldMappingModel::checkData(const RowState& s, int role) const
{
    if (!s.assessed && !s.proposal)
        return {};
    if (!s.field && !s.required && s.info.inSchema)
        return role == Qt::ToolTipRole ? QVariant(MappingRisk::assessUnmapped(s.info.column).reason()) : QVariant();
    const RiskAssessment a = risk(s.row);
    if (role == Qt::DisplayRole) {
        if (!s.field && s.required)
            return tr("Required, not mapped");
        return MappingRisk::levelName(a.level);
    }
    if (role == Qt::DecorationRole)
        return riskColor(a.level);
    if (role == Qt::ToolTipRole)
        return a.reason();
    return {};
}

QVariant FieldMappingModel::confidenceData(const RowState& s, int role) const
{
    const int confidence =
        s.proposal ? s.proposal->confidence : acceptedConfidence_.value(s.info.column.name.toLower(), -1);
    if (role == Qt::DisplayRole && confidence >= 0)
        return tr("%1%").arg(confidence);
    if (role == Qt::FontRole && s.proposal)
        return fontWith(&QFont::setItalic);
    if (role == Qt::ToolTipRole && s.proposal)
        return s.proposal->reason;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString FieldMappingModel::transformsSummary(const FieldMapping& f) const
{
    QStringList parts;
    for (const TransformSpec& spec : f.transforms) {
        const transforms::Transform* t = transforms::findTransform(spec.type);
        const QString label = t ? t->label() : spec.type;
        const QString detail = t ? t->detail(spec.params) : QString();
        parts << (detail.isEmpty() ? label : tr("%1 (%2)").arg(label, detail));
    }
    return parts.join(QStringLiteral(" → "));
}

} // namespace ferry
