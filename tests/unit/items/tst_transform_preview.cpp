// TransformPreview: the live sample before → after, applied to rows held in memory (the background
// read is covered by the mapping page's GUI test on the demo database).
#include "items/transform_preview.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

using namespace ferry;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

SourceSample sample()
{
    SourceSample s;
    s.columns = {ResultColumn{S("full_name"), ColumnType::Text}, ResultColumn{S("e_mail"), ColumnType::Text},
                 ResultColumn{S("acct_id"), ColumnType::Integer}};
    s.rows.push_back({Value::text(S("Dr Isla Edwards")), Value(), Value::integer(1468)});
    s.rows.push_back({Value::text(S("Cher")), Value::text(S(" UKOEHLER@HANSE-ENERGIE.EXAMPLE  ")), Value()});
    s.rows.push_back({Value::text(S("Ute Köhler")), Value::text(S("not an address")), Value::integer(7)});
    return s;
}

FieldMapping field(const char* source, QList<TransformSpec> transforms)
{
    FieldMapping f;
    f.target = S("target");
    f.sources = {S(source)};
    f.transforms = std::move(transforms);
    return f;
}

ColumnInfo varchar(qint64 length)
{
    ColumnInfo c;
    c.name = S("target");
    c.type = ColumnType::Text;
    c.length = length;
    return c;
}

} // namespace

class TestTransformPreview : public QObject {
    Q_OBJECT
private slots:
    void splitName()
    {
        const auto rows = TransformPreview::preview(
            sample(), field("full_name", {TransformSpec{S("split-name"), QJsonObject{{S("part"), S("last")}}}}),
            varchar(80));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].before, S("\"Dr Isla Edwards\""));
        QCOMPARE(rows[0].after, S("\"Edwards\""));
        QCOMPARE(rows[0].state, PreviewRow::State::Ok);
        QCOMPARE(rows[1].state, PreviewRow::State::Rejected);
        QCOMPARE(rows[1].after, S("rejected: \"Cher\" has no last name"));
        QCOMPARE(rows[2].after, S("\"Köhler\""));
    }

    void emailAndTargetChecks()
    {
        auto rows = TransformPreview::preview(sample(), field("e_mail", {TransformSpec{S("email"), {}}}), varchar(254));
        QCOMPARE(rows[0].after, S("NULL"));
        QCOMPARE(rows[1].after, S("\"ukoehler@hanse-energie.example\""));
        QCOMPARE(rows[2].state, PreviewRow::State::Rejected);
        // The target column's own check runs too: too long for VARCHAR(10).
        rows = TransformPreview::preview(sample(), field("full_name", {}), varchar(10));
        QCOMPARE(rows[0].state, PreviewRow::State::Rejected);
        QVERIFY(rows[0].after.contains(S("at most 10")));
        QCOMPARE(rows[1].state, PreviewRow::State::Ok);
    }

    void lookupIsAtRunTime()
    {
        const QJsonObject lookup{{S("table"), S("account")}, {S("match"), S("legacy_id")}, {S("return"), S("id")}};
        const auto rows =
            TransformPreview::preview(sample(), field("acct_id", {TransformSpec{S("lookup"), lookup}}), std::nullopt);
        QCOMPARE(rows[0].state, PreviewRow::State::AtRunTime);
        QCOMPARE(rows[0].after, S("1468, looked up in account at run time"));
        QCOMPARE(rows[1].after, S("NULL")); // NULL is never looked up
    }

    void invalidChainAndMissingColumn()
    {
        auto rows = TransformPreview::preview(sample(), field("full_name", {TransformSpec{S("uppercse"), {}}}), {});
        QCOMPARE(rows[0].state, PreviewRow::State::NoValue);
        rows = TransformPreview::preview(sample(), field("nope", {}), {});
        QCOMPARE(rows[0].after, S("the source has no column nope"));
    }

    void constantShowsOneRow()
    {
        FieldMapping f;
        f.target = S("target");
        f.constant = QJsonValue(S("web"));
        f.transforms = {TransformSpec{S("upper"), {}}};
        const auto rows = TransformPreview::preview(sample(), f, varchar(10));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].after, S("\"WEB\""));
    }

    void modelShowsNothingWithoutSample()
    {
        TransformPreview model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setField(field("full_name", {}), varchar(10));
        QCOMPARE(model.rowCount(), 0); // nothing loaded yet
        QVERIFY(!model.isLoading());
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), S("Before"));
    }
};

QTEST_MAIN(TestTransformPreview)
#include "tst_transform_preview.moc"
