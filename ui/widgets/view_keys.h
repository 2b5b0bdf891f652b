#pragma once
// Keys for item views that Qt leaves unused: Enter in a table only emits activated() and is then
// passed on to the dialog, where it would press Next. bindViewKeys gives such a key a job in the view.
#include <QList>
#include <functional>

class QAbstractItemView;

namespace ferry::ui {

// Runs `action` when one of `keys`, without modifiers, reaches `view` itself (not a cell editor).
// The key is consumed, so it never reaches the wizard.
void bindViewKeys(QAbstractItemView* view, const QList<int>& keys, std::function<void()> action);

} // namespace ferry::ui
