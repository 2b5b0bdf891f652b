// The typed parameters of every transform: each schema is self-consistent (labels and help, choices,
// defaults and starting values within limits, linked parameters present), and docs/transforms.md has a
// section for every registered transform that names every parameter of it.
#include "transforms/transform_step.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using ferry::transforms::ParamKind;
using ferry::transforms::Params;
using ferry::transforms::ParamSpec;
using ferry::transforms::Transform;

namespace {

// Each type named in a "### " heading ("### `upper`, `lower`") -> the text of its section, up to the
// next heading of any level.
QHash<QString, QString> sectionsByType(const QString& markdown)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    QHash<QString, QString> sections;
    QStringList types; // of the section being read
    QString text;
    auto close = [&] {
        for (const QString& t : types)
            sections.insert(t, text);
    };
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#'))) {
            close();
            types.clear();
            text.clear();
            if (line.startsWith(QLatin1String("### "))) {
                for (auto it = code.globalMatch(line); it.hasNext();)
                    types << it.next().captured(1);
            }
        }
        text += line + QLatin1Char('\n');
    }
    close();
    return sections;
}

// What the page lacks: a section per transform, each parameter named in code quotes in it.
QStringList undocumented(const QString& markdown)
{
    const QHash<QString, QString> sections = sectionsByType(markdown);
    QStringList missing;
    for (const Transform* t : ferry::transforms::registeredTransforms()) {
        if (!sections.contains(t->type())) {
            missing << QStringLiteral("no \"### `%1`\" heading").arg(t->type());
            continue;
        }
        for (const ParamSpec& p : t->params()) {
            if (!sections.value(t->type()).contains(QLatin1Char('`') + QLatin1String(p.name) + QLatin1Char('`')))
                missing
                    << QStringLiteral("the section of `%1` does not name `%2`").arg(t->type(), QLatin1String(p.name));
        }
    }
    return missing;
}

QString docsText()
{
    QFile file(qEnvironmentVariable("FERRY_SOURCE_DIR") + QStringLiteral("/docs/transforms.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// A value a parameter may start with in the editor: of its kind's JSON type and within its limits
// (text may still be empty: the user fills it in).
bool fitsKind(const ParamSpec& spec, const QJsonValue& v)
{
    switch (spec.kind) {
    case ParamKind::Text:
    case ParamKind::Formats:
    case ParamKind::TargetTable:
    case ParamKind::TargetColumn:
        return v.isString();
    case ParamKind::Choice:
        return std::any_of(spec.choices.cbegin(), spec.choices.cend(),
                           [&](const auto& c) { return v == QJsonValue(QLatin1String(c.value)); });
    case ParamKind::Flag:
        return v.isBool();
    case ParamKind::WholeNumber:
        return v.isDouble() && v.toInteger(-1) >= spec.minimum;
    case ParamKind::Value:
        return !v.isArray() && !v.isObject() && !v.isUndefined();
    case ParamKind::TextList:
        return v.isArray();
    case ParamKind::ValueMap:
        return v.isObject();
    }
    return false;
}

// The parameter the spec links to, when it has the kind the link needs.
bool linkFits(const Transform& t, const ParamSpec& spec)
{
    const ParamSpec* other = spec.linked ? t.param(QLatin1String(spec.linked)) : nullptr;
    switch (spec.kind) {
    case ParamKind::Formats:
        return other && other->kind == ParamKind::TextList;
    case ParamKind::TargetColumn:
        return other && other->kind == ParamKind::TargetTable;
    case ParamKind::ValueMap:
        return !spec.linked || (other && other->kind == ParamKind::Flag);
    default:
        return !spec.linked;
    }
}

} // namespace

class TstTransformSchema : public QObject {
    Q_OBJECT
private slots:
    void everyParameterDescribed();
    void defaultsAndStartsWithinLimits();
    void docsNameEveryTransformAndParameter();
    void docsCheckFindsWhatIsMissing();
};

void TstTransformSchema::everyParameterDescribed()
{
    for (const Transform* t : ferry::transforms::registeredTransforms()) {
        QVERIFY2(!t->label().isEmpty() && !t->description().isEmpty(), qPrintable(t->type()));
        QSet<QString> names;
        for (const ParamSpec& p : t->params()) {
            const QString where = t->type() + QLatin1Char('.') + QLatin1String(p.name);
            QVERIFY2(!names.contains(QLatin1String(p.name)), qPrintable(where));
            names.insert(QLatin1String(p.name));
            QVERIFY2(!p.labelText().isEmpty() && !p.helpText().isEmpty(), qPrintable(where));
            QVERIFY2(!p.placeholder || !p.placeholderText().isEmpty(), qPrintable(where));
            QVERIFY2((p.kind == ParamKind::Choice) == !p.choices.isEmpty(), qPrintable(where));
            for (const auto& c : p.choices)
                QVERIFY2(c.value && *c.value && !c.labelText().isEmpty(), qPrintable(where));
            QVERIFY2(linkFits(*t, p), qPrintable(where));
            QVERIFY2(!p.initialIsTargetLength || p.kind == ParamKind::WholeNumber, qPrintable(where));
            QVERIFY2(p.kind != ParamKind::Flag || p.defaultValue.isBool(), qPrintable(where));
        }
    }
}

void TstTransformSchema::defaultsAndStartsWithinLimits()
{
    for (const Transform* t : ferry::transforms::registeredTransforms()) {
        for (const ParamSpec& p : t->params()) {
            const QString where = t->type() + QLatin1Char('.') + QLatin1String(p.name);
            // A required parameter is always given, so a default would never apply.
            QVERIFY2(!p.required || p.defaultValue.isUndefined(), qPrintable(where));
            if (!p.defaultValue.isUndefined()) {
                // The default passes the check the project file's own values go through.
                Params params(*t, QJsonObject{{QLatin1String(p.name), p.defaultValue}});
                params.get(p.name);
                QVERIFY2(params.ok(), qPrintable(where + QStringLiteral(": ") + params.error()));
            }
            QVERIFY2(p.initial.isUndefined() || fitsKind(p, p.initial), qPrintable(where));
        }
    }
}

void TstTransformSchema::docsNameEveryTransformAndParameter()
{
    const QString docs = docsText();
    QVERIFY2(!docs.isEmpty(), "docs/transforms.md not found (FERRY_SOURCE_DIR)");
    const QStringList missing = undocumented(docs);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("docs/transforms.md: ") + missing.join(QStringLiteral("; "))));
}

void TstTransformSchema::docsCheckFindsWhatIsMissing()
{
    // The check reads combined headings and stops a section at the next heading of any level.
    const QHash<QString, QString> sections = sectionsByType(QStringLiteral(
        "## Text\n### `upper`, `lower`\nNo parameters.\n### `phone`\n`region` only\n## Next\n`extension`\n"));
    QCOMPARE(sections.value(QStringLiteral("upper")), sections.value(QStringLiteral("lower")));
    QVERIFY(sections.value(QStringLiteral("phone")).contains(QLatin1String("`region`")));
    QVERIFY(!sections.value(QStringLiteral("phone")).contains(QLatin1String("`extension`")));

    // The real page without one transform's heading, or without one parameter, fails the check.
    QString docs = docsText();
    QVERIFY(!docs.isEmpty());
    QString withoutTitle = docs;
    withoutTitle.replace(QStringLiteral("### `title`"), QStringLiteral("### Title"));
    QCOMPARE(undocumented(withoutTitle), QStringList{QStringLiteral("no \"### `title`\" heading")});
    QString withoutSkipEmpty = docs;
    withoutSkipEmpty.replace(QStringLiteral("`skipEmpty`"), QStringLiteral("skip empty"));
    QCOMPARE(undocumented(withoutSkipEmpty),
             QStringList{QStringLiteral("the section of `concat` does not name `skipEmpty`")});
}

QTEST_GUILESS_MAIN(TstTransformSchema)
#include "tst_transform_schema.moc"
