#include "fidelity_doc.h"

#include "hostile_fixture.h"

#include <QMap>
#include <QRegularExpression>

namespace ferry::test {

namespace {

struct FixtureValue {
    QString column;
    QString literal; // as the fixture's SQL writes it
};

// The top-level "(…)" groups of a VALUES list, quotes and nested calls respected.
QStringList tuples(const QString& values)
{
    QStringList out;
    int depth = 0;
    bool quoted = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QChar ch = values[i];
        if (quoted) {
            if (ch == QLatin1Char('\'') && i + 1 < values.size() && values[i + 1] == QLatin1Char('\''))
                ++i; // '' inside a literal
            else if (ch == QLatin1Char('\''))
                quoted = false;
            continue;
        }
        if (ch == QLatin1Char('\''))
            quoted = true;
        else if (ch == QLatin1Char('(') && depth++ == 0)
            start = i + 1;
        else if (ch == QLatin1Char(')') && --depth == 0)
            out << values.mid(start, i - start);
    }
    return out;
}

// Row id → the column it exercises and its value, from one family's fixture.
QMap<qint64, FixtureValue> fixtureValues(Db db)
{
    static const QRegularExpression insert(
        QStringLiteral(R"(^INSERT INTO ["`]?\{T\}["`]? \(id, (\w+)\) VALUES (.*);$)"));
    QMap<qint64, FixtureValue> out;
    for (const QString& line : fixtureSql(db, QStringLiteral("{T}")).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = insert.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        for (const QString& t : tuples(m.captured(2))) {
            const qsizetype comma = t.indexOf(QLatin1Char(','));
            out.insert(t.left(comma).trimmed().toLongLong(), {m.captured(1), t.mid(comma + 1).trimmed()});
        }
    }
    return out;
}

QString shown(const QString& literal)
{
    QString s = literal.size() > 36 ? literal.left(33) + QStringLiteral("…") : literal;
    s.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    s.replace(QLatin1Char('`'), QLatin1Char('\''));
    return QStringLiteral("`%1`").arg(s);
}

Db dbNamed(const QString& name)
{
    return name == QLatin1String("postgres")  ? Db::Postgres
           : name == QLatin1String("mariadb") ? Db::MariaDB
                                              : Db::SqliteQt;
}

QString section(const QString& direction, const QHash<qint64, QString>& expected)
{
    const QStringList ends = direction.split(QLatin1Char('>'));
    const Db from = dbNamed(ends[0]), to = dbNamed(ends[1]);
    const QMap<qint64, FixtureValue> values = fixtureValues(from);
    QStringList lines;
    int exact = 0, refused = 0, open = 0;
    lines << QStringLiteral("| Column | %1 type | %2 type | Arrives exactly | Refused (reason says) |")
                 .arg(ends[0], ends[1])
          << QStringLiteral("|---|---|---|---|---|");
    for (const HostileColumn& c : hostileColumns()) {
        QStringList same, refusals;
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (it->column != c.name)
                continue;
            const QString why = expected.value(it.key());
            if (why.isEmpty()) {
                same << shown(it->literal);
                ++exact;
            } else if (why.startsWith(QLatin1String("open:"))) {
                refusals << QStringLiteral("%1 **known gap**: %2").arg(shown(it->literal), why.mid(5).trimmed());
                ++open;
            } else {
                refusals << QStringLiteral("%1 (%2)").arg(shown(it->literal), why);
                ++refused;
            }
        }
        if (same.isEmpty() && refusals.isEmpty())
            continue;
        lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(c.name, c.typeIn(from), c.typeIn(to), same.join(QStringLiteral(", ")),
                          refusals.join(QStringLiteral("; ")));
    }
    QString head = QStringLiteral("### %1 → %2\n\n%3 values arrive exactly, %4 are refused")
                       .arg(ends[0], ends[1])
                       .arg(exact)
                       .arg(refused);
    if (open)
        head += QStringLiteral(", %1 known gap(s)").arg(open);
    return head + QStringLiteral(".\n\n") + lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString fidelityMatrixMarkdown()
{
    const QHash<QString, QHash<qint64, QString>> expected = expectedRefusals();
    QStringList sections;
    for (const char* d : {"postgres>postgres", "postgres>mariadb", "mariadb>postgres", "sqlite>postgres",
                          "postgres>sqlite", "mariadb>mariadb"})
        sections << section(QString::fromLatin1(d), expected.value(QString::fromLatin1(d)));
    return sections.join(QLatin1Char('\n'));
}

} // namespace ferry::test
