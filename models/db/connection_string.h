#pragma once
// Turns what a user types after `ferry-cli inspect` into a connection profile: a SQLite file, an ODBC
// connection string ("Driver={…};Server=…"), or "dsn:NAME".
#include "connection_profile.h"

#include <QList>
#include <QPair>
#include <QString>

namespace ferry {

struct ParsedConnection {
    ConnectionProfile profile;
    QString password; // from Pwd= in a connection string; never printed
};

ParsedConnection parseConnectionArgument(const QString& argument);
// Splits "a=1;b={x;y}" honouring {…} quoting with doubled '}'.
QList<QPair<QString, QString>> splitConnectionString(const QString& s);

} // namespace ferry
