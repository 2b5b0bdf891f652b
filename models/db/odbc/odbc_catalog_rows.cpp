#include "odbc_catalog_detail.h"

#include <QRegularExpression>
#include <vector>

namespace ferry::odbc::detail {

QList<TextRow> fetchAll(SQLHSTMT st)
{
    QList<TextRow> rows;
    SQLSMALLINT cols = 0;
    check(SQLNumResultCols(st, &cols), SQL_HANDLE_STMT, st, QStringLiteral("Reading the catalog"));
    char buf[1024];
    for (;;) {
        const SQLRETURN rc = SQLFetch(st);
        if (rc == SQL_NO_DATA)
            break;
        check(rc, SQL_HANDLE_STMT, st, QStringLiteral("Reading the catalog"));
        TextRow row;
        row.reserve(cols);
        for (SQLUSMALLINT c = 1; c <= cols; ++c) {
            QByteArray value;
            bool null = false;
            // Long values arrive in pieces: SQL_SUCCESS_WITH_INFO (01004) until the last one.
            for (;;) {
                SQLLEN ind = 0;
                const SQLRETURN g = SQLGetData(st, c, SQL_C_CHAR, buf, sizeof buf, &ind);
                if (g == SQL_NO_DATA)
                    break;
                check(g, SQL_HANDLE_STMT, st, QStringLiteral("Reading the catalog"));
                if (ind == SQL_NULL_DATA) {
                    null = true;
                    break;
                }
                const qsizetype piece =
                    (ind == SQL_NO_TOTAL || ind >= SQLLEN(sizeof buf)) ? qsizetype(sizeof buf) - 1 : qsizetype(ind);
                value.append(buf, piece);
                if (g == SQL_SUCCESS)
                    break;
            }
            row << (null ? std::nullopt : std::optional<QString>(QString::fromUtf8(value)));
        }
        rows << row;
    }
    SQLCloseCursor(st);
    return rows;
}

QList<TextRow> query(SQLHDBC dbc, const QString& sql, const QStringList& params)
{
    StmtHandle st = allocStatement(dbc);
    const QByteArray text = toSql(sql);
    const QString what = QStringLiteral("Reading the catalog");
    check(SQLPrepare(st.get(), reinterpret_cast<SQLCHAR*>(const_cast<char*>(text.constData())),
                     static_cast<SQLINTEGER>(text.size())),
          SQL_HANDLE_STMT, st.get(), what);
    // Buffers must outlive SQLExecute: keep them in vectors sized up front.
    std::vector<QByteArray> values;
    std::vector<SQLLEN> lengths(params.size());
    values.reserve(params.size());
    for (int i = 0; i < params.size(); ++i) {
        values.push_back(params[i].toUtf8());
        lengths[i] = values.back().size();
        check(SQLBindParameter(st.get(), SQLUSMALLINT(i + 1), SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR,
                               SQLULEN(qMax<qsizetype>(values.back().size(), 1)), 0, values.back().data(), lengths[i],
                               &lengths[i]),
              SQL_HANDLE_STMT, st.get(), what);
    }
    const SQLRETURN rc = SQLExecute(st.get());
    if (rc == SQL_NO_DATA)
        return {};
    check(rc, SQL_HANDLE_STMT, st.get(), what);
    return fetchAll(st.get());
}

DeclaredType parseDeclaredType(const QString& declared)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([^(]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*$"));
    DeclaredType t;
    const QRegularExpressionMatch m = re.match(declared);
    if (!m.hasMatch()) {
        t.base = declared.trimmed();
        return t;
    }
    t.base = m.captured(1);
    t.hasFirst = m.hasCaptured(2) && !m.captured(2).isEmpty();
    t.hasSecond = m.hasCaptured(3) && !m.captured(3).isEmpty();
    t.first = t.hasFirst ? m.captured(2).toInt() : 0;
    t.second = t.hasSecond ? m.captured(3).toInt() : 0;
    return t;
}

} // namespace ferry::odbc::detail
