#pragma once
// The recently opened projects, newest first, kept in QSettings (shared by the start page and the
// File menu). Paths that no longer exist are dropped when listed.
#include <QStringList>

namespace ferry::ui::RecentProjects {

constexpr int kMax = 8;
QStringList list();
void add(const QString& path);

} // namespace ferry::ui::RecentProjects
