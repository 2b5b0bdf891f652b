// `ferry --tour DIR [--lang zh_CN]` must leave one 1280×800 picture per wizard page, in both
// languages, and exit 0. (People judge the pictures; this makes sure there are pictures to judge.)
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestTour : public QObject {
    Q_OBJECT
private slots:
    void everyPageIsRendered_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void everyPageIsRendered()
    {
        QFETCH(QString, language);
        QTemporaryDir out;
        QProcess ferry;
        ferry.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        ferry.start(qEnvironmentVariable("FERRY_BINARY_DIR") + QStringLiteral("/app/ferry"),
                    {QStringLiteral("--tour"), out.path(), QStringLiteral("--lang"), language});
        QVERIFY(ferry.waitForFinished(300000));
        QCOMPARE(ferry.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ferry.exitCode(), 0);
        const QStringList pages{QStringLiteral("01-start.png"),
                                QStringLiteral("02-source.png"),
                                QStringLiteral("03-target.png"),
                                QStringLiteral("04-tables.png"),
                                QStringLiteral("04b-duplicate-rules.png"),
                                QStringLiteral("05-mapping.png"),
                                QStringLiteral("06-dry-run.png"),
                                QStringLiteral("06b-run-confirmation.png"),
                                QStringLiteral("07-run.png"),
                                QStringLiteral("08-finish.png")};
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files), pages);
        for (const QString& page : pages) {
            const QImage image(QDir(out.path()).filePath(page));
            QCOMPARE(image.size(), QSize(1280, 800));
            // Not a blank canvas: a page has text and widgets, so many distinct colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(page));
        }
    }
};

QTEST_MAIN(TestTour)
#include "tst_tour.moc"
