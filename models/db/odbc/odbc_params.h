#pragma once
// Parameter buffers: one column of values over a run of rows, laid out for column-wise ODBC
// parameter arrays (one SQLBindParameter per column) or bound one cell per parameter marker (the
// multi-row VALUES statements psqlODBC needs). Each parameter carries the target column's SQL type,
// precision and scale so the server does not guess; text goes as UTF-8 SQL_C_CHAR with exact byte
// lengths (no NUL counted), never SQL_C_WCHAR.
#include "core/value.h"
#include "db/schema.h"
#include "odbc_handles.h"

#include <vector>

namespace ferry::odbc {

class ParamColumn {
public:
    // Encodes rows[first .. first+count)[index] for `target`. Values normally already have the target's
    // kind; a column holding other kinds in this run is sent as text for the driver to convert.
    void fill(const ColumnInfo& target, DbFamily family, const std::vector<Row>& rows, size_t first, size_t count,
              size_t index);
    // A single value (query parameters): the target type follows the value's kind.
    void fillOne(const Value& value, DbFamily family);

    // Binds all elements as a column-wise parameter array (SQL_ATTR_PARAMSET_SIZE = count).
    SQLRETURN bindArray(SQLHSTMT stmt, SQLUSMALLINT parameter);
    // Binds one element to one parameter marker.
    SQLRETURN bindElement(SQLHSTMT stmt, SQLUSMALLINT parameter, size_t element);

    // What the buffers are bound as: the C type and element width Ferry writes, the SQL type, size and
    // digits the server is told.
    struct Layout {
        SQLSMALLINT cType = SQL_C_CHAR;
        SQLSMALLINT sqlType = SQL_VARCHAR;
        SQLULEN columnSize = 0;
        SQLSMALLINT digits = 0;
        SQLLEN width = 1;
        bool operator==(const Layout&) const = default;
    };

    SQLSMALLINT cType() const { return layout_.cType; }
    // Changes whenever a binding made earlier would no longer describe the buffers (type, sizes, or
    // addresses); equal generations mean a statement's existing bindings are still right.
    quint64 generation() const { return generation_; }
    SQLSMALLINT sqlType() const { return layout_.sqlType; }

    // Bytes one value takes in a buffer, for sizing runs of rows so buffers stay bounded.
    static qsizetype cellBytes(const Value& value);

private:
    // Takes `next` for a run of `count` values and makes room for them; see the .cpp for what carries
    // over from the previous run.
    void adopt(Layout next, size_t count);

    Layout layout_;
    std::vector<char> data_; // grows only, so bindings stay valid between batches
    std::vector<SQLLEN> indicators_;
    quint64 generation_ = 0;
};

// The logical column type a value of this kind belongs to (for parameters without a target column).
ColumnType columnTypeForKind(Value::Kind kind);

} // namespace ferry::odbc
