#include "widgets/view_keys.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace ferry::ui {

namespace {

class ViewKeys : public QObject {
public:
    ViewKeys(QAbstractItemView* view, const QList<int>& keys, std::function<void()> action)
        : QObject(view)
        , view_(view)
        , keys_(keys)
        , action_(std::move(action))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched != view_ || event->type() != QEvent::KeyPress)
            return false;
        const auto* key = static_cast<QKeyEvent*>(event);
        // An open cell editor has the focus and gets its keys itself; these reach the view only.
        if (!keys_.contains(key->key()) || (key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
            return false;
        action_();
        return true;
    }

private:
    QAbstractItemView* view_;
    QList<int> keys_;
    std::function<void()> action_;
};

} // namespace

void bindViewKeys(QAbstractItemView* view, const QList<int>& keys, std::function<void()> action)
{
    view->installEventFilter(new ViewKeys(view, keys, std::move(action)));
}

} // namespace ferry::ui
