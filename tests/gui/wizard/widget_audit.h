#pragma once
// Walks one wizard page as a user meets it (the widgets the page shows, and the wizard's buttons on
// that page) and reports what keyboard and screen-reader users would stumble on: two controls with
// the same Alt+ mnemonic, and interactive controls without an accessible name.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>
#include <QWizard>

namespace ferry::test {

struct Mnemonic {
    QKeySequence key;
    QString text;
};

// The texts that carry a mnemonic: buttons, labels that focus a buddy, group boxes, tabs, menus.
inline QStringList mnemonicTexts(const QWidget* w)
{
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        return {b->text()};
    if (const auto* l = qobject_cast<const QLabel*>(w))
        return l->buddy() ? QStringList{l->text()} : QStringList{};
    if (const auto* g = qobject_cast<const QGroupBox*>(w))
        return {g->title()};
    if (const auto* bar = qobject_cast<const QMenuBar*>(w)) {
        QStringList out;
        for (const QAction* a : bar->actions())
            out << a->text();
        return out;
    }
    if (const auto* t = qobject_cast<const QTabBar*>(w)) {
        QStringList out;
        for (int i = 0; i < t->count(); ++i)
            out << t->tabText(i);
        return out;
    }
    return {};
}

// The page's own widgets that it shows, then the wizard's buttons QWizard shows on that page.
inline QList<QWidget*> pageWidgets(QWizard* wizard, int id)
{
    QWizardPage* page = wizard->page(id);
    QList<QWidget*> out;
    for (QWidget* w : page->findChildren<QWidget*>())
        if (w->isVisibleTo(page))
            out << w;
    const QList<int> ids = wizard->pageIds();
    const bool first = id == ids.first();
    const bool last = id == ids.last();
    if (!first)
        out << wizard->button(QWizard::BackButton);
    out << wizard->button(last ? QWizard::FinishButton : QWizard::NextButton);
    if (wizard->testOption(QWizard::HaveCustomButton1))
        out << wizard->button(QWizard::CustomButton1);
    return out;
}

// Pairs of texts on one page that share a mnemonic ("Data&base: / < &Back"). `judge` says which
// texts count (e.g. only translated ones).
inline QStringList mnemonicClashes(const QList<QWidget*>& widgets, const std::function<bool(const QString&)>& judge)
{
    QList<Mnemonic> seen;
    QStringList clashes;
    for (const QWidget* w : widgets)
        for (const QString& text : mnemonicTexts(w)) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty() || !judge(text))
                continue;
            for (const Mnemonic& m : std::as_const(seen))
                if (m.key == key)
                    clashes << QStringLiteral("%1: \"%2\" / \"%3\"").arg(key.toString(), m.text, text);
            seen << Mnemonic{key, text};
        }
    return clashes;
}

inline bool isInteractive(const QWidget* w)
{
    if (w->focusPolicy() == Qt::NoFocus || qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w))
        return false;
    // A combo box's or spin box's own line edit is named through its owner.
    if (qobject_cast<const QLineEdit*>(w) &&
        (qobject_cast<const QComboBox*>(w->parentWidget()) || qobject_cast<const QAbstractSpinBox*>(w->parentWidget())))
        return false;
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w) || qobject_cast<const QAbstractSlider*>(w);
}

// Interactive widgets a screen reader could not name: no accessible name, no label naming them as
// their buddy, no text of their own.
inline QStringList namelessControls(const QList<QWidget*>& widgets)
{
    QSet<const QWidget*> labelled;
    for (const QWidget* w : widgets)
        if (const auto* l = qobject_cast<const QLabel*>(w); l && l->buddy())
            labelled << l->buddy();
    QStringList out;
    for (const QWidget* w : widgets) {
        if (!isInteractive(w) || !w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        if (const auto* b = qobject_cast<const QAbstractButton*>(w); b && !b->text().remove(QLatin1Char('&')).isEmpty())
            continue;
        out << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return out;
}

} // namespace ferry::test
