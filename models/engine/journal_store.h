#pragma once
// Checkpoints kept beside the project instead of in the target, for a target where no extra table may be
// created (project option "stateStore": "journal"). The journal is a SQLite file in the output folder
// (ferry-journal.sqlite). It cannot commit with the target's rows, so the rule that keeps replays exact is:
//
//   before COMMIT   the batch's checkpoint is written as pending, with the match key of one row the batch
//                   inserts (its probe);
//   after COMMIT    it is marked committed, and the older ones of its table are dropped;
//   on recovery     a pending checkpoint counts as committed exactly when its probe row is in the target
//                   (a batch commits whole, so one of its rows tells for all). A batch that inserted no row
//                   wrote only updates or nothing, and doing it again changes nothing and counts the same.
//
// So every table needs match keys in journal mode (the plan refuses one without); a run with the state
// in the target needs none.
#include "engine/checkpoint_store.h"

namespace ferry {

struct Plan;

class JournalStore : public StateStore {
public:
    static QString fileName() { return QStringLiteral("ferry-journal.sqlite"); }

    // Opens (creating) the journal in outputDirectory. Throws DbError.
    JournalStore(const QString& outputDirectory, QString runId, QString project);
    ~JournalStore() override;

    void ensureTable() override;
    void open(const Checkpoint&) override {}
    void save(const Checkpoint& c) override;
    void committed(const Checkpoint& c) override;
    void finish(const Checkpoint& c) override;
    QList<Checkpoint> load() override;
    void forgetEarlierRuns() override;

private:
    void write(const Checkpoint& c, bool pending);

    std::unique_ptr<Connection> journal_;
    QString runId_;
    QString project_;
};

// Settles the journal's pending checkpoints against the target: for each table its last committed
// checkpoint, or its pending one when the probe row is there. Throws DbError.
QList<Checkpoint> settleCheckpoints(const QList<Checkpoint>& loaded, Connection& target, const Plan& plan);

} // namespace ferry
