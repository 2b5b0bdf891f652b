// lookup: replaces a value by a column of the target row it matches ("Acme" -> the account id). The
// engine preloads the tables named by TransformChain::lookups() and answers through LookupSource.
#include "core/errors.h"
#include "transform_step.h"

#include <QCoreApplication>

namespace ferry::transforms {

namespace {

class LookupStep final : public EachValueStep {
public:
    explicit LookupStep(LookupSpec spec)
        : spec_(std::move(spec))
    {
    }

    bool applyOne(Value& v, LookupSource* lookups, QString* reason) const override
    {
        if (v.isNull())
            return true;
        if (!lookups) { // an engine bug, but reject the row rather than crash a worker
            *reason = QCoreApplication::translate("ferry::TransformChain", "lookups in %1 are not available")
                          .arg(spec_.table);
            return false;
        }
        std::optional<Value> found;
        try {
            found = lookups->lookup(spec_, v);
        } catch (const DbError&) {
            throw; // a database failure is not this row's fault
        } catch (const Error& e) {
            *reason = e.message(); // ambiguous match: the row cannot be placed
            return false;
        }
        if (!found) {
            *reason = QCoreApplication::translate("ferry::TransformChain", "no %1 with %2 %3")
                          .arg(spec_.table, spec_.matchColumn, quoted(v));
            return false;
        }
        v = std::move(*found);
        return true;
    }

    std::optional<LookupSpec> lookupSpec() const override { return spec_; }

private:
    LookupSpec spec_;
};

// "match" and "return": columns of the lookup table.
ParamSpec columnParam(const char* name, const char* label, const char* help)
{
    return {.name = name,
            .kind = ParamKind::TargetColumn,
            .label = label,
            .help = help,
            .required = true,
            .initial = QString(),
            .linked = "table"};
}

class LookupTransform final : public Transform {
public:
    LookupTransform()
        : Transform(
              {"lookup",
               QT_TRANSLATE_NOOP("ferry::TransformChain", "Look up"),
               QT_TRANSLATE_NOOP("ferry::TransformChain",
                                 "Finds the target row whose column matches the value and writes another of its "
                                 "columns (e.g. an account name becomes the account id)."),
               Shape::EachValue,
               {{.name = "table",
                 .kind = ParamKind::TargetTable,
                 .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Target table"),
                 .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "The table of the target database to look in."),
                 .required = true,
                 .initial = QString()},
                columnParam("match", QT_TRANSLATE_NOOP("ferry::TransformParams", "Match column"),
                            QT_TRANSLATE_NOOP("ferry::TransformParams", "The column compared with the value.")),
                columnParam("return", QT_TRANSLATE_NOOP("ferry::TransformParams", "Return column"),
                            QT_TRANSLATE_NOOP("ferry::TransformParams", "The column whose value is written instead.")),
                caseInsensitiveParam(true)}})
    {
    }

    QString detail(const QJsonObject& p) const override
    {
        return p.value(QLatin1String("table")).toString() + QLatin1Char('.') +
               p.value(QLatin1String("return")).toString();
    }

    StepPtr make(Params& p) const override
    {
        LookupSpec spec;
        spec.table = p.text("table");
        spec.matchColumn = p.text("match");
        spec.returnColumn = p.text("return");
        spec.caseInsensitive = p.flag("caseInsensitive");
        return p.ok() ? std::make_shared<LookupStep>(std::move(spec)) : nullptr;
    }

protected:
    void traceOne(ValueFlow& f, const QJsonObject& params, RiskNotes& notes) const override
    {
        notes.add(RiskLevel::MayLose, QCoreApplication::translate("ferry::TransformRisk",
                                                                  "Rows whose %1 has no match in %2.%3 are rejected.")
                                          .arg(f.label, params.value(QLatin1String("table")).toString(),
                                               params.value(QLatin1String("match")).toString()));
        f.known = false; // the return column's type is the target's, read at run time
    }
};

} // namespace

const Transform& lookupTransform()
{
    static const LookupTransform t;
    return t;
}

} // namespace ferry::transforms
