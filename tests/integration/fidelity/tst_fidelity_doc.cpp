// docs/fidelity.md lists the fidelity matrix's outcomes; this keeps it equal to the data the matrix test
// enforces on the real servers. FERRY_UPDATE_DOCS=1 rewrites the generated part instead of failing.
#include "fidelity_doc.h"

#include <QFile>
#include <QTest>

using namespace ferry::test;

class TestFidelityDoc : public QObject {
    Q_OBJECT
private slots:
    void documentListsTheMatrix()
    {
        const QString path = qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/docs/fidelity.md");
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QString doc = QString::fromUtf8(f.readAll());
        f.close();
        const QString begin = QStringLiteral("<!-- matrix:begin -->\n"), end = QStringLiteral("<!-- matrix:end -->");
        const qsizetype from = doc.indexOf(begin), to = doc.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "docs/fidelity.md lacks the matrix markers");
        const QString generated = fidelityMatrixMarkdown();
        QVERIFY(generated.contains(QLatin1String("| c_date |")));
        const QString current = doc.mid(from + begin.size(), to - from - begin.size());
        if (current == generated)
            return;
        if (qEnvironmentVariableIsSet("FERRY_UPDATE_DOCS")) {
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write((doc.left(from + begin.size()) + generated + doc.mid(to)).toUtf8());
            return;
        }
        QFAIL("docs/fidelity.md's matrix differs from tests/data/fidelity; rerun with FERRY_UPDATE_DOCS=1");
    }
};

QTEST_APPLESS_MAIN(TestFidelityDoc)
#include "tst_fidelity_doc.moc"
