#pragma once
// What a sync compares to decide whether a matched target row needs writing: the row's non-key values,
// each in the comparable form of its target column (engine/verify_compare.h — exact per type, as the
// database compares: 1.50 = 1.5 in a numeric column, CHAR padding ignored, text byte-exact, NULL only
// NULL). Two fingerprints are equal exactly when writing the incoming row would leave every column as it
// is, so an equal row is counted unchanged and not written.
#include "core/value.h"
#include "engine/plan.h"

#include <QByteArray>

namespace ferry {

// The incoming row: one value per plan field.
QByteArray incomingFingerprint(const TablePlan& plan, const Row& values);
// A target row read back: its non-key columns (TablePlan::nonKeyColumns() order) from `offset` on.
QByteArray storedFingerprint(const TablePlan& plan, const Row& row, int offset);

} // namespace ferry
