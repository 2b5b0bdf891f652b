#pragma once
// What a run did to source rows other than writing them as prepared, as its run folder records it:
// rejects.csv (rows the rules or the database refused) and dedupe.csv (rows the duplicate rules skipped,
// and rows written with other values than their own: a merge's survivor, a match that updated a target
// row under the target's key). Verification reads both to know what the target should hold.
//
// A source row is identified as in the reject file: its key column's text and its values joined for
// display. Rows identical in both take their entries in turn.
#include "core/value.h"
#include "engine/plan.h"

#include <QHash>
#include <deque>
#include <optional>

namespace ferry {

QString sourceKeyText(const TablePlan& plan, const Row& source);
QString sourceValuesText(const Row& source); // display() of each value, joined by " | "

// Typed, lossless text for a row of values (a JSON array: null, or [kind, canonical text] per value).
QString encodeRow(const Row& values);
std::optional<Row> decodeRow(const QString& text); // nullopt when the text is not what encodeRow writes

class TableLedger {
public:
    enum class Outcome { Expected, Rejected, Skipped, Rewritten };
    // Consumes the entry recorded for this source row, if any. Rewritten replaces *values with what the
    // run wrote instead.
    Outcome take(const TablePlan& plan, const Row& source, Row* values);

    void addReject(const QString& key, const QString& values) { ++rejects_[key][values]; }
    // written == nullopt: the row was skipped.
    void addDecision(const QString& key, const QString& values, std::optional<Row> written)
    {
        decisions_[key][values].push_back({!written.has_value(), written ? std::move(*written) : Row()});
    }
    bool hasDecisions() const { return !decisions_.isEmpty(); }

private:
    QHash<QString, QHash<QString, int>> rejects_;
    struct Decision {
        bool skipped = false;
        Row written;
    };
    QHash<QString, QHash<QString, std::deque<Decision>>> decisions_;
};

class RunLedger {
public:
    // Reads the files a run folder holds (either may be absent). False with *error naming the file and
    // line when one cannot be read or is not what a run writes.
    bool load(const QString& runDirectory, QString* error);
    TableLedger table(const QString& targetName) const { return tables_.value(targetName.toLower()); }
    QString rejectsFile() const { return rejectsFile_; }
    QString dedupeFile() const { return dedupeFile_; }

private:
    QHash<QString, TableLedger> tables_;
    QString rejectsFile_, dedupeFile_;
};

} // namespace ferry
