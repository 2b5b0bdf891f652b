#pragma once
// Keyboard-only driving for GUI tests: every key goes where a real keyboard sends it (the open popup,
// else the focus widget), so a test that uses only these proves the path works without a mouse.
#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace ferry::test {

inline QWidget* keyTarget()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup->focusWidget() ? popup->focusWidget() : popup;
    // The offscreen platform leaves a closed popup (a menu, a completer's list) as the active window, or
    // none once it is destroyed; a desktop hands activation back to the window below. Do the same.
    if (!QApplication::activeWindow() || !QApplication::activeWindow()->isVisible())
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w->isVisible() && (w->windowType() == Qt::Window || w->windowType() == Qt::Dialog)) {
                // Not activateWindow(): the platform's focus window is already this one.
                QApplication::setActiveWindow(w);
                break;
            }
    return QApplication::focusWidget();
}

// Presses `key`; false when nothing has the focus (the test then fails where it lost the keyboard).
inline bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = keyTarget();
    if (!target)
        return false;
    QTest::keyClick(target, Qt::Key(key), modifiers);
    if (key == Qt::Key_Menu) {
        // A desktop's platform plugin turns the menu key into a keyboard context menu event (xcb,
        // Windows); the offscreen one does not, so do it here. A context menu runs its own event loop.
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, target->rect().center(),
                               target->mapToGlobal(target->rect().center()), modifiers);
        QApplication::sendEvent(target, &menu);
    }
    return true;
}

// Presses `key`, which opens a menu that runs its own event loop, and from inside that loop moves down
// to the entry `entry` and chooses it with Enter; false (and the menu closed by Escape) when it has none.
inline bool pressForMenu(int key, const QString& entry)
{
    bool chosen = false;
    QTimer::singleShot(0, [&chosen, entry] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        for (int i = 0; menu && i < menu->actions().size() && !chosen; ++i) {
            press(Qt::Key_Down);
            chosen = menu->activeAction() && menu->activeAction()->text() == entry;
        }
        press(chosen ? Qt::Key_Return : Qt::Key_Escape);
    });
    return press(key) && QTest::qWaitFor([] { return !QApplication::activePopupWidget(); }) && chosen;
}

inline bool type(const QString& text)
{
    QWidget* target = keyTarget();
    if (!target)
        return false;
    QTest::keyClicks(target, text);
    return true;
}

// Tabs (or Shift+Tabs) until `wanted` has the focus; false after `limit` presses.
inline bool tabTo(const QWidget* wanted, bool backwards = false, int limit = 60)
{
    for (int i = 0; i < limit && QApplication::focusWidget() != wanted; ++i)
        if (!press(backwards ? Qt::Key_Backtab : Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier))
            return false;
    return QApplication::focusWidget() == wanted;
}

// Types `text` into the focused editor, waits for its completion list, and picks the first entry with
// Down and Enter.
inline bool pickCompletion(const QString& text)
{
    return type(text) && QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }) &&
           press(Qt::Key_Down) && press(Qt::Key_Return);
}

// Moves the current row of `view` (which has the focus) by arrows until its `column` reads `text`.
inline bool arrowTo(const QAbstractItemView* view, int column, const QString& text)
{
    press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i <= view->model()->rowCount(); ++i) {
        if (view->currentIndex().siblingAtColumn(column).data().toString() == text)
            return true;
        press(Qt::Key_Down);
    }
    return false;
}

} // namespace ferry::test
