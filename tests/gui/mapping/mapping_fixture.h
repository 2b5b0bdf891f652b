#pragma once
// Shared by the mapping page suites: a fresh copy of the demo with both schemas read (in the wizard
// the connection pages read them in the background; a test may block), its mapping page in a PageHost.
#include "assist/schema_snapshot.h"
#include "gui/tables/page_fixture.h"
#include "items/field_mapping_model.h"
#include "items/transform_preview.h"
#include "mapping_page.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace ferry::test {

inline QString S(const char* text)
{
    return QString::fromUtf8(text);
}

struct MappingFixture {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ProjectDocument> doc;
    std::unique_ptr<PageHost> host;
    ui::MappingPage* page = nullptr;

    // `beforeShow` sees the page before it is shown (e.g. to spy on its first signals).
    void open(const std::function<void(ui::MappingPage*)>& beforeShow = {})
    {
        dir = std::make_unique<QTemporaryDir>();
        QVERIFY(dir->isValid());
        doc = std::make_unique<ProjectDocument>();
        QString error;
        QVERIFY2(doc->load(copyDemo(dir->path()), &error), qPrintable(error));
        doc->setSchema(Side::Source, readSchemaSnapshot(doc->profile(Side::Source), {}));
        doc->setSchema(Side::Target, readSchemaSnapshot(doc->profile(Side::Target), {}));
        page = new ui::MappingPage(doc.get());
        if (beforeShow)
            beforeShow(page);
        host = std::make_unique<PageHost>(page);
        host->show();
        waitForSample();
    }
    void close()
    {
        host.reset(); // deletes the page
        doc.reset();
        dir.reset();
    }

    FieldMappingModel* fields() const { return page->fieldModel(); }
    const TableMapping& table(int i) const { return doc->tables()[i]; }
    // Waits for the sample of the current table (read on a worker thread).
    void waitForSample() { QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->preview()->sample(), 20000); }
};

} // namespace ferry::test
