#pragma once
// The in-memory form of a *.ferry.json project file. Plain data: loading, saving and validation live
// in project_file.h; turning it into something runnable lives in engine/plan.h.
#include "db/connection_profile.h"
#include "dedupe_config.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ferry {

// One step of a field's transform chain: {"type": "phone", "region": "US"}. Parameters stay JSON so
// the project layer need not know each transform; transforms/ validates them.
struct TransformSpec {
    QString type;
    QJsonObject params; // every key except "type", in file order
    bool operator==(const TransformSpec&) const = default;
};

struct FieldMapping {
    QString target;                     // target column
    QStringList sources;                // source columns; several only with a "concat" transform
    std::optional<QJsonValue> constant; // instead of sources
    QList<TransformSpec> transforms;
    bool operator==(const FieldMapping&) const = default;
};

enum class WriteMode { Insert, Upsert, UpdateOnly, SkipExisting };
enum class ErrorPolicy { Stop, Reject };

struct TableMapping {
    QString source; // source table, or empty when query is set
    QString query;  // SQL standing in for a table
    QString target; // target table
    WriteMode mode = WriteMode::Insert;
    QStringList keys;  // target columns that identify a row (upsert/update/skip-existing)
    QString sourceKey; // source column named in reject files; defaults to the first key's source
    int batchSize = 500;
    ErrorPolicy onError = ErrorPolicy::Reject;
    int maxRejects = -1; // with Reject: stop once more than this many rows were rejected; -1 = no limit
    QList<FieldMapping> fields;
    DedupeConfig dedupe;
    bool operator==(const TableMapping&) const = default;
};

struct RunOptions {
    QString outputDirectory = QStringLiteral("runs"); // run logs, reject files; relative to the project
    // Where each run's checkpoints live (engine/checkpoint_store.h): a table in the target (stateTable),
    // or, where no extra table may be created in the target, a journal file in the output directory.
    enum class StateStore { Target, Journal };
    StateStore stateStore = StateStore::Target;
    QString stateTable = QStringLiteral("ferry_checkpoints");
    bool operator==(const RunOptions&) const = default;
};

struct Project {
    static constexpr int kFormatVersion = 1;
    QString name;
    ConnectionProfile source;
    ConnectionProfile target;
    QList<TableMapping> tables;
    RunOptions options;
    QString filePath; // absolute path the project was loaded from / saved to; not serialised
    bool operator==(const Project&) const = default;
};

QString writeModeName(WriteMode m); // "insert", "upsert", "update", "skip-existing"

} // namespace ferry
