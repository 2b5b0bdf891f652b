#pragma once
// The middle stage of the pipeline: source rows in, rows transformed and coerced to the target's column
// types out, with every row the rules refuse turned into a reject. Runs on its own thread so the writer
// only binds and executes while the database works on the previous batch.
#include "engine/plan.h"
#include "engine/run_types.h"

#include <optional>

namespace ferry {

struct PreparedRow {
    // What the table's duplicate rules decided (engine/dedupe_pass.h); Write unless the table has rules.
    enum class Fate : quint8 { Write, SkipDuplicate, WriteFlagged, UpdateTarget };
    Row values;       // one per plan field, coerced to the target column
    qsizetype source; // index in the batch's source rows
    Fate fate = Fate::Write;
    bool duplicate = false;   // matches an earlier row of the load or a row in the target
    bool rewritten = false;   // values are not the row's own: merged, or given a target row's key
    QString dedupeRules = {}; // duplicates: the rules that matched the row's cluster, " | " between names
};

struct PreparedBatch {
    std::vector<Row> source;                // as read, for reject files
    std::vector<PreparedRow> rows;          // ready to write
    std::vector<RejectRecord> rejects;      // refused by a transform or by coercion
    std::vector<MismatchRecord> mismatches; // values written changed, or refused (also in rejects)
    std::optional<QString> stop;            // error policy "stop": the run ends at this batch's first reject
};

// One field's value after its declared transforms (value maps, lookups …), before coercion to the
// target column: what the run coerces and what verification compares with the target. A lookup that
// fails for the row (not for its database, which throws) is a failure of step "lookup".
std::variant<Value, TransformFailure> applyTransforms(const FieldPlan& field, const Row& source, LookupSource* lookups,
                                                      std::vector<TransformLoss>* losses);

class RowPreparer {
public:
    RowPreparer(const TablePlan& plan, LookupSource* lookups)
        : plan_(plan)
        , lookups_(lookups)
    {
    }
    PreparedBatch prepare(std::vector<Row> rows) const;

    static RejectRecord makeReject(const TablePlan& plan, const Row& source, const QString& column,
                                   const QString& reason, const QString& sqlState);

private:
    std::optional<Row> transform(const Row& source, RejectRecord* reject, std::vector<MismatchRecord>* found) const;
    MismatchRecord mismatch(const Row& source, const FieldPlan& field, MismatchKind kind, Risk risk,
                            const QString& after, const QString& reason) const;

    const TablePlan& plan_;
    LookupSource* lookups_;
};

} // namespace ferry
