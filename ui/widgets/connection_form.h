#pragma once
// The one connection form, used for both the source and the target: how to connect (an ODBC driver
// with host/port/database, an ODBC data source, or a SQLite file through Qt's built-in driver), who
// to connect as, and extra driver options. It edits a ConnectionProfile; the password it collects is
// kept apart, because it must never reach the project file.
#include "db/connection_profile.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ferry::ui {

class ConnectionForm : public QWidget {
    Q_OBJECT
public:
    // Order of the "Connect through" choices.
    enum Kind { OdbcDriverKind, OdbcDsnKind, SqliteKind };
    // Asks for a SQLite file (a QFileDialog by default); returns an empty string when cancelled.
    using FileChooser = std::function<QString(QWidget* parent, const QString& current)>;

    explicit ConnectionForm(QWidget* parent = nullptr);

    // Shows a profile; fields the form does not edit (name, init script) are kept for profile().
    void setProfile(const ConnectionProfile& profile);
    ConnectionProfile profile() const;
    QString password() const;
    void setPassword(const QString& password);

    Kind kind() const;
    void setKind(Kind kind);
    void setSqliteFile(const QString& path); // what the file picker would do
    void setFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }
    // Lists the installed drivers and data sources again (the ODBC administrator may have changed).
    void refreshCatalog();

    // "key=value" lines → options; blank lines and lines without '=' are ignored.
    static QMap<QString, QString> parseOptions(const QString& text);
    static QString formatOptions(const QMap<QString, QString>& options);

signals:
    void edited(); // the user changed something (not emitted by setProfile/setPassword)

private:
    void updateRows();
    void onDriverChanged();
    void browse();
    void emitEdited();

    ConnectionProfile base_;
    FileChooser chooser_;
    bool loading_ = false;
    int lastDefaultPort_ = 0;

    QFormLayout* layout_;
    QComboBox* kindCombo_;
    QComboBox* driverCombo_;
    QLineEdit* hostEdit_;
    QSpinBox* portSpin_;
    QLineEdit* databaseEdit_;
    QLabel* databaseLabel_;
    QComboBox* dsnCombo_;
    QWidget* fileRow_;
    QLineEdit* fileEdit_;
    QPushButton* browseButton_;
    QLineEdit* userEdit_;
    QLineEdit* passwordEdit_;
    QLineEdit* passwordEnvEdit_;
    QPlainTextEdit* optionsEdit_;
    QLabel* sqliteNote_;
};

} // namespace ferry::ui
