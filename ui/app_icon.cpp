#include "app_icon.h"

#include <QPainter>
#include <QPainterPath>

namespace ferry::ui {

QPixmap ferryLogo(int logicalSize, qreal devicePixelRatio)
{
    const int px = qRound(logicalSize * devicePixelRatio);
    QPixmap pm(px, px);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(px / 64.0, px / 64.0); // draw on a 64×64 grid

    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x5f, 0x99));
    p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);

    // The hull: a boat carrying two containers (source → target).
    QPainterPath hull;
    hull.moveTo(12, 36);
    hull.lineTo(52, 36);
    hull.lineTo(46, 46);
    hull.lineTo(18, 46);
    hull.closeSubpath();
    p.setBrush(Qt::white);
    p.drawPath(hull);
    p.setBrush(QColor(0xf2, 0xa9, 0x3b));
    p.drawRect(QRectF(18, 24, 12, 10));
    p.setBrush(QColor(0x7f, 0xc9, 0x7f));
    p.drawRect(QRectF(33, 24, 12, 10));

    // Water.
    QPen wave(QColor(0xa8, 0xd0, 0xf0), 3, Qt::SolidLine, Qt::RoundCap);
    p.setPen(wave);
    p.setBrush(Qt::NoBrush);
    QPainterPath water;
    water.moveTo(10, 52);
    for (int x = 10; x < 54; x += 8)
        water.quadTo(x + 2, 49, x + 4, 52), water.quadTo(x + 6, 55, x + 8, 52);
    p.drawPath(water);
    p.end();
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon ferryIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(ferryLogo(size, 1.0));
    return icon;
}

} // namespace ferry::ui
