#pragma once
// The form for one condition of a duplicate rule: which target columns it compares (checked, in field
// order), how their values are normalised (kind), the fuzzy threshold (name, company, exact) and the
// phone region. Announces each change as a whole condition; the dialog turns it into an undoable edit.
#include "project/dedupe_config.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ferry::ui {

class ConditionEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConditionEditor(QWidget* parent = nullptr);

    // Shows `condition` over the table's target columns, without announcing anything.
    void setCondition(const MatchCondition& condition, const QStringList& columns);
    MatchCondition condition() const;

    QListWidget* columnsList() const { return columns_; }
    QComboBox* kindCombo() const { return kind_; }
    QDoubleSpinBox* fuzzySpin() const { return fuzzy_; }
    QLineEdit* regionEdit() const { return region_; }

signals:
    void edited(const ferry::MatchCondition& condition);

private:
    void announce();
    void updateEnabled();

    QListWidget* columns_;
    QComboBox* kind_;
    QDoubleSpinBox* fuzzy_;
    QLineEdit* region_;
    bool loading_ = false;
};

} // namespace ferry::ui
