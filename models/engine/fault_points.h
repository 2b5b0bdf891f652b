#pragma once
// Fault injection, for the tests that kill a run at exact moments (tests/integration/faults). Inert
// unless the environment variable FERRY_FAULT is set when the process starts:
//
//   FERRY_FAULT=<point>:<target table>[:<batch>]     e.g. before-commit:contact:12, table-done:account
//
// and the run reaches that point, when the process kills itself at once (SIGKILL; TerminateProcess on
// Windows) — no destructor, no flush, exactly like `kill -9` from outside. Points:
//   table-start    a table's writer is ready, before its first batch
//   before-commit  a batch is written with its checkpoint, before COMMIT
//   after-commit-unrecorded  COMMIT returned, before the journal (if any) marks the batch committed
//   after-commit   a batch committed and recorded, before anything else happens
//   table-done     a table's last batch committed, before its checkpoint says "complete"
//   run-end        every table done, before run.json says how the run ended (table: "*")
// batch counts from 1 within the table, across resumes. With FERRY_FAULT_SLEEP=<ms> the process sleeps
// there instead of dying (a run that holds its target's lock for a while, say).
#include <QString>

namespace ferry {

void faultPoint(const char* point, const QString& table, qint64 batch = 0);

} // namespace ferry
