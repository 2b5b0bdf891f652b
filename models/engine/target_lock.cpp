#include "target_lock.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace ferry {

namespace {

bool askServer(Connection& target, const QString& sql, const std::vector<Value>& params)
{
    auto reader = target.query(sql, params);
    std::vector<Row> rows;
    reader->fetch(rows, 1);
    const QByteArray answer = rows.empty() ? QByteArray() : rows[0][0].toUtf8().toLower();
    return answer == "1" || answer == "t" || answer == "true";
}

// PostgreSQL's advisory locks take a 64-bit key: the first 8 bytes of the name's SHA-256.
qint64 advisoryKey(const QString& name)
{
    const QByteArray h = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | qint64(quint8(h[i]));
    return key;
}

QString sqliteFile(const ConnectionProfile& profile)
{
    return profile.kind == ConnectionProfile::Kind::Sqlite ? profile.file : profile.database;
}

} // namespace

TargetLock::Outcome TargetLock::acquire(Connection& target, const ConnectionProfile& profile, const QString& name,
                                        std::vector<std::unique_ptr<QLockFile>>* fileLocks)
{
    switch (target.family()) {
    case DbFamily::PostgreSQL:
        return askServer(target, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {Value::integer(advisoryKey(name))})
                   ? Outcome::Locked
                   : Outcome::HeldByAnother;
    case DbFamily::MariaDB:
        return askServer(target, QStringLiteral("SELECT GET_LOCK(?, 0)"), {Value::text(name)}) ? Outcome::Locked
                                                                                               : Outcome::HeldByAnother;
    case DbFamily::SQLite: {
        const QString file = sqliteFile(profile);
        if (file.isEmpty())
            return Outcome::Unsupported;
        const QString safe =
            QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex());
        auto lock = std::make_unique<QLockFile>(QFileInfo(file).absoluteFilePath() + QStringLiteral(".ferry-") +
                                                safe.left(8) + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // only a dead process makes a lock stale, never its age
        if (!lock->tryLock(0))
            return Outcome::HeldByAnother;
        fileLocks->push_back(std::move(lock));
        return Outcome::Locked;
    }
    case DbFamily::Generic:
        break;
    }
    return Outcome::Unsupported;
}

} // namespace ferry
