#pragma once
// A framed note inside a page — an icon beside a column of text, on a background tinted by its kind —
// for states the user must notice before acting (an interrupted run, a lost connection).
#include <QFrame>

class QVBoxLayout;

namespace ferry::ui {

class NoticeFrame : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning };
    explicit NoticeFrame(Kind kind, QWidget* parent = nullptr);

protected:
    // Where subclasses put their text and controls, beside the icon.
    QVBoxLayout* body() const { return body_; }

private:
    QVBoxLayout* body_;
};

} // namespace ferry::ui
