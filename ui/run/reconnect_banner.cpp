#include "reconnect_banner.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ferry::ui {

ReconnectBanner::ReconnectBanner(QWidget* parent)
    : NoticeFrame(Kind::Warning, parent)
    , text_(new QLabel(this))
    , detail_(new QLabel(this))
    , busy_(new QProgressBar(this))
{
    setObjectName(QStringLiteral("reconnectBanner"));
    text_->setObjectName(QStringLiteral("reconnectText"));
    detail_->setObjectName(QStringLiteral("reconnectDetail"));
    QFont bold = text_->font();
    bold.setBold(true);
    text_->setFont(bold);
    text_->setWordWrap(true);
    detail_->setWordWrap(true);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    busy_->setRange(0, 0); // moving, without pretending to know how long
    busy_->setTextVisible(false);
    busy_->setMaximumHeight(fontMetrics().height() / 2 + 2);
    body()->addWidget(text_);
    body()->addWidget(detail_);
    body()->addWidget(busy_);
    setAccessibleName(tr("Reconnecting"));
    setVisible(false);

    tick_.setInterval(250); // often enough that each whole second of the countdown shows
    connect(&tick_, &QTimer::timeout, this, &ReconnectBanner::updateText);
}

QString ReconnectBanner::connectionName(const QString& what)
{
    if (what.compare(QLatin1String("source"), Qt::CaseInsensitive) == 0)
        return tr("the source");
    if (what.compare(QLatin1String("target"), Qt::CaseInsensitive) == 0)
        return tr("the target");
    return what;
}

void ReconnectBanner::retrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs)
{
    reconnecting_ = true;
    what_ = what;
    attempt_ = attempt;
    maxAttempts_ = maxAttempts;
    delayMs_ = delayMs;
    since_.start();
    detail_->setText(tr("Last error: %1").arg(error.trimmed()) + QLatin1Char('\n') +
                     tr("The rows committed so far are safe. The run goes on by itself once the connection works "
                        "again; Cancel run stops it."));
    setToolTip(error);
    updateText();
    tick_.start();
    setVisible(true);
}

void ReconnectBanner::clear()
{
    reconnecting_ = false;
    tick_.stop();
    setVisible(false);
}

QString ReconnectBanner::text() const
{
    return text_->text();
}

QString ReconnectBanner::detailText() const
{
    return detail_->text();
}

void ReconnectBanner::updateText()
{
    const qint64 leftMs = delayMs_ - since_.elapsed();
    const QString name = connectionName(what_);
    if (leftMs > 0)
        text_->setText(tr("Reconnecting to %1… (attempt %2 of %3, next try in %4 s)")
                           .arg(name)
                           .arg(attempt_)
                           .arg(maxAttempts_)
                           .arg((leftMs + 999) / 1000));
    else
        text_->setText(
            tr("Reconnecting to %1… (attempt %2 of %3, trying now)").arg(name).arg(attempt_).arg(maxAttempts_));
    setAccessibleDescription(text_->text() + QLatin1Char('\n') + detail_->text());
}

} // namespace ferry::ui
