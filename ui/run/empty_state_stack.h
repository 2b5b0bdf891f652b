#pragma once
// A pane that shows its content, or — when there is nothing to show — one centred plain sentence in
// its place, so an empty list never looks like a broken one.
#include <QStackedWidget>

class QLabel;

namespace ferry::ui {

class EmptyStateStack : public QStackedWidget {
    Q_OBJECT
public:
    // Takes ownership of content.
    explicit EmptyStateStack(QWidget* content, QWidget* parent = nullptr);

    void showContent();
    void showEmpty(const QString& sentence);
    bool isEmptyShown() const;
    QString emptyText() const;
    QLabel* emptyLabel() const { return label_; }

private:
    QWidget* content_;
    QLabel* label_;
};

} // namespace ferry::ui
