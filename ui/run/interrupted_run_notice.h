#pragma once
// The Run page's note that the project has an interrupted run: when it started, how it ended (killed,
// failed with its error, cancelled) and that the rows it committed are kept in the target. Hidden when
// there is none; the page's Resume and Start over buttons act on it.
#include "engine/run_state.h"
#include "widgets/notice_frame.h"

#include <optional>

class QLabel;

namespace ferry::ui {

class InterruptedRunNotice : public NoticeFrame {
    Q_OBJECT
public:
    explicit InterruptedRunNotice(QWidget* parent = nullptr);

    void setRun(const std::optional<InterruptedRun>& run);
    QString text() const; // plain text, as a screen reader gets it

    // The note for a run, as rich text.
    static QString describe(const InterruptedRun& run);

private:
    QLabel* text_;
};

} // namespace ferry::ui
