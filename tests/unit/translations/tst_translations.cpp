// The Simplified Chinese catalogue: complete, faithful to the placeholders of every message, embedded
// in the executables, chosen by --lang, and in step with the strings in the sources.
#include "engine/coerce.h"
#include "translation_loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty for a finished translation
    QStringList translations;
    QStringList files; // source files that hold the message, when the .ts has locations

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString label() const { return QStringLiteral("[%1] \"%2\"").arg(context, source.left(70)); }
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    const QDir base = QFileInfo(path).absoluteDir();
    QList<Message> out;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (child == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (child == QLatin1String("location")) {
                    m.files << QDir::cleanPath(
                        base.absoluteFilePath(xml.attributes().value(QLatin1String("filename")).toString()));
                    xml.skipCurrentElement();
                } else if (child == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement())
                            m.translations << xml.readElementText();
                    } else {
                        m.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

// Same rule as scripts/update-translations.sh: a file with a free helper
//   QString tr(const char* text) { return QCoreApplication::translate("Context", text); }
// translates its tr() calls in "Context", whatever class or namespace lupdate saw around them.
QList<Message> withHelperContexts(const QList<Message>& extracted)
{
    static const QRegularExpression helper(
        QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char\\s*\\*\\s*\\w+\\s*\\)\\s*\\{\\s*"
                       "return\\s+QCoreApplication::translate\\(\\s*\"([^\"]+)\"\\s*,\\s*\\w+\\s*\\)"));
    QHash<QString, std::pair<QString, QString>> files; // path -> (helper context, text)
    QList<Message> out;
    QSet<QString> seen;
    for (const Message& m : extracted) {
        QStringList contexts;
        for (const QString& path : m.files) {
            if (!files.contains(path)) {
                QFile f(path);
                const QString text = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
                files.insert(path, {helper.match(text).captured(1), text});
            }
            const auto& [context, text] = files.value(path);
            const bool moved = !context.isEmpty() && m.context != context &&
                               !text.contains(QLatin1Char('"') + m.context + QLatin1Char('"'));
            const QString c = moved ? context : m.context;
            if (!contexts.contains(c))
                contexts << c;
        }
        if (contexts.isEmpty())
            contexts << m.context;
        for (const QString& c : contexts) {
            Message copy = m;
            copy.context = c;
            if (!seen.contains(copy.key())) {
                seen.insert(copy.key());
                out << copy;
            }
        }
    }
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

bool hasCjk(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

int trailingNewlines(const QString& s)
{
    int n = 0;
    for (qsizetype i = s.size() - 1; i >= 0 && s[i] == QLatin1Char('\n'); --i)
        ++n;
    return n;
}

QString leadingSpaces(const QString& s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == QLatin1Char(' '))
        ++i;
    return s.left(i);
}

// A keyboard mnemonic: "&" before a letter, not "&&".
bool hasMnemonic(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[A-Za-z]"));
    return re.match(s).hasMatch();
}

QString sourceDir()
{
    const QString env = qEnvironmentVariable("FERRY_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(FERRY_SOURCE_DIR_PATH) : env;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args)
{
    const QString binaryDir = qEnvironmentVariable("FERRY_BINARY_DIR");
    Run r;
    if (binaryDir.isEmpty()) {
        r.err = QStringLiteral("FERRY_BINARY_DIR is not set (run the test through ctest)");
        return r;
    }
    QProcess p;
    p.start(binaryDir + QStringLiteral("/app/ferry-cli"), args);
    if (!p.waitForFinished(30000)) {
        r.err = QStringLiteral("ferry-cli did not finish: %1").arg(p.errorString());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const char* const kCliDescription = "Migrate and sync CRM data between databases.";
const QString kCliDescriptionZh = QStringLiteral("在数据库之间迁移和同步 CRM 数据。");

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    QList<Message> committed_;

private slots:
    void initTestCase()
    {
        QString error;
        committed_ = readTs(QStringLiteral(FERRY_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(committed_.size() > 300, qPrintable(QString::number(committed_.size())));
    }

    void everyMessageIsTranslated()
    {
        QStringList bad;
        for (const Message& m : std::as_const(committed_)) {
            const bool empty =
                m.translations.isEmpty() || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                                        [](const QString& t) { return t.trimmed().isEmpty(); });
            if (!m.type.isEmpty() || empty)
                bad << QStringLiteral("%1 (%2)").arg(m.label(), m.type.isEmpty() ? QStringLiteral("empty") : m.type);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 messages not translated, e.g.\n").arg(bad.size()) +
                                           bad.mid(0, 15).join(QLatin1Char('\n'))));
    }

    void translationsKeepPlaceholdersAndLayout()
    {
        QStringList bad;
        for (const Message& m : std::as_const(committed_)) {
            const QSet<QString> expected = placeholders(m.source);
            for (const QString& t : m.translations) {
                if (placeholders(t) != expected)
                    bad << m.label() + QStringLiteral(": placeholders differ in \"%1\"").arg(t);
                // Terminal output is laid out with these; a lost "\n" runs two lines together.
                if (trailingNewlines(t) != trailingNewlines(m.source) || leadingSpaces(t) != leadingSpaces(m.source))
                    bad << m.label() + QStringLiteral(": leading spaces or trailing newlines differ");
                if (hasMnemonic(m.source) != hasMnemonic(t))
                    bad << m.label() + QStringLiteral(": keyboard shortcut (&) lost or added");
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void placeholderCheckCatchesMistakes()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %2 rows, %n left")),
                 (QSet<QString>{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")}));
        QVERIFY(placeholders(QStringLiteral("列 %1")) != placeholders(QStringLiteral("%1 %2")));
        QCOMPARE(placeholders(QStringLiteral("100% done")), QSet<QString>());
        QVERIFY(hasMnemonic(QStringLiteral("打开项目(&O)…")));
        QVERIFY(!hasMnemonic(QStringLiteral("A && B")));
    }

    void embeddedCatalogueMatchesTheTsFile()
    {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/ferry_zh_CN.qm")), "the .qm is not embedded");
        QStringList bad;
        for (const Message& m : std::as_const(committed_)) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const QString got =
                translator.translate(context.constData(), source.constData(),
                                     m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 3 : -1);
            if (got != m.translations.value(0))
                bad << m.label() + QStringLiteral(" -> \"%1\"").arg(got);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("the built .qm differs from the .ts (stale build?):\n") +
                                           bad.mid(0, 10).join(QLatin1Char('\n'))));
    }

    // The wizard's own buttons (QWizard's Back/Next/Finish/Cancel) and the message boxes' buttons are
    // Qt's strings: they come from qtbase_zh_CN (Debian's qt6-translations-l10n), loaded beside Ferry's.
    void qtButtonsInChinese()
    {
        QVERIFY(ferry::installTranslations(QLocale(QStringLiteral("zh_CN"))));
        const auto removeTranslators = qScopeGuard([] {
            for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        const QList<std::pair<const char*, const char*>> strings{
            {"QWizard", "< &Back"},     {"QWizard", "&Next >"},        {"QWizard", "&Finish"},
            {"QWizard", "Cancel"},      {"QPlatformTheme", "OK"},      {"QPlatformTheme", "Cancel"},
            {"QPlatformTheme", "Save"}, {"QPlatformTheme", "Discard"}, {"QPlatformTheme", "&Yes"},
            {"QPlatformTheme", "&No"}};
        QStringList english;
        for (const auto& [context, text] : strings)
            if (QCoreApplication::translate(context, text) == QLatin1String(text))
                english << QStringLiteral("%1 \"%2\"").arg(QLatin1String(context), QLatin1String(text));
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("Qt's own strings stay English (is qtbase_zh_CN.qm "
                                                              "installed?): ") +
                                               english.join(QStringLiteral(", "))));
    }

    void languageComesFromTheArguments()
    {
        const char* const lang[] = {"ferry-cli", "--json", "--lang", "zh_CN", "run"};
        QCOMPARE(ferry::requestedLocale(5, lang).name(), QStringLiteral("zh_CN"));
        const char* const equals[] = {"ferry", "--lang=en"};
        QCOMPARE(ferry::requestedLocale(2, equals).language(), QLocale::English);
        const char* const afterDashes[] = {"ferry-cli", "run", "--", "--lang", "zh_CN"};
        QCOMPARE(ferry::requestedLocale(5, afterDashes), QLocale::system());
        const char* const missingValue[] = {"ferry-cli", "--lang"};
        QCOMPARE(ferry::requestedLocale(2, missingValue), QLocale::system());
    }

    // The engine's reject reasons are translated where the program looks them up, including the
    // coercion messages that lupdate only finds through the update script's rules.
    void engineMessagesAreTranslatedAtRunTime()
    {
        QVERIFY(!ferry::installTranslations(QLocale(QLocale::English)));
        ferry::ColumnInfo column;
        column.name = QStringLiteral("email");
        column.type = ferry::ColumnType::Text;
        column.nullable = false;
        const auto english = std::get<ferry::CoerceFailure>(ferry::coerce(ferry::Value(), column));
        QCOMPARE(english.reason, QStringLiteral("column email is required (NOT NULL) but the value is NULL"));

        QVERIFY(ferry::installTranslations(QLocale(QLocale::Chinese, QLocale::China)));
        const auto chinese = std::get<ferry::CoerceFailure>(ferry::coerce(ferry::Value(), column));
        QCOMPARE(chinese.reason, QStringLiteral("列 email 为必填（NOT NULL），但值为 NULL"));
        column.nullable = true;
        column.length = 3;
        const auto tooLong =
            std::get<ferry::CoerceFailure>(ferry::coerce(ferry::Value::text(QByteArrayLiteral("abcd")), column));
        QCOMPARE(tooLong.reason, QStringLiteral("值的长度为 4 个字符；列 email 最多只能容纳 3 个字符"));
    }

    void cliHelpInChinese()
    {
        const Run r = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(kCliDescriptionZh), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("退出码：0 所有行均已写入")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("消息所用的语言")), qPrintable(r.out)); // --lang itself
        QVERIFY2(!r.out.contains(QLatin1String(kCliDescription)), qPrintable(r.out));
        // Qt's own "Usage:" line follows when the Qt installation ships qtbase_zh_CN.
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm")))
            QVERIFY2(!r.out.contains(QLatin1String("Usage:")), qPrintable(r.out));
    }

    void cliHelpInEnglish()
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
              QStringList{QStringLiteral("--help"), QStringLiteral("--lang=en")}}) {
            const Run r = runCli(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QLatin1String(kCliDescription)), qPrintable(r.out));
            QVERIFY2(r.out.contains(QLatin1String("--lang <locale>")), qPrintable(r.out));
            QVERIFY2(!hasCjk(r.out), qPrintable(r.out));
        }
    }

    void cliErrorsInChinese()
    {
        const Run r = runCli({QStringLiteral("--lang=zh_CN"), QStringLiteral("frobnicate"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed(), QStringLiteral("未知命令“frobnicate”；请尝试 --help"));
        const Run missing = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("validate"),
                                    QStringLiteral("/nonexistent/p.ferry.json")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("项目文件“/nonexistent/p.ferry.json”不存在")),
                 qPrintable(missing.err));
    }

    // A new tr() string without a translation fails here: lupdate reads the sources again and the
    // set of messages must equal the committed catalogue. Fix: scripts/update-translations.sh, then
    // translate what it reports as unfinished.
    void catalogueIsUpToDate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("extracted_zh_CN.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        lupdate.start(QStringLiteral(FERRY_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("absolute"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("-source-language"), QStringLiteral("en"),
                       QStringLiteral("-tr-function-alias"), QStringLiteral("tr+=fail"), QStringLiteral("app"),
                       QStringLiteral("ui"), QStringLiteral("models"), QStringLiteral("-ts"), ts});
        QVERIFY2(lupdate.waitForFinished(10000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        qInfo("lupdate took %lld ms", timer.elapsed());

        QString error;
        const QList<Message> extracted = withHelperContexts(readTs(ts, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> inSources, inCatalogue;
        for (const Message& m : extracted)
            inSources.insert(m.key());
        for (const Message& m : std::as_const(committed_))
            inCatalogue.insert(m.key());
        QStringList report;
        for (const Message& m : extracted)
            if (!inCatalogue.contains(m.key()))
                report << QStringLiteral("new, not in the catalogue: ") + m.label();
        for (const Message& m : std::as_const(committed_))
            if (!inSources.contains(m.key()))
                report << QStringLiteral("gone from the sources: ") + m.label();
        QVERIFY2(report.isEmpty(),
                 qPrintable(QStringLiteral("translations/ferry_zh_CN.ts is out of date; run "
                                           "scripts/update-translations.sh and translate the new messages:\n") +
                            report.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
