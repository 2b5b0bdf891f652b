#include "location_bar.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace ferry::ui {

LocationBar::LocationBar(QWidget* parent)
    : QWidget(parent)
    , label_(new QLabel(this))
    , open_(new QPushButton(tr("Open fo&lder"), this)) // Alt+F is the File menu
    , copy_(new QPushButton(tr("Copy pat&h"), this))
    , feedback_(new QLabel(this))
    , opener_(&LocationBar::openWithSystem)
{
    label_->setObjectName(QStringLiteral("runFolderLabel"));
    open_->setObjectName(QStringLiteral("openRunFolderButton"));
    copy_->setObjectName(QStringLiteral("copyRunFolderButton"));
    feedback_->setObjectName(QStringLiteral("runFolderFeedback"));
    open_->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label_->setWordWrap(true);
    feedback_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    feedback_->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(label_, 1);
    row->addWidget(open_);
    row->addWidget(copy_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(feedback_);
    connect(open_, &QPushButton::clicked, this, &LocationBar::openFolder);
    connect(copy_, &QPushButton::clicked, this, &LocationBar::copyPath);
}

void LocationBar::setPath(const QString& path)
{
    if (path == path_)
        return;
    path_ = path;
    label_->setText(tr("Runs are saved in %1").arg(QDir::toNativeSeparators(path)));
    feedback_->clear();
}

QString LocationBar::text() const
{
    return label_->text();
}

QString LocationBar::feedbackText() const
{
    return feedback_->text();
}

bool LocationBar::openWithSystem(const QString& path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QString LocationBar::openOrExplain(const std::function<bool(const QString&)>& opener, const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (opener(path))
        return tr("Opened %1 in the file manager.").arg(shown);
    return tr("No program here opens folders or files; the path is %1").arg(shown);
}

void LocationBar::openFolder()
{
    // A run that has not happened yet has no folder: make it, so there is something to open.
    QDir().mkpath(path_);
    feedback_->setText(openOrExplain(opener_, path_));
}

void LocationBar::copyPath()
{
    QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(path_));
    feedback_->setText(tr("Path copied to the clipboard."));
}

} // namespace ferry::ui
