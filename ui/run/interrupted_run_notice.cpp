#include "interrupted_run_notice.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace ferry::ui {

InterruptedRunNotice::InterruptedRunNotice(QWidget* parent)
    : NoticeFrame(Kind::Information, parent)
    , text_(new QLabel(this))
{
    setObjectName(QStringLiteral("interruptedRunNotice"));
    text_->setObjectName(QStringLiteral("interruptedRunText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::RichText);
    text_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(text_);
    setAccessibleName(tr("Interrupted run"));
    setVisible(false);
}

void InterruptedRunNotice::setRun(const std::optional<InterruptedRun>& run)
{
    text_->setText(run ? describe(*run) : QString());
    setAccessibleDescription(text());
    setVisible(run.has_value());
}

QString InterruptedRunNotice::text() const
{
    return QTextDocumentFragment::fromHtml(text_->text()).toPlainText();
}

QString InterruptedRunNotice::describe(const InterruptedRun& run)
{
    const RunRecord& r = run.record;
    const QLocale locale;
    const QString started = locale.toString(r.started.toLocalTime(), QLocale::ShortFormat);
    QString ended;
    switch (r.status) {
    case RunRecord::Status::Failed:
        ended = tr("It started on %1 and stopped with an error: %2").arg(started, r.error.toHtmlEscaped());
        break;
    case RunRecord::Status::Cancelled:
        ended = tr("It started on %1 and was cancelled.").arg(started);
        break;
    case RunRecord::Status::Running:
    case RunRecord::Status::Completed: // not offered; listed for the compiler
        ended = tr("It started on %1 and never finished: Ferry or the computer stopped while it ran.").arg(started);
        break;
    }
    if (!r.resumed.isEmpty())
        ended += QLatin1Char(' ') + tr("It was resumed %n time(s) before.", nullptr, int(r.resumed.size()));
    return QStringLiteral("<b>%1</b><br>%2<br>%3")
        .arg(tr("An earlier run of this project did not finish.").toHtmlEscaped(), ended,
             tr("The rows it committed are kept in the target. Resumed, the run continues where it stopped and "
                "its counts cover all of it.")
                 .toHtmlEscaped());
}

} // namespace ferry::ui
