#include "run/empty_state_stack.h"

#include <QLabel>

namespace ferry::ui {

EmptyStateStack::EmptyStateStack(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , content_(content)
    , label_(new QLabel(this))
{
    label_->setAlignment(Qt::AlignCenter);
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label_->setMargin(24);
    addWidget(content_);
    addWidget(label_);
}

void EmptyStateStack::showContent()
{
    setCurrentWidget(content_);
}

void EmptyStateStack::showEmpty(const QString& sentence)
{
    label_->setText(sentence);
    setCurrentWidget(label_);
}

bool EmptyStateStack::isEmptyShown() const
{
    return currentWidget() == label_;
}

QString EmptyStateStack::emptyText() const
{
    return isEmptyShown() ? label_->text() : QString();
}

} // namespace ferry::ui
