#include "notice_frame.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace ferry::ui {

namespace {
QColor mix(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}
} // namespace

NoticeFrame::NoticeFrame(Kind kind, QWidget* parent)
    : QFrame(parent)
    , body_(new QVBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    // A tint of the theme's own base colour, so the note reads in light and dark themes alike.
    const QColor accent = kind == Kind::Warning ? QColor(0xe6, 0x8a, 0x00) : palette().color(QPalette::Highlight);
    QPalette p = palette();
    p.setColor(QPalette::Window, mix(p.color(QPalette::Base), accent, 0.14));
    setPalette(p);
    setAutoFillBackground(true);

    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()
            ->standardIcon(kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation,
                           nullptr, this)
            .pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    body_->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addLayout(body_, 1);
}

} // namespace ferry::ui
