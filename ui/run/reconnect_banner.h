#pragma once
// The Run page's "Reconnecting…" state while the engine waits to try a lost connection again: which
// connection, the attempt, a countdown to the next try and the error (a detail line and the tooltip).
// A busy bar keeps moving, so a run that waits does not look frozen. Hidden otherwise.
#include "widgets/notice_frame.h"

#include <QElapsedTimer>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace ferry::ui {

class ReconnectBanner : public NoticeFrame {
    Q_OBJECT
public:
    explicit ReconnectBanner(QWidget* parent = nullptr);

    void retrying(const QString& what, const QString& error, int attempt, int maxAttempts, qint64 delayMs);
    void clear(); // the connection works again, or the run ended
    bool isReconnecting() const { return reconnecting_; }
    QString text() const;
    QString detailText() const;

    // "the source", "the target", or the engine's own words for what it reconnects.
    static QString connectionName(const QString& what);

private:
    void updateText();

    QLabel* text_;
    QLabel* detail_;
    QProgressBar* busy_;
    QTimer tick_;
    QElapsedTimer since_; // since the engine started waiting
    QString what_;
    int attempt_ = 0;
    int maxAttempts_ = 0;
    qint64 delayMs_ = 0;
    bool reconnecting_ = false;
};

} // namespace ferry::ui
