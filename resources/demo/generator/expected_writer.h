#pragma once
// Writes expected.json: what the first run of demo.ferry.json into an empty target must report.
#include <QByteArray>

namespace ferry::demo {

struct DemoData;
QByteArray expectedJson(const DemoData& data);

} // namespace ferry::demo
