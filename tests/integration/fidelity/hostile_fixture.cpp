#include "hostile_fixture.h"

#include "common/db_client.h"
#include "common/decimal_text.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

namespace ferry::test {

namespace {

QString dataFile(const QString& name)
{
    return qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/tests/data/fidelity/") + name;
}

QString readData(const QString& name)
{
    QFile f(dataFile(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

QString quoted(Db db, const QString& name)
{
    return db == Db::MariaDB ? QLatin1Char('`') + name + QLatin1Char('`') : QLatin1Char('"') + name + QLatin1Char('"');
}

// The database's own text for a value, as an expression.
QString renderExpression(Db db, const HostileColumn& c)
{
    const QString q = quoted(db, c.name);
    const bool bin = c.cls == QLatin1String("bin");
    switch (db) {
    case Db::Postgres:
        if (bin)
            return QStringLiteral("encode(%1, 'hex')").arg(q);
        if (c.cls == QLatin1String("float4")) // float8 text is exact, float4 text is rounded for reading
            return QStringLiteral("encode(convert_to(%1::float8::text, 'UTF8'), 'hex')").arg(q);
        if (c.cls == QLatin1String("inet")) // the type's output, as psql shows it: a host has no "/32"
            return QStringLiteral(
                       "encode(convert_to(CASE WHEN %1 IS NOT NULL THEN format('%s', %1) END, 'UTF8'), 'hex')")
                .arg(q);
        if (c.cls == QLatin1String("money")) // money's text follows lc_monetary ("$1,234.56")
            return QStringLiteral("encode(convert_to(%1::numeric::text, 'UTF8'), 'hex')").arg(q);
        return QStringLiteral("encode(convert_to(%1::text, 'UTF8'), 'hex')").arg(q);
    case Db::MariaDB:
        if (bin)
            return QStringLiteral("LOWER(HEX(%1))").arg(q);
        if (c.cls == QLatin1String("float4") || c.cls == QLatin1String("float"))
            return QStringLiteral("LOWER(HEX(CAST(CAST(%1 AS DOUBLE) AS CHAR CHARACTER SET utf8mb4)))").arg(q);
        if (c.cls == QLatin1String("bits")) // BIT(8) as PostgreSQL writes bit strings, not as its raw byte
            return QStringLiteral("LOWER(HEX(LPAD(BIN(%1), 8, '0')))").arg(q);
        return QStringLiteral("LOWER(HEX(CAST(%1 AS CHAR CHARACTER SET utf8mb4)))").arg(q);
    default:
        // SQLite's CAST(real AS TEXT) keeps 15 digits and its printf rounds the 17th; the shell's
        // ieee754() gives a double's exact mantissa and exponent.
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE typeof(%1) || ':' || lower(hex(CASE typeof(%1) "
                              "WHEN 'real' THEN ieee754(%1) ELSE %1 END)) END")
            .arg(q);
    }
}

QByteArray withoutTrailingFraction(QByteArray s)
{
    s.replace('T', ' ');
    const qsizetype dot = s.lastIndexOf('.');
    if (dot < 0)
        return s;
    qsizetype end = dot + 1;
    while (end < s.size() && s[end] >= '0' && s[end] <= '9')
        ++end;
    qsizetype last = end;
    while (last > dot + 1 && s[last - 1] == '0')
        --last;
    if (last == dot + 1) // no fraction digits left: the point goes too
        last = dot;
    s.remove(last, end - last);
    return s;
}

// A double from a rendering: decimal text, or SQLite's exact ieee754(mantissa,exponent).
std::optional<double> parseDouble(const QByteArray& s)
{
    if (s.startsWith("ieee754(") && s.endsWith(')')) {
        const QList<QByteArray> parts = s.mid(8, s.size() - 9).split(',');
        if (parts.size() != 2)
            return std::nullopt;
        return std::ldexp(double(parts[0].toLongLong()), parts[1].toInt());
    }
    char* end = nullptr;
    const double d = std::strtod(s.constData(), &end);
    return *end ? std::nullopt : std::optional<double>(d);
}

QString floatDiffers(const QByteArray& a, const QByteArray& b)
{
    const std::optional<double> pa = parseDouble(a), pb = parseDouble(b);
    if (!pa || !pb)
        return a == b ? QString() : QStringLiteral("text differs");
    const double x = *pa, y = *pb;
    if (std::isnan(x) && std::isnan(y))
        return {};
    return std::memcmp(&x, &y, sizeof x) == 0 ? QString() : QStringLiteral("a different double");
}

// A timestamp with a UTC offset ("+05:30", "+00", "Z") as the UTC wall clock it stands for; one without
// an offset is already UTC (the clients' sessions are UTC).
QByteArray utcInstant(const QByteArray& text)
{
    QByteArray s = withoutTrailingFraction(text);
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d(?::?\d\d)?)$)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(s));
    if (!m.hasMatch())
        return s;
    const QString zone = m.captured(3);
    int offset = 0;
    if (zone != QLatin1String("Z")) {
        const QString digits = QString(zone).remove(QLatin1Char(':'));
        offset =
            (digits.mid(1, 2).toInt() * 3600 + digits.mid(3, 2).toInt() * 60) * (zone[0] == QLatin1Char('-') ? -1 : 1);
    }
    QDateTime wall = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    wall.setTimeSpec(Qt::UTC);
    return wall.addSecs(-offset).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1() + m.captured(2).toLatin1();
}

QByteArray canonicalJson(const QByteArray& s)
{
    const QJsonDocument d = QJsonDocument::fromJson('[' + s + ']');
    return d.isNull() ? s : d.toJson(QJsonDocument::Compact);
}

QByteArray meaning(const QString& cls, const QByteArray& s)
{
    if (cls == QLatin1String("bool")) { // the spellings PostgreSQL itself reads as booleans
        const QByteArray l = s.toLower();
        if (l == "true" || l == "t" || l == "yes" || l == "y" || l == "on")
            return "1";
        if (l == "false" || l == "f" || l == "no" || l == "n" || l == "off")
            return "0";
        return s;
    }
    if (cls == QLatin1String("int")) // MariaDB prints YEAR 0 as 0000
        return testCanonicalDecimal(s);
    if (cls == QLatin1String("dec") || cls == QLatin1String("money")) {
        if (const std::optional<double> d = s.startsWith("ieee754(") ? parseDouble(s) : std::nullopt) {
            char buf[400]; // a REAL in SQLite: its shortest decimal form is the number it stands for
            const auto r = std::to_chars(buf, buf + sizeof buf, *d, std::chars_format::fixed);
            return testCanonicalDecimal(QByteArray(buf, r.ptr - buf));
        }
        return testCanonicalDecimal(s);
    }
    if (cls == QLatin1String("char")) { // CHAR pads: trailing spaces carry no meaning
        QByteArray t = s;
        while (t.endsWith(' '))
            t.chop(1);
        return t;
    }
    if (cls == QLatin1String("json"))
        return canonicalJson(s);
    if (cls == QLatin1String("time") || cls == QLatin1String("ts"))
        return withoutTrailingFraction(s);
    if (cls == QLatin1String("tstz"))
        return utcInstant(s);
    if (cls == QLatin1String("uuid")) // PostgreSQL reads A0EE… as a0ee…: hex digits have no case
        return s.toLower();
    return s;
}

} // namespace

QString HostileColumn::typeIn(Db db) const
{
    return db == Db::Postgres ? postgres : db == Db::MariaDB ? mariadb : sqlite;
}

QString familyName(Db db)
{
    return db == Db::Postgres  ? QStringLiteral("postgres")
           : db == Db::MariaDB ? QStringLiteral("mariadb")
                               : QStringLiteral("sqlite");
}

QList<HostileColumn> hostileColumns()
{
    QList<HostileColumn> out;
    for (const QString& line : readData(QStringLiteral("columns.txt")).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('|'));
        if (f.size() != 5)
            qFatal("columns.txt: bad line %s", qPrintable(line));
        out << HostileColumn{f[0].trimmed(), f[1].trimmed(), f[2].trimmed(), f[3].trimmed(), f[4].trimmed()};
    }
    return out;
}

QString createTableSql(Db db, const QString& table)
{
    QStringList cols{quoted(db, QStringLiteral("id")) + QStringLiteral(" INTEGER PRIMARY KEY")};
    for (const HostileColumn& c : hostileColumns())
        cols << quoted(db, c.name) + QLatin1Char(' ') + c.typeIn(db);
    return (db == Db::Postgres ? readData(QStringLiteral("postgres_types.sql")) : QString()) +
           QStringLiteral("CREATE TABLE %1 (%2)%3;\n")
               .arg(quoted(db, table), cols.join(QStringLiteral(", ")),
                    db == Db::MariaDB ? QStringLiteral(" CHARACTER SET utf8mb4 COLLATE utf8mb4_bin") : QString());
}

QString fixtureSql(Db db, const QString& table)
{
    return readData(familyName(db) + QStringLiteral(".sql")).replace(QStringLiteral("{T}"), quoted(db, table));
}

QString renderSql(Db db, const QString& table)
{
    QStringList exprs{quoted(db, QStringLiteral("id"))};
    for (const HostileColumn& c : hostileColumns())
        exprs << QStringLiteral("COALESCE(%1, 'NULL')").arg(renderExpression(db, c));
    // Timestamps with a time zone are rendered in UTC whatever the server's default.
    const QString session = db == Db::Postgres  ? QStringLiteral("SET TIME ZONE 'UTC';\n")
                            : db == Db::MariaDB ? QStringLiteral("SET time_zone = '+00:00';\n")
                                                : QString();
    return session +
           QStringLiteral("SELECT %1 FROM %2 ORDER BY 1;\n").arg(exprs.join(QStringLiteral(", ")), quoted(db, table));
}

QHash<qint64, RenderedRow> renderTable(Db db, const QString& sqlitePath, const QString& table)
{
    QHash<qint64, RenderedRow> out;
    for (const QString& line : clientRows(db, sqlitePath, renderSql(db, table))) {
        const QStringList cells = line.split(QLatin1Char('\t'));
        RenderedRow row;
        for (qsizetype i = 1; i < cells.size(); ++i) {
            Rendering r;
            QByteArray cell = cells[i].toLatin1();
            if (cell != "NULL") {
                r.null = false;
                const qsizetype colon = cell.indexOf(':');
                if (colon >= 0) {
                    r.storage = cell.left(colon);
                    cell = cell.mid(colon + 1);
                }
                r.text = QByteArray::fromHex(cell);
            }
            row << r;
        }
        out.insert(cells[0].toLongLong(), row);
    }
    return out;
}

QString differs(const QString& cls, const Rendering& a, const Rendering& b)
{
    if (a.null != b.null)
        return a.null ? QStringLiteral("NULL became a value") : QStringLiteral("the value became NULL");
    if (a.null)
        return {};
    // SQLite: a number must stay a number, text stay text; nothing becomes a BLOB unless it was one.
    if (!b.storage.isEmpty() && b.storage == "blob" && cls != QLatin1String("bin"))
        return QStringLiteral("stored as a BLOB");
    if (!b.storage.isEmpty() && !a.storage.isEmpty() && a.storage != b.storage)
        return QStringLiteral("storage class %1 became %2")
            .arg(QString::fromLatin1(a.storage), QString::fromLatin1(b.storage));
    if (cls == QLatin1String("float") || cls == QLatin1String("float4"))
        return floatDiffers(a.text, b.text);
    return meaning(cls, a.text) == meaning(cls, b.text) ? QString() : QStringLiteral("the value changed");
}

QHash<QString, QHash<qint64, QString>> expectedRefusals()
{
    QHash<QString, QHash<qint64, QString>> out;
    for (const QString& line : readData(QStringLiteral("expected.txt")).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('|'));
        if (f.size() != 3)
            qFatal("expected.txt: bad line %s", qPrintable(line));
        for (const QString& id : f[1].split(QLatin1Char(','), Qt::SkipEmptyParts))
            out[f[0].trimmed()].insert(id.trimmed().toLongLong(), f[2].trimmed());
    }
    return out;
}

} // namespace ferry::test
