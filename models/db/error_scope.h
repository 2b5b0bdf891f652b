#pragma once
// What a database error is about, so the engine knows whether to reject one row, reconnect and retry,
// stop the job, or stop because it was asked to. A pure function of the error and the database family.
//
// The rules, first match wins:
//
//  1. ConnectError: HostUnreachable → Transient; DriverMissing, BadCredentials, DatabaseMissing → Job;
//     Other → the rules below.
//  2. Native codes, where the driver's SQLSTATE is too coarse (MariaDB says HY000 for half its errors):
//     MariaDB  Row        1048 1062 1169 1216 1217 1263 1264 1265 1292 1364 1366 1367 1406 1411 1416 1451
//                         1452 1557 1586 1644 (SIGNAL from a trigger) 1690 1761 1762 1859 1918 3819 4025
//              Transient  1040 1053 1152 1158 1159 1160 1161 1184 1205 1213 1927 1969 (max_statement_time)
//                         2002 2003 2006 2013 2055 4031
//              Cancelled  1317
//              Job        1021 1044 1045 1054 1064 1114 1142 1143 1146 1227 1290 1792
//     SQLite   by the primary result code (native & 0xff; QSQLITE gives extended codes, sqliteodbc primary):
//              Row 18 TOOBIG, 19 CONSTRAINT, 20 MISMATCH; Transient 5 BUSY, 6 LOCKED; Cancelled 9 INTERRUPT;
//              Job every other code (8 READONLY, 13 FULL, 10 IOERR, 1 ERROR such as "no such table" …).
//              Without a code, SQLite's message decides ("constraint failed", "datatype mismatch",
//              "too big" → Row; "database is locked", "is busy" → Transient; "interrupted" → Cancelled).
//     PostgreSQL: psqlODBC's native numbers are its own internal codes: ignored.
//  3. SQLSTATE:
//     Cancelled  HY008 (S1008; Ferry's own report of a call cancel() reached); 57014 (PostgreSQL: a
//                cancel request) unless the message says "statement timeout" (→ Transient); 70100
//                (query interrupted, MySQL-family drivers).
//     Transient  class 08 (connection exception), HYT00 HYT01 (S1T00) timeouts, class 40 but 40002
//                (serialization failure 40001, deadlock 40P01, 40003 completion unknown), class 57 but
//                57014/57P04 (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now),
//                55P03 lock not available, 53300 too many connections.
//     Row        class 22 (data exception), 23 (integrity constraint), 44 (WITH CHECK OPTION), 21000
//                (cardinality: an upsert touching one row twice), 27000 (triggered data change), 40002
//                (constraint violated at commit), 54000 (a value too large for an index row), 01004
//                (string data truncated), P0001 and 45000 (raised by a user's trigger, which judges rows).
//     Job        everything else: class 42 (undefined table/column 42P01 42703 42S02 42S22, permission
//                42501, syntax 42601), 53 (disk full 53100, out of memory 53200), 25 (read-only 25006,
//                transaction aborted 25P02), 28 (authorization), 3D (no database), 0A (not supported),
//                57P04 (database dropped), 58 (I/O), XX (internal), HY and IM (driver/manager), 07, 24.
//  4. An error with no SQLSTATE and no known native code (Ferry's own checks) → Job.
//
// An unknown HY000 is therefore Job on PostgreSQL and generic drivers, and decided by native code on
// MariaDB and by result code or message on SQLite — never Row by guesswork: a good row taken for bad
// would be rejected while the job goes on, a job stopped by mistake is only a resume away.
//
// What the drivers really report, "state/native" (measured by tests/integration/faults/: tst_error_scope,
// tst_cancel, tst_timeouts; Debian 12, PostgreSQL 15 + psqlODBC 13.02, MariaDB 10.11 + Connector/ODBC
// 3.1.15, SQLite 3.40 through sqliteodbc 0.9998 and through Qt 6.4's QSQLITE). psqlODBC's native numbers
// are its own (1: statement error, 35: connection lost), so only its states are listed.
//
//  provoked            PostgreSQL           MariaDB              SQLite ODBC      SQLite Qt
//  unique violation    23505                23000/1062           HY000/19         23505/2067
//  NOT NULL            23502                23000/1048           HY000/19         23502/1299
//  value too long      22001                22001/1406           (not checked)    (not checked)
//  CHECK               23514                23000/4025           HY000/19         23514/275
//  foreign key         23503                23000/1452           HY000/19         23503/787
//  bad integer text    22P02                22007/1366           HY000/19 (STRICT table; else stored as text)
//                                                                                 22018/3091 (STRICT)
//  text into a rowid   –                    –                    HY000/20         22018/20
//  undefined table     42P01                42S02/1146           HY000/1          HY000/1
//  undefined column    42703                42S22/1054           HY000/1          HY000/1
//  syntax              42601                42000/1064           HY000/1          HY000/1
//  permission denied   42501                42000/1142           –                –
//  read-only           25006                25006/1792           HY000/8          HY000/8
//  deadlock            40P01                40001/1213           –                –
//  serialization       40001 (REPEATABLE READ)                   –                –
//  lock wait timeout   55P03                HY000/1205           HY000/5          HYT00/5
//  session killed      57P01, then 08S01    08S01/2013, then 08003/0 (the driver manager)
//  statement timeout   57014 "… statement   HY018/1969           (busy timeout only)
//                      timeout"
//  Connection::cancel  57014 "… user        HY018/1317           HY000/9          HY008/9
//                      request"                                  "interrupted"    "interrupted"
//  login timeout       08001 "timeout       08S01 "… system      –                –
//                      expired"             error: 110"
//
// Facts that bite: MariaDB Connector/ODBC 3.1.15 turns the server's 70100 (KILL QUERY,
// max_statement_time) into HY018 and reports "Incorrect integer value" as 22007, not the server's
// HY000; PostgreSQL gives a statement timeout and a cancel the same 57014 (only the message, in the
// server's lc_messages, tells them apart: in another language a timeout reads as Cancelled, which stops
// the job rather than retrying — the safe side); sqliteodbc reports every constraint as HY000/19 and
// gives up on a lock after about twice its busy timeout (2.0 s for Timeout=1000).
#include "core/errors.h"
#include "schema.h"

namespace ferry {

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow" // GCC 12 takes the scoped enumerator Row for a shadow of ferry::Row
#endif
enum class ErrorScope {
    Row,       // about this row: reject it, keep going
    Transient, // about the link or a momentary conflict: reconnect (or wait) and retry
    Job,       // about the job (schema, rights, space, configuration): stop it
    Cancelled, // the statement was cancelled on request: stop without blaming the data
};
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

ErrorScope scopeOf(const DbError& e, DbFamily family);

// "row", "transient", "job", "cancelled": for logs and test messages.
QString errorScopeName(ErrorScope scope);

} // namespace ferry
