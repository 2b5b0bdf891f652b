#pragma once
// A folder the user may want to look into (where the runs go), with "Open folder" and "Copy path". Both
// always answer on the page: opening needs a program that handles folders, and where there is none (or
// the system cannot say) the path is shown to copy instead.
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace ferry::ui {

class LocationBar : public QWidget {
    Q_OBJECT
public:
    explicit LocationBar(QWidget* parent = nullptr);

    void setPath(const QString& path);
    QString path() const { return path_; }
    QString text() const;         // "Runs are saved in …"
    QString feedbackText() const; // what the last button press did

    // Seam for tests: opens a local path in the system's file manager; false when nothing can.
    // Default: QDesktopServices.
    void setOpener(std::function<bool(const QString&)> opener) { opener_ = std::move(opener); }

    // The same answer for any path (the finish page's file links): opens it, or says where it is.
    static QString openOrExplain(const std::function<bool(const QString&)>& opener, const QString& path);
    static bool openWithSystem(const QString& path);

public slots:
    void openFolder();
    void copyPath();

private:
    QString path_;
    QLabel* label_;
    QPushButton* open_;
    QPushButton* copy_;
    QLabel* feedback_;
    std::function<bool(const QString&)> opener_;
};

} // namespace ferry::ui
