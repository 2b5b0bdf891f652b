#include "assist/connection_check.h"

namespace ferry {

ConnectionCheck ConnectionCheck::run(const ConnectionProfile& profile, const QString& password)
{
    ConnectionCheck c;
    try {
        c.snapshot = readSchemaSnapshot(profile, password);
    } catch (const ConnectError& e) {
        c.failure = e.kind() == ConnectFailure::None ? ConnectFailure::Other : e.kind();
        c.message = e.message();
        c.advice = e.advice();
    } catch (const Error& e) {
        c.failure = ConnectFailure::Other;
        c.message = e.message();
    } catch (const std::exception& e) {
        c.failure = ConnectFailure::Other;
        c.message = QString::fromLocal8Bit(e.what());
    }
    return c;
}

ConnectionCheck ConnectionCheck::failed(const QString& message)
{
    ConnectionCheck c;
    c.failure = ConnectFailure::Other;
    c.message = message;
    return c;
}

QString ConnectionCheck::driverProduct(const QString& driverName)
{
    const QString n = driverName.toLower();
    if (n.contains(QLatin1String("psqlodbc")))
        return QStringLiteral("psqlODBC");
    if (n.contains(QLatin1String("maodbc")) || n.contains(QLatin1String("mariadb")))
        return QStringLiteral("MariaDB Connector/ODBC");
    if (n.contains(QLatin1String("myodbc")))
        return QStringLiteral("MySQL Connector/ODBC");
    if (n.contains(QLatin1String("sqlite3odbc")) || n.contains(QLatin1String("sqliteodbc")))
        return QStringLiteral("SQLite ODBC");
    if (n == QLatin1String("qt qsqlite"))
        return tr("Qt's built-in SQLite driver");
    return driverName;
}

QString ConnectionCheck::shortVersion(const QString& version, bool keepMinorDigits)
{
    QStringList parts = version.trimmed().split(QLatin1Char('.'));
    for (int i = 0; i < parts.size(); ++i) {
        bool numeric = false;
        const int n = parts[i].toInt(&numeric);
        if (!numeric)
            return version.trimmed(); // "15.4 (Debian …)" and friends: shown as reported
        if (!(keepMinorDigits && i == 1))
            parts[i] = QString::number(n);
    }
    while (parts.size() > 2 && parts.last().toInt() == 0)
        parts.removeLast();
    return parts.join(QLatin1Char('.'));
}

QString ConnectionCheck::summary(const SchemaSnapshot& snapshot)
{
    int tables = 0, views = 0;
    for (const TableInfo& t : snapshot.tables)
        (t.isView ? views : tables)++;
    const ServerInfo& s = snapshot.server;
    QString server = s.dbmsName.isEmpty() ? familyName(snapshot.family) : s.dbmsName;
    if (!s.dbmsVersion.isEmpty()) {
        QString v = shortVersion(s.dbmsVersion);
        // psqlODBC spells PostgreSQL 15.18 as 15.0.18: since version 10 the second number is gone.
        const QStringList parts = v.split(QLatin1Char('.'));
        if (snapshot.family == DbFamily::PostgreSQL && parts.size() == 3 && parts[0].toInt() >= 10 &&
            parts[1] == QLatin1String("0"))
            v = parts[0] + QLatin1Char('.') + parts[2];
        server += QLatin1Char(' ') + v;
    }
    QString driver = driverProduct(s.driverName);
    // psqlODBC names its releases with two-digit minors (13.02); Qt's driver goes with Qt itself.
    if (!s.driverVersion.isEmpty() && s.driverName != QLatin1String("Qt QSQLITE"))
        driver += QLatin1Char(' ') + shortVersion(s.driverVersion, driver == QLatin1String("psqlODBC"));
    QString counts = tables == 1 ? tr("1 table") : tr("%1 tables").arg(tables);
    if (views == 1)
        counts = tr("%1 and 1 view").arg(counts);
    else if (views > 1)
        counts = tr("%1 and %2 views").arg(counts).arg(views);
    return tr("Connected to %1 through %2 — %3").arg(server, driver, counts);
}

} // namespace ferry
