#pragma once
// Writes the legacy CRM as a SQLite script: CREATE TABLE + one INSERT per line, inside BEGIN/COMMIT.
// No value contains ';' and every statement ends a line, so even a naive script splitter runs it.
#include <QByteArray>

namespace ferry::demo {

struct DemoData;
QByteArray legacySql(const DemoData& data);

} // namespace ferry::demo
