#pragma once
// Comparing what a dry run predicted with what the real run did, mapping by mapping and key by key, and
// the state of a target read through a connection of its own (to prove a dry run left nothing behind).
#include "common/dbfixture.h"
#include "engine/run_types.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>

namespace ferry::test {

// A reject's verdict as both runs can state it: who refused the row and, for the database, the SQLSTATE.
// A rehearsal's query of a parent table ("foreign-key") stands for the database's foreign key.
inline QString verdict(const RejectRecord& r)
{
    const bool database = r.origin == QLatin1String("database") || r.origin == QLatin1String("foreign-key");
    return database ? QStringLiteral("database %1").arg(r.sqlState) : r.origin;
}

// "mapping <index> key <source key>" → verdict, for every reject a run kept.
inline QMap<QString, QString> rejectVerdicts(const RunSummary& s)
{
    QMap<QString, QString> out;
    for (const RejectRecord& r : s.rejects)
        out.insert(QStringLiteral("mapping %1 key %2").arg(r.tableIndex).arg(r.sourceKey), verdict(r));
    return out;
}

inline QString countsText(const TableCounts& t)
{
    return QStringLiteral("%1 → %2: read %3, inserted %4, updated %5, skipped %6, rejected %7, duplicates %8, "
                          "mismatches %9, flagged %10")
        .arg(t.source, t.target)
        .arg(t.read)
        .arg(t.inserted)
        .arg(t.updated)
        .arg(t.skipped)
        .arg(t.rejected)
        .arg(t.duplicates)
        .arg(t.mismatches)
        .arg(t.flagged);
}

// Every way `dry` differs from `real`, one line each; empty when the dry run predicted the run exactly.
inline QStringList outcomeDifferences(const RunSummary& dry, const RunSummary& real)
{
    QStringList out;
    if (!dry.error.isEmpty() || !real.error.isEmpty())
        out << QStringLiteral("errors: dry \"%1\", real \"%2\"").arg(dry.error, real.error);
    if (dry.rejectsNotKept || real.rejectsNotKept)
        out << QStringLiteral("too many rejects to compare key by key");
    if (dry.tables.size() != real.tables.size())
        out << QStringLiteral("mappings: dry %1, real %2").arg(dry.tables.size()).arg(real.tables.size());
    for (qsizetype i = 0; i < qMin(dry.tables.size(), real.tables.size()); ++i)
        if (countsText(dry.tables[i]) != countsText(real.tables[i]))
            out << QStringLiteral("mapping %1: dry %2; real %3")
                       .arg(i)
                       .arg(countsText(dry.tables[i]), countsText(real.tables[i]));
    const QMap<QString, QString> predicted = rejectVerdicts(dry), happened = rejectVerdicts(real);
    for (auto it = happened.cbegin(); it != happened.cend(); ++it)
        if (predicted.value(it.key()) != it.value())
            out << QStringLiteral("%1: real %2, dry %3")
                       .arg(it.key(), it.value(), predicted.value(it.key(), QStringLiteral("not rejected")));
    for (auto it = predicted.cbegin(); it != predicted.cend(); ++it)
        if (!happened.contains(it.key()))
            out << QStringLiteral("%1: dry %2, real not rejected").arg(it.key(), it.value());
    return out;
}

// What a target holds, as a map of facts: rows and a digest of each table's content, the sequences
// behind its generated keys, and temporary tables left in any session (PostgreSQL shows them all).
// SQLite: the file's bytes. Read through a connection of its own.
inline QMap<QString, QString> targetState(Db db, const QString& sqliteFile, const QStringList& tables)
{
    QMap<QString, QString> facts;
    if (db == Db::SqliteQt || db == Db::SqliteOdbc) {
        QFile f(sqliteFile);
        facts.insert(
            QStringLiteral("file"),
            f.open(QIODevice::ReadOnly)
                ? QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
                : QStringLiteral("absent"));
        return facts;
    }
    auto c = openDb(db);
    auto first = [&](const QString& sql) {
        auto reader = c->query(sql);
        std::vector<Row> rows;
        return reader->fetch(rows, 1) ? rows.at(0).back().toString() : QString();
    };
    for (const QString& t : tables) {
        const QString q = c->dialect().quoteIdentifier(t);
        facts.insert(t + QStringLiteral(" rows"), first(QStringLiteral("SELECT COUNT(*) FROM ") + q));
        if (db == Db::Postgres) {
            facts.insert(
                t + QStringLiteral(" digest"),
                first(QStringLiteral("SELECT md5(string_agg(x::text, ',' ORDER BY x::text)) FROM %1 x").arg(q)));
            facts.insert(t + QStringLiteral(" sequences"),
                         first(QStringLiteral("SELECT string_agg(sequencename || '=' || coalesce(last_value::text, "
                                              "'unused'), ',' ORDER BY sequencename) FROM pg_sequences WHERE "
                                              "sequencename LIKE '%1%'")
                                   .arg(t)));
            facts.insert(t + QStringLiteral(" temporary tables"),
                         first(QStringLiteral("SELECT COUNT(*) FROM pg_class WHERE relpersistence = 't' AND relname "
                                              "LIKE '%1%'")
                                   .arg(t)));
        } else {
            facts.insert(t + QStringLiteral(" digest"), first(QStringLiteral("CHECKSUM TABLE ") + q));
            facts.insert(t + QStringLiteral(" auto_increment"),
                         first(QStringLiteral("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE "
                                              "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '%1'")
                                   .arg(t)));
        }
    }
    return facts;
}

// Facts that differ between two states, one line each.
inline QStringList stateDifferences(const QMap<QString, QString>& before, const QMap<QString, QString>& after)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (after.value(it.key()) != it.value())
            out << QStringLiteral("%1: before %2, after %3").arg(it.key(), it.value(), after.value(it.key()));
    return out;
}

} // namespace ferry::test
