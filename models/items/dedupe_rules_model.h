#pragma once
// The duplicate rules of one table mapping as a list (one row per rule, its name editable), and every
// edit of that mapping's "dedupe" object — rules, their conditions, the action and the against-target
// policy — as an undoable TableEditCommand on the document's stack, like every other mapping edit.
#include "items/project_document.h"

#include <QAbstractListModel>

namespace ferry {

class DedupeRulesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { DescriptionRole = Qt::UserRole + 1 };

    DedupeRulesModel(ProjectDocument* document, int tableIndex, QObject* parent = nullptr);

    int tableIndex() const { return tableIndex_; }
    const DedupeConfig& config() const;
    // Target columns of the mapping's fields: what a condition may compare.
    QStringList columns() const;

    // "email (e-mail)", "first_name + last_name (name, fuzzy 0.92) and phone (phone, US)".
    static QString describe(const MatchRule& rule);
    static QString describe(const MatchCondition& condition);
    static QString kindText(MatchKind kind);

    // Edits; each is one undo step and returns false when it changes nothing.
    bool setConfig(const DedupeConfig& config, const QString& undoText);
    int addRule(); // row of the new rule (one condition, guessed from the columns), -1 if none can be made
    bool removeRule(int row);
    bool setCondition(int row, int condition, const MatchCondition& value);
    int addCondition(int row); // index of the new condition in the rule
    bool removeCondition(int row, int condition);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    // mergeId: consecutive edits with the same id (not -1) are one undo step (typing a name).
    bool pushConfig(const DedupeConfig& config, const QString& undoText, int mergeId);
    MatchCondition guessCondition(const QStringList& taken) const;

    ProjectDocument* document_;
    int tableIndex_;
    int shownRules_ = 0;
};

} // namespace ferry
