#pragma once
// Splits an SQL script into statements for Qt's SQLite driver, which runs one statement per exec().
// A ';' ends a statement except inside '…' strings, "…" / `…` / […] identifiers, -- and /* */
// comments, and the BEGIN … END body of CREATE TRIGGER (which ends at "; END;" like sqlite3_complete).
#include <QList>
#include <QString>

namespace ferry::sqlite {

struct ScriptStatement {
    // Transaction control at the start of the statement; ROLLBACK TO a savepoint is None.
    enum class Control { None, Begin, Commit, Rollback };

    QString sql;    // without the terminating ';'
    int number = 0; // 1-based among the script's statements
    int line = 0;   // 1-based line where the statement starts
    Control control = Control::None;
};

// Statements holding only whitespace and comments are left out.
QList<ScriptStatement> splitSqlScript(const QString& script);

} // namespace ferry::sqlite
