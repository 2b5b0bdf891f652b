#include "items/dedupe_rules_model.h"

#include "items/project_commands.h"

namespace ferry {

namespace {

// One undo step per kind of edit and table: typing a rule's name or a threshold merges into one step.
constexpr int kMergeBase = 0x64656400; // "ded"

bool looksLike(const QString& column, const char* word)
{
    return column.contains(QLatin1String(word), Qt::CaseInsensitive);
}

} // namespace

DedupeRulesModel::DedupeRulesModel(ProjectDocument* document, int tableIndex, QObject* parent)
    : QAbstractListModel(parent)
    , document_(document)
    , tableIndex_(tableIndex)
{
    shownRules_ = int(config().rules.size());
    connect(document_, &ProjectDocument::tableChanged, this, [this](int index) {
        if (index != tableIndex_)
            return;
        // Same count: the rows stay (and the view's selection with them); otherwise start over.
        if (config().rules.size() == shownRules_) {
            if (shownRules_ > 0)
                emit dataChanged(this->index(0), this->index(shownRules_ - 1));
            return;
        }
        beginResetModel();
        shownRules_ = int(config().rules.size());
        endResetModel();
    });
    auto reset = [this] {
        beginResetModel();
        shownRules_ = int(config().rules.size());
        endResetModel();
    };
    connect(document_, &ProjectDocument::tablesChanged, this, reset);
    connect(document_, &ProjectDocument::projectReset, this, reset);
}

const DedupeConfig& DedupeRulesModel::config() const
{
    static const DedupeConfig none;
    const QList<TableMapping>& tables = document_->tables();
    return tableIndex_ >= 0 && tableIndex_ < tables.size() ? tables[tableIndex_].dedupe : none;
}

QStringList DedupeRulesModel::columns() const
{
    QStringList out;
    if (tableIndex_ < 0 || tableIndex_ >= document_->tables().size())
        return out;
    for (const FieldMapping& f : document_->tables()[tableIndex_].fields)
        out << f.target;
    return out;
}

QString DedupeRulesModel::kindText(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Exact:
        return tr("exact", "match kind");
    case MatchKind::Email:
        return tr("e-mail", "match kind");
    case MatchKind::Phone:
        return tr("phone", "match kind");
    case MatchKind::Name:
        return tr("name", "match kind");
    case MatchKind::Company:
        return tr("company", "match kind");
    }
    return {};
}

QString DedupeRulesModel::describe(const MatchCondition& c)
{
    QStringList how{kindText(c.kind)};
    if (c.fuzzy > 0)
        how << tr("similarity ≥ %1").arg(c.fuzzy, 0, 'f', 2);
    if (c.kind == MatchKind::Phone)
        how << c.region;
    return tr("%1 (%2)").arg(c.columns.join(QStringLiteral(" + ")), how.join(QStringLiteral(", ")));
}

QString DedupeRulesModel::describe(const MatchRule& rule)
{
    QStringList parts;
    for (const MatchCondition& c : rule.all)
        parts << describe(c);
    return parts.join(tr(" and "));
}

bool DedupeRulesModel::setConfig(const DedupeConfig& value, const QString& undoText)
{
    return pushConfig(value, undoText, -1);
}

bool DedupeRulesModel::pushConfig(const DedupeConfig& value, const QString& undoText, int mergeId)
{
    if (tableIndex_ < 0 || tableIndex_ >= document_->tables().size())
        return false;
    TableMapping table = document_->tables()[tableIndex_];
    table.dedupe = value;
    return TableEditCommand::push(document_, tableIndex_, table, undoText, mergeId);
}

MatchCondition DedupeRulesModel::guessCondition(const QStringList& taken) const
{
    // The column a duplicate rule most often compares, with its kind; else the first column not used yet.
    MatchCondition c;
    const QStringList cols = columns();
    for (const QString& col : cols)
        if (!taken.contains(col) && (looksLike(col, "mail") || looksLike(col, "phone"))) {
            c.columns = {col};
            c.kind = looksLike(col, "mail") ? MatchKind::Email : MatchKind::Phone;
            return c;
        }
    for (const QString& col : cols)
        if (!taken.contains(col)) {
            c.columns = {col};
            return c;
        }
    if (!cols.isEmpty())
        c.columns = {cols.first()};
    return c;
}

int DedupeRulesModel::addRule()
{
    DedupeConfig cfg = config();
    QStringList taken;
    for (const MatchRule& r : cfg.rules)
        for (const MatchCondition& c : r.all)
            taken << c.columns;
    MatchRule rule;
    rule.all << guessCondition(taken);
    if (rule.all.first().columns.isEmpty())
        return -1;
    QStringList names;
    for (const MatchRule& r : cfg.rules)
        names << r.name;
    for (int n = int(cfg.rules.size()) + 1; rule.name.isEmpty() || names.contains(rule.name); ++n)
        rule.name = tr("rule %1").arg(n);
    cfg.rules << rule;
    return setConfig(cfg, tr("Add duplicate rule")) ? int(cfg.rules.size()) - 1 : -1;
}

bool DedupeRulesModel::removeRule(int row)
{
    DedupeConfig cfg = config();
    if (row < 0 || row >= cfg.rules.size())
        return false;
    cfg.rules.removeAt(row);
    return setConfig(cfg, tr("Remove duplicate rule"));
}

bool DedupeRulesModel::setCondition(int row, int condition, const MatchCondition& value)
{
    DedupeConfig cfg = config();
    if (row < 0 || row >= cfg.rules.size() || condition < 0 || condition >= cfg.rules[row].all.size())
        return false;
    cfg.rules[row].all[condition] = value;
    return pushConfig(cfg, tr("Change duplicate condition"), kMergeBase + 1);
}

int DedupeRulesModel::addCondition(int row)
{
    DedupeConfig cfg = config();
    if (row < 0 || row >= cfg.rules.size())
        return -1;
    QStringList taken;
    for (const MatchCondition& c : cfg.rules[row].all)
        taken << c.columns;
    cfg.rules[row].all << guessCondition(taken);
    return setConfig(cfg, tr("Add duplicate condition")) ? int(cfg.rules[row].all.size()) - 1 : -1;
}

bool DedupeRulesModel::removeCondition(int row, int condition)
{
    DedupeConfig cfg = config();
    // A rule without conditions would match nothing the project format accepts: remove the rule instead.
    if (row < 0 || row >= cfg.rules.size() || condition < 0 || condition >= cfg.rules[row].all.size() ||
        cfg.rules[row].all.size() < 2)
        return false;
    cfg.rules[row].all.removeAt(condition);
    return setConfig(cfg, tr("Remove duplicate condition"));
}

int DedupeRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : shownRules_;
}

QVariant DedupeRulesModel::data(const QModelIndex& index, int role) const
{
    const QList<MatchRule>& rules = config().rules;
    if (!index.isValid() || index.row() >= rules.size())
        return {};
    const MatchRule& r = rules[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return r.name;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return describe(r);
    default:
        return {};
    }
}

bool DedupeRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const QString name = value.toString().trimmed();
    if (role != Qt::EditRole || !index.isValid() || name.isEmpty() || index.row() >= config().rules.size())
        return false;
    DedupeConfig cfg = config();
    cfg.rules[index.row()].name = name;
    return pushConfig(cfg, tr("Rename duplicate rule"), kMergeBase + 2);
}

Qt::ItemFlags DedupeRulesModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

} // namespace ferry
