#pragma once
// The benchmarks' data: a generated 12-column contacts table in the PostgreSQL test server, and a
// PG -> PG project that migrates it into an empty copy.
#include "project/project.h"

#include <QStringList>

namespace ferry {
class Connection;
}

namespace ferry::bench {

QStringList contactColumns();
QString contactsDdl(const QString& table);
// Drops and recreates `table`, fills it with `rows` contacts and analyzes it.
void generateContacts(Connection& c, const QString& table, qint64 rows);
// Drops and recreates an empty contacts table.
void emptyContacts(Connection& c, const QString& table);
// The process's peak resident memory (VmHWM), in KiB; -1 where /proc has none.
qint64 peakRssKiB();
// Every column of `source` into `target`, insert mode.
Project contactsProject(const ConnectionProfile& source, const ConnectionProfile& target, const QString& sourceTable,
                        const QString& targetTable, int batchSize, const QString& outputDirectory);

} // namespace ferry::bench
