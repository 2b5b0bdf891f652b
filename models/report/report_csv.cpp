#include "report/report_csv.h"

#include "core/csv.h"

#include <QRegularExpression>

namespace ferry {

namespace {

QString num(qint64 n)
{
    return QString::number(n);
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// "a | b" lists inside one cell: keys and column names never hold " | " in practice, and a reader
// that needs the parts splits on it.
QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(" | "));
}

// A spreadsheet would run a cell that starts with = + - @ (or a tab / CR before one) as a formula:
// such text gets a leading apostrophe; plain numbers like -1.5 stay numbers.
QString guardFormula(const QString& value)
{
    static const QRegularExpression plainNumber(QStringLiteral(R"(^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$)"));
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (risky && !plainNumber.match(v).hasMatch())
            v.prepend(QLatin1Char('\''));
    }
    return v;
}

} // namespace

QString ReportCsv::field(const QString& value)
{
    return csv::field(guardFormula(value));
}

QString ReportCsv::line(const QStringList& fields)
{
    QStringList guarded;
    guarded.reserve(fields.size());
    for (const QString& f : fields)
        guarded << guardFormula(f);
    return csv::line(guarded, QStringLiteral("\r\n"));
}

QByteArray ReportCsv::fileBytes(const QString& text)
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QString ReportCsv::counts(const RunSummary& s)
{
    // The first ten columns keep the order of earlier versions; new ones go at the end.
    QString out =
        line({QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("read"), QStringLiteral("inserted"),
              QStringLiteral("updated"), QStringLiteral("skipped"), QStringLiteral("rejected"),
              QStringLiteral("duplicates"), QStringLiteral("mismatches"), QStringLiteral("completed"),
              QStringLiteral("flagged"), QStringLiteral("balanced"), QStringLiteral("unchanged")});
    for (const TableCounts& t : s.tables)
        out += line({t.source, t.target, num(t.read), num(t.inserted), num(t.updated), num(t.skipped), num(t.rejected),
                     num(t.duplicates), num(t.mismatches), boolText(t.completed), num(t.flagged),
                     boolText(t.balanced()), num(t.unchanged)});
    return out;
}

QString ReportCsv::preflight(const RunSummary& s)
{
    QString out = line({QStringLiteral("table"), QStringLiteral("kind"), QStringLiteral("blocking"),
                        QStringLiteral("constraint"), QStringLiteral("columns"), QStringLiteral("rows"),
                        QStringLiteral("sample_keys"), QStringLiteral("detail")});
    for (const PreflightFinding& f : s.preflight)
        out += line({f.table, preflightKindName(f.kind), boolText(f.blocking), f.constraint, joined(f.columns),
                     num(f.rows), joined(f.sampleKeys), f.detail});
    return out;
}

QString ReportCsv::columnRisks(const RunSummary& s)
{
    QString out = line({QStringLiteral("table"), QStringLiteral("column"), QStringLiteral("risk"),
                        QStringLiteral("may_lose"), QStringLiteral("will_fail"), QStringLiteral("kinds")});
    for (const ColumnRisk& c : s.columnRisks)
        out += line({c.table, c.column, riskName(c.risk), num(c.mayLose), num(c.willFail), joined(c.kinds)});
    return out;
}

QString ReportCsv::duplicates(const RunSummary& s)
{
    // "rule" is the first rule that matched (the column's meaning since the start); "rules" names them all.
    QString out = line({QStringLiteral("table"), QStringLiteral("rule"), QStringLiteral("action"),
                        QStringLiteral("kept_key"), QStringLiteral("member_count"), QStringLiteral("member_keys"),
                        QStringLiteral("target_key"), QStringLiteral("explanation"), QStringLiteral("rules")});
    for (const DuplicateCluster& c : s.clusters)
        out += line({c.table, c.rules.value(0), c.action, c.keptKey, num(c.memberKeys.size()), joined(c.memberKeys),
                     c.targetKey, c.explanation, joined(c.rules)});
    return out;
}

QString ReportCsv::mismatches(const RunSummary& s)
{
    QString out =
        line({QStringLiteral("table"), QStringLiteral("source_key"), QStringLiteral("column"), QStringLiteral("kind"),
              QStringLiteral("risk"), QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("reason")});
    for (const MismatchRecord& m : s.mismatches)
        out += line(
            {m.table, m.sourceKey, m.column, mismatchKindName(m.kind), riskName(m.risk), m.before, m.after, m.reason});
    return out;
}

QString ReportCsv::rejects(const RunSummary& s)
{
    QString out = line({QStringLiteral("table"), QStringLiteral("source_key"), QStringLiteral("column"),
                        QStringLiteral("reason"), QStringLiteral("sqlstate"), QStringLiteral("source_values")});
    for (const RejectRecord& r : s.rejects) {
        const QStringList names = s.sourceColumns.value(r.tableIndex);
        QStringList values;
        for (int i = 0; i < r.values.size(); ++i)
            values << (i < names.size() ? names[i] + QLatin1Char('=') + r.values[i] : r.values[i]);
        out += line({r.table, r.sourceKey, r.column, r.reason, r.sqlState, joined(values)});
    }
    return out;
}

} // namespace ferry
