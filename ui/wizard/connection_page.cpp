#include "connection_page.h"

#include "widgets/connection_form.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace ferry::ui {

ConnectionPage::ConnectionPage(ProjectDocument* document, Side side, QWidget* parent)
    : WizardPage(document, parent)
    , side_(side)
    , form_(new ConnectionForm(this))
    , testButton_(new QPushButton(tr("&Test connection"), this))
    , busyBar_(new QProgressBar(this))
    , resultIcon_(new QLabel(this))
    , resultLabel_(new QLabel(this))
{
    const bool source = side == Side::Source;
    setObjectName(source ? QStringLiteral("sourcePage") : QStringLiteral("targetPage"));
    setTitle(source ? tr("Source database") : tr("Target database"));
    setSubTitle(source ? tr("Where the data comes from. Ferry only reads from it.")
                       : tr("Where the data goes. Ferry writes into the tables that already exist there."));

    form_->setObjectName(QStringLiteral("connectionForm"));
    testButton_->setObjectName(QStringLiteral("testButton"));
    busyBar_->setObjectName(QStringLiteral("busyBar"));
    busyBar_->setRange(0, 0); // "working", no percentage: a connect takes as long as it takes
    busyBar_->setTextVisible(false);
    busyBar_->setVisible(false);
    resultIcon_->setObjectName(QStringLiteral("resultIcon"));
    resultIcon_->setAlignment(Qt::AlignTop);
    resultLabel_->setObjectName(QStringLiteral("resultLabel"));
    resultLabel_->setWordWrap(true);
    resultLabel_->setTextFormat(Qt::RichText);
    resultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLabel_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(testButton_);
    testRow->addWidget(busyBar_, 1);
    testRow->addStretch();
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(resultIcon_, 0, Qt::AlignTop);
    resultRow->addWidget(resultLabel_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addSpacing(8);
    layout->addLayout(testRow);
    layout->addLayout(resultRow);
    layout->addStretch();

    connect(testButton_, &QPushButton::clicked, this, &ConnectionPage::testConnection);
    connect(form_, &ConnectionForm::edited, this, &ConnectionPage::onFormEdited);
    connect(document, &ProjectDocument::schemaChanged, this, [this](Side s) {
        if (s == side_)
            emit completeChanged();
    });
    connect(document, &ProjectDocument::profileChanged, this, [this](Side s) {
        if (s == side_ && !applying_) {
            test_.supersede();
            loadFromDocument();
        }
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        test_.supersede();
        loadFromDocument();
        showResult(QString(), false, false);
        emit completeChanged();
    });
    loadFromDocument();
}

ConnectionPage::~ConnectionPage() = default;

void ConnectionPage::loadFromDocument()
{
    applying_ = true;
    form_->setProfile(document()->profile(side_));
    form_->setPassword(document()->password(side_));
    applying_ = false;
}

void ConnectionPage::initializePage()
{
    form_->refreshCatalog();
    loadFromDocument();
    const ConnectionProfile& p = document()->profile(side_);
    if (const SchemaSnapshot* s = document()->schema(side_)) {
        showResult(ConnectionCheck::summary(*s).toHtmlEscaped(), true, false);
    } else if (!busy_ && isFilledIn(p) && !needsTypedPassword(p)) {
        testConnection(); // nothing to ask the user: the demo flows straight through
    } else if (!busy_) {
        showResult(needsTypedPassword(p) && isFilledIn(p)
                       ? tr("Type the password, then test the connection.").toHtmlEscaped()
                       : tr("Fill in how to reach the database, then test the connection.").toHtmlEscaped(),
                   false, false);
    }
}

bool ConnectionPage::isComplete() const
{
    return !busy_ && document()->schema(side_) != nullptr;
}

QString ConnectionPage::resultText() const
{
    QString text = QTextDocumentFragment::fromHtml(resultLabel_->text()).toPlainText();
    text.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

bool ConnectionPage::isFilledIn(const ConnectionProfile& p)
{
    if (p.kind == ConnectionProfile::Kind::Sqlite)
        return !p.file.isEmpty();
    return !p.dsn.isEmpty() || !p.driver.isEmpty();
}

bool ConnectionPage::needsTypedPassword(const ConnectionProfile& p) const
{
    return loginNeedsPassword(p) && p.passwordEnv.isEmpty() && document()->password(side_).isEmpty();
}

void ConnectionPage::onFormEdited()
{
    test_.supersede();
    const bool hadSchema = document()->schema(side_) != nullptr;
    applying_ = true;
    document()->setProfile(side_, form_->profile()); // clears the side's schema when it changed
    if (document()->password(side_) != form_->password()) {
        document()->setPassword(side_, form_->password());
        document()->setSchema(side_, std::nullopt); // a schema read with another password proves nothing
    }
    applying_ = false;
    if (hadSchema && !document()->schema(side_))
        showResult(tr("The settings changed: test the connection again.").toHtmlEscaped(), false, false);
    emit completeChanged();
}

void ConnectionPage::testConnection()
{
    if (busy_)
        return;
    const ConnectionProfile profile = form_->profile();
    const QString password = form_->password();
    applying_ = true;
    document()->setProfile(side_, profile);
    document()->setPassword(side_, password);
    applying_ = false;
    if (!isFilledIn(profile)) {
        showResult(profile.kind == ConnectionProfile::Kind::Sqlite
                       ? tr("Choose the SQLite file first.").toHtmlEscaped()
                       : tr("Choose a driver or a data source first.").toHtmlEscaped(),
                   false, true);
        return;
    }
    setBusy(true);
    showResult(tr("Connecting…").toHtmlEscaped(), false, false);
    test_.start(
        this, [profile, password] { return ConnectionCheck::run(profile, password); },
        [this](const JobResult<ConnectionCheck>& result, bool superseded) { onTestFinished(result, superseded); });
}

void ConnectionPage::onTestFinished(const JobResult<ConnectionCheck>& result, bool superseded)
{
    // An answer for settings that have changed since proves nothing; the page is only no longer busy.
    if (!superseded) {
        const ConnectionCheck check = result.valueOr(&ConnectionCheck::failed);
        if (check.ok()) {
            QString html = ConnectionCheck::summary(*check.snapshot).toHtmlEscaped();
            if (side_ == Side::Target && check.snapshot->tables.isEmpty())
                html += QStringLiteral("<br>") +
                        tr("This database has no tables yet. Ferry writes into existing tables: create them "
                           "first, or choose another database.")
                            .toHtmlEscaped();
            document()->setSchema(side_, check.snapshot);
            showResult(html, true, false);
        } else {
            document()->setSchema(side_, std::nullopt);
            QString html = QStringLiteral("<b>%1</b>").arg(check.message.toHtmlEscaped());
            if (!check.advice.isEmpty())
                html += QStringLiteral("<br>") + check.advice.toHtmlEscaped();
            showResult(html, false, true);
        }
    }
    setBusy(false);
}

void ConnectionPage::setBusy(bool busy)
{
    if (busy_ == busy)
        return;
    busy_ = busy;
    form_->setEnabled(!busy);
    testButton_->setEnabled(!busy);
    busyBar_->setVisible(busy);
    emit busyChanged(busy);
    emit completeChanged();
}

void ConnectionPage::showResult(const QString& html, bool ok, bool error)
{
    resultLabel_->setText(html);
    if (ok || error) {
        const QIcon icon = style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        resultIcon_->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    } else {
        resultIcon_->clear();
    }
    resultIcon_->setVisible(ok || error);
}

} // namespace ferry::ui
