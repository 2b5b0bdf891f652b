#pragma once
// Ferry's mark, drawn with QPainter at whatever size and pixel ratio is asked, so it is sharp on every
// screen without shipping bitmaps.
#include <QIcon>
#include <QPixmap>

namespace ferry::ui {

QPixmap ferryLogo(int logicalSize, qreal devicePixelRatio);
QIcon ferryIcon(); // 16…256 px, for the window and the task bar

} // namespace ferry::ui
