#pragma once
// The duplicate rules editor's live preview: the engine's own dry run (predicted, no files) on the first N
// rows of one table mapping and of the mappings it looks values up in, so the clusters shown are the ones
// `ferry-cli dry-run --limit N` reports. Runs in the background; a new request cancels the one in flight.
#include "engine/run_types.h"
#include "items/background_job.h"
#include "project/project.h"

#include <QObject>
#include <memory>

namespace ferry {

class Migration;

// The mapping at `tableIndex` and, transitively, the mappings whose target its lookups read (their rows
// must be "written" first for the lookups to find them), in project order. *kept: the project index of
// each table kept, so messages can name the user's own "tables[i]".
Project dedupePreviewProject(const Project& project, int tableIndex, QList<int>* kept);

// A message about the reduced project with each "tables[i]" renamed to the index in the user's project.
QString withProjectIndexes(QString message, const QList<int>& kept);

// The part of a dry run's summary about one table (summary table `summaryIndex`, renumbered 0): its
// counts, clusters and rule counts; the error of a failed run.
RunSummary summaryOfTable(const RunSummary& summary, int summaryIndex);

class DedupePreviewer : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultRows = 1000;

    explicit DedupePreviewer(QObject* parent = nullptr);
    ~DedupePreviewer() override; // cancels a preview in flight (it finishes on its own, unheard)

    // Previews the table mapping `tableIndex` of `project` (with its dedupe rules as they are there).
    void request(const Project& project, int tableIndex, const QString& sourcePassword, const QString& targetPassword,
                 int rowLimit);
    bool isBusy() const { return busy_; }
    // The latest answer: one table (index 0) or an error; empty before the first.
    const RunSummary& result() const { return result_; }

signals:
    void busyChanged(bool busy);
    void resultReady();

private:
    LatestRequest latest_;
    std::shared_ptr<Migration> running_;
    RunSummary result_;
    bool busy_ = false;
};

} // namespace ferry
