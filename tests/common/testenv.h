#pragma once
// Connection strings of the real test servers, exported by scripts/test-databases.sh. A missing
// server is a test failure, never a skip: CI must prove the integration paths every time.
#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace ferry::test {

inline QString requiredEnv(const char* name)
{
    const QByteArray v = qgetenv(name);
    if (v.isEmpty())
        qFatal("%s is not set: start the test servers with scripts/test-databases.sh and export its output", name);
    return QString::fromUtf8(v);
}
inline QString postgresConnectionString()
{
    return requiredEnv("FERRY_TEST_PG");
}
inline QString mariadbConnectionString()
{
    return requiredEnv("FERRY_TEST_MARIADB");
}

} // namespace ferry::test
