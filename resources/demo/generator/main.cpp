// ferry-demo-gen: writes the demo's legacy CRM (legacy_crm.sql) and the expected result of migrating
// it (expected.json) into a directory. The committed copies in resources/demo come from this program;
// tst_demo_data checks that they still match what it produces.
#include "demo_data.h"
#include "expected_writer.h"
#include "sql_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "ferry-demo-gen: cannot write %s: %s\n", qPrintable(QDir::toNativeSeparators(path)),
                     qPrintable(f.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: ferry-demo-gen <output directory>\n"
                             "Writes legacy_crm.sql and expected.json for Ferry's demo project.\n");
        return 2;
    }
    const QDir dir(args.at(1));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "ferry-demo-gen: cannot create %s\n", qPrintable(QDir::toNativeSeparators(dir.path())));
        return 1;
    }
    const ferry::demo::DemoData data = ferry::demo::generateDemo();
    if (!writeFile(dir.filePath(QStringLiteral("legacy_crm.sql")), ferry::demo::legacySql(data)) ||
        !writeFile(dir.filePath(QStringLiteral("expected.json")), ferry::demo::expectedJson(data)))
        return 1;
    for (const auto& t : data.outcomes)
        std::printf("%-10s read %5d  inserted %5d  rejected %3d\n", qPrintable(t.source), t.read, t.inserted,
                    t.rejected);
    return 0;
}
