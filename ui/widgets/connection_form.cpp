#include "widgets/connection_form.h"

#include "db/driver_catalog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ferry::ui {

ConnectionForm::ConnectionForm(QWidget* parent)
    : QWidget(parent)
    , layout_(new QFormLayout(this))
    , kindCombo_(new QComboBox(this))
    , driverCombo_(new QComboBox(this))
    , hostEdit_(new QLineEdit(this))
    , portSpin_(new QSpinBox(this))
    , databaseEdit_(new QLineEdit(this))
    , databaseLabel_(new QLabel(this))
    , dsnCombo_(new QComboBox(this))
    , fileRow_(new QWidget(this))
    , fileEdit_(new QLineEdit(fileRow_))
    , browseButton_(new QPushButton(tr("Bro&wse…"), fileRow_))
    , userEdit_(new QLineEdit(this))
    , passwordEdit_(new QLineEdit(this))
    , passwordEnvEdit_(new QLineEdit(this))
    , optionsEdit_(new QPlainTextEdit(this))
    , sqliteNote_(new QLabel(fileRow_))
{
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    kindCombo_->setObjectName(QStringLiteral("kindCombo"));
    kindCombo_->addItem(tr("ODBC driver"));
    kindCombo_->addItem(tr("ODBC data source (DSN)"));
    kindCombo_->addItem(tr("SQLite file (built in)"));

    driverCombo_->setObjectName(QStringLiteral("driverCombo"));
    driverCombo_->setEditable(true); // a driver named in a project may not be installed here
    driverCombo_->setInsertPolicy(QComboBox::NoInsert);
    hostEdit_->setObjectName(QStringLiteral("hostEdit"));
    hostEdit_->setPlaceholderText(tr("e.g. db.example.com or 127.0.0.1"));
    portSpin_->setObjectName(QStringLiteral("portSpin"));
    portSpin_->setRange(0, 65535);
    portSpin_->setSpecialValueText(tr("driver default"));
    databaseEdit_->setObjectName(QStringLiteral("databaseEdit"));
    dsnCombo_->setObjectName(QStringLiteral("dsnCombo"));
    dsnCombo_->setEditable(true);
    dsnCombo_->setInsertPolicy(QComboBox::NoInsert);

    fileEdit_->setObjectName(QStringLiteral("sqliteFileEdit"));
    fileEdit_->setPlaceholderText(tr("Path of the SQLite database file"));
    browseButton_->setObjectName(QStringLiteral("browseButton"));
    auto* fileLine = new QHBoxLayout;
    fileLine->addWidget(fileEdit_, 1);
    fileLine->addWidget(browseButton_);
    auto* fileLayout = new QVBoxLayout(fileRow_);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addLayout(fileLine);
    fileLayout->addWidget(sqliteNote_);
    sqliteNote_->setObjectName(QStringLiteral("sqliteNote"));
    sqliteNote_->setWordWrap(true);
    sqliteNote_->setText(tr("Uses the SQLite driver built into Ferry: nothing to install. A file that does not "
                            "exist yet is built from the project's script when the project runs."));

    userEdit_->setObjectName(QStringLiteral("userEdit"));
    passwordEdit_->setObjectName(QStringLiteral("passwordEdit"));
    passwordEdit_->setEchoMode(QLineEdit::Password);
    passwordEdit_->setToolTip(tr("Kept in memory for this session only; never saved in the project."));
    passwordEnvEdit_->setObjectName(QStringLiteral("passwordEnvEdit"));
    passwordEnvEdit_->setPlaceholderText(tr("optional, e.g. CRM_DB_PASSWORD"));
    passwordEnvEdit_->setToolTip(tr("The project stores only this variable's name; Ferry reads the password "
                                    "from it when it connects, unless you type one above."));
    optionsEdit_->setObjectName(QStringLiteral("optionsEdit"));
    optionsEdit_->setPlaceholderText(tr("Extra driver settings, one key=value per line, e.g. SSLmode=require"));
    optionsEdit_->setTabChangesFocus(true);
    optionsEdit_->setMaximumHeight(optionsEdit_->fontMetrics().lineSpacing() * 4 + 2 * optionsEdit_->frameWidth() + 8);

    layout_->addRow(tr("&Connect through:"), kindCombo_);
    layout_->addRow(tr("&Driver:"), driverCombo_);
    layout_->addRow(tr("&Host:"), hostEdit_);
    layout_->addRow(tr("P&ort:"), portSpin_);
    databaseLabel_->setText(tr("D&atabase:"));
    databaseLabel_->setBuddy(databaseEdit_);
    layout_->addRow(databaseLabel_, databaseEdit_);
    layout_->addRow(tr("Data &source:"), dsnCombo_);
    auto* fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(fileEdit_);
    layout_->addRow(fileLabel, fileRow_);
    layout_->addRow(tr("&User:"), userEdit_);
    layout_->addRow(tr("&Password:"), passwordEdit_);
    layout_->addRow(tr("Password from environ&ment variable:"), passwordEnvEdit_);
    layout_->addRow(tr("E&xtra options:"), optionsEdit_);

    refreshCatalog();

    connect(kindCombo_, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emitEdited();
    });
    connect(driverCombo_, &QComboBox::currentTextChanged, this, [this] {
        onDriverChanged();
        emitEdited();
    });
    connect(dsnCombo_, &QComboBox::currentTextChanged, this, &ConnectionForm::emitEdited);
    for (QLineEdit* e : {hostEdit_, databaseEdit_, fileEdit_, userEdit_, passwordEdit_})
        connect(e, &QLineEdit::textChanged, this, &ConnectionForm::emitEdited);
    connect(passwordEnvEdit_, &QLineEdit::textChanged, this, [this](const QString& name) {
        passwordEdit_->setPlaceholderText(name.trimmed().isEmpty() ? QString()
                                                                   : tr("leave empty to use %1").arg(name.trimmed()));
        emitEdited();
    });
    connect(portSpin_, &QSpinBox::valueChanged, this, &ConnectionForm::emitEdited);
    connect(optionsEdit_, &QPlainTextEdit::textChanged, this, &ConnectionForm::emitEdited);
    connect(browseButton_, &QPushButton::clicked, this, &ConnectionForm::browse);

    updateRows();
}

void ConnectionForm::refreshCatalog()
{
    const bool wasLoading = loading_;
    loading_ = true;
    const QString driver = driverCombo_->currentText();
    const QString dsn = dsnCombo_->currentText();
    const DriverCatalog catalog = DriverCatalog::installed();
    driverCombo_->clear();
    driverCombo_->addItems(catalog.drivers);
    driverCombo_->setCurrentText(driver);
    dsnCombo_->clear();
    dsnCombo_->addItems(catalog.dataSources);
    dsnCombo_->setCurrentText(dsn);
    loading_ = wasLoading;
}

ConnectionForm::Kind ConnectionForm::kind() const
{
    return static_cast<Kind>(kindCombo_->currentIndex());
}

void ConnectionForm::setKind(Kind kind)
{
    kindCombo_->setCurrentIndex(kind);
}

void ConnectionForm::setSqliteFile(const QString& path)
{
    setKind(SqliteKind);
    fileEdit_->setText(QDir::toNativeSeparators(path));
}

void ConnectionForm::setProfile(const ConnectionProfile& profile)
{
    loading_ = true;
    base_ = profile;
    if (profile.kind == ConnectionProfile::Kind::Sqlite)
        kindCombo_->setCurrentIndex(SqliteKind);
    else
        kindCombo_->setCurrentIndex(profile.dsn.isEmpty() ? OdbcDriverKind : OdbcDsnKind);
    driverCombo_->setCurrentText(profile.driver);
    lastDefaultPort_ = defaultPort(familyOfDriver(profile.driver));
    hostEdit_->setText(profile.host);
    portSpin_->setValue(profile.port);
    databaseEdit_->setText(profile.database);
    dsnCombo_->setCurrentText(profile.dsn);
    fileEdit_->setText(QDir::toNativeSeparators(profile.file));
    userEdit_->setText(profile.user);
    passwordEnvEdit_->setText(profile.passwordEnv);
    optionsEdit_->setPlainText(formatOptions(profile.options));
    onDriverChanged(); // labels and rows for the driver; the port stays as loaded
    loading_ = false;
    updateRows();
}

ConnectionProfile ConnectionForm::profile() const
{
    ConnectionProfile p = base_;
    // Keys of the other kinds are cleared: a project file refuses a DSN next to a driver, or ODBC
    // settings on a SQLite file.
    p.dsn.clear();
    p.driver.clear();
    p.host.clear();
    p.port = 0;
    p.database.clear();
    p.user.clear();
    p.passwordEnv.clear();
    p.options.clear();
    p.file.clear();
    p.initSql.clear();
    if (kind() == SqliteKind) {
        p.kind = ConnectionProfile::Kind::Sqlite;
        p.file = QDir::fromNativeSeparators(fileEdit_->text().trimmed());
        if (!p.file.isEmpty() && QDir::cleanPath(p.file) == QDir::cleanPath(base_.file))
            p.initSql = base_.initSql; // the script belongs to that file only
        return p;
    }
    p.kind = ConnectionProfile::Kind::Odbc;
    if (kind() == OdbcDsnKind) {
        p.dsn = dsnCombo_->currentText().trimmed();
    } else {
        p.driver = driverCombo_->currentText().trimmed();
        if (familyOfDriver(p.driver) != DbFamily::SQLite) {
            p.host = hostEdit_->text().trimmed();
            p.port = portSpin_->value();
        }
        p.database = databaseEdit_->text().trimmed();
    }
    p.user = userEdit_->text().trimmed();
    p.passwordEnv = passwordEnvEdit_->text().trimmed();
    p.options = parseOptions(optionsEdit_->toPlainText());
    return p;
}

QString ConnectionForm::password() const
{
    return kind() == SqliteKind ? QString() : passwordEdit_->text();
}

void ConnectionForm::setPassword(const QString& password)
{
    loading_ = true;
    passwordEdit_->setText(password);
    loading_ = false;
}

void ConnectionForm::onDriverChanged()
{
    const DbFamily family = familyOfDriver(driverCombo_->currentText());
    const int port = defaultPort(family);
    // Follow the driver's usual port unless the user typed another one.
    if (!loading_ && (portSpin_->value() == 0 || portSpin_->value() == lastDefaultPort_)) {
        const bool wasLoading = loading_;
        loading_ = true;
        portSpin_->setValue(port);
        loading_ = wasLoading;
    }
    lastDefaultPort_ = port;
    const bool fileBased = family == DbFamily::SQLite;
    databaseLabel_->setText(fileBased ? tr("Database fi&le:") : tr("D&atabase:"));
    databaseEdit_->setPlaceholderText(fileBased ? tr("Path of the SQLite database file") : QString());
    updateRows();
}

void ConnectionForm::updateRows()
{
    const Kind k = kind();
    const bool driver = k == OdbcDriverKind;
    const bool serverBased = familyOfDriver(driverCombo_->currentText()) != DbFamily::SQLite;
    const bool odbc = k != SqliteKind;
    layout_->setRowVisible(driverCombo_, driver);
    layout_->setRowVisible(hostEdit_, driver && serverBased);
    layout_->setRowVisible(portSpin_, driver && serverBased);
    layout_->setRowVisible(databaseEdit_, driver);
    layout_->setRowVisible(dsnCombo_, k == OdbcDsnKind);
    layout_->setRowVisible(fileRow_, k == SqliteKind);
    layout_->setRowVisible(userEdit_, odbc);
    layout_->setRowVisible(passwordEdit_, odbc);
    layout_->setRowVisible(passwordEnvEdit_, odbc);
    layout_->setRowVisible(optionsEdit_, odbc);
}

void ConnectionForm::browse()
{
    const QString current = QDir::fromNativeSeparators(fileEdit_->text().trimmed());
    QString path;
    if (chooser_) {
        path = chooser_(this, current);
    } else {
        path = QFileDialog::getOpenFileName(this, tr("SQLite database file"),
                                            current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                            tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    }
    if (!path.isEmpty())
        fileEdit_->setText(QDir::toNativeSeparators(path));
}

void ConnectionForm::emitEdited()
{
    if (!loading_)
        emit edited();
}

QMap<QString, QString> ConnectionForm::parseOptions(const QString& text)
{
    QMap<QString, QString> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        if (!key.isEmpty())
            out.insert(key, line.mid(eq + 1).trimmed());
    }
    return out;
}

QString ConnectionForm::formatOptions(const QMap<QString, QString>& options)
{
    QStringList lines;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        lines << it.key() + QLatin1Char('=') + it.value();
    return lines.join(QLatin1Char('\n'));
}

} // namespace ferry::ui
