#include "transform_chain.h"

#include "transform_step.h"

#include <QCoreApplication>

namespace ferry {

using namespace transforms;

namespace {

struct Entry {
    const char* type;
    const char* label;       // QT_TRANSLATE_NOOP, translated when listed
    const char* description; // idem
    QStringList params;
    Shape shape;
    StepPtr (*make)(Params&);
};

const std::vector<Entry>& registry()
{
    auto params = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* n : names)
            out << QLatin1String(n);
        return out;
    };
    static const std::vector<Entry> entries = {
        {"trim",
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Trim"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Removes white space (including non-breaking spaces) at both ends."),
         {},
         Shape::EachValue,
         makeTrim},
        {"upper",
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Upper case"),
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Turns letters into capitals, in every alphabet."),
         {},
         Shape::EachValue,
         makeUpper},
        {"lower",
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Lower case"),
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Turns letters into small letters, in every alphabet."),
         {},
         Shape::EachValue,
         makeLower},
        {"title",
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Title case"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Capitalises the first letter of each word: \"o'neil\" becomes \"O'Neil\", \"jean-luc\" "
                           "becomes \"Jean-Luc\"."),
         {},
         Shape::EachValue,
         makeTitle},
        {"email",
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Email address"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Trims and lower-cases an email address; rejects the row when it is not an address."),
         {},
         Shape::EachValue,
         makeEmail},
        {"phone", QT_TRANSLATE_NOOP("ferry::TransformChain", "Phone number"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Writes a phone number in international E.164 form (+12015550123). \"region\" is the "
                           "country of numbers written without a country code; \"extension\" says what to do with "
                           "extensions: reject (default), drop or keep."),
         params({"region", "extension"}), Shape::EachValue, makePhone},
        {"split-name", QT_TRANSLATE_NOOP("ferry::TransformChain", "Split name"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Takes the first or last name out of a full name (\"Jane van der Berg\", \"Doe, Jane\"), "
                           "dropping titles and suffixes. \"ifMissing\": reject (default), null or empty."),
         params({"part", "ifMissing"}), Shape::EachValue, makeSplitName},
        {"concat", QT_TRANSLATE_NOOP("ferry::TransformChain", "Join"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Joins several source columns into one value with a separator; NULLs are left out."),
         params({"separator", "skipEmpty"}), Shape::Join, makeConcat},
        {"constant", QT_TRANSLATE_NOOP("ferry::TransformChain", "Constant"),
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Writes the same value in every row."), params({"value"}),
         Shape::Replace, makeConstant},
        {"default", QT_TRANSLATE_NOOP("ferry::TransformChain", "Default"),
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Replaces NULL and empty text with a value."), params({"value"}),
         Shape::EachValue, makeDefault},
        {"parse-date", QT_TRANSLATE_NOOP("ferry::TransformChain", "Parse date"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Reads a date written in a given format, such as dd/MM/yyyy; impossible dates are "
                           "rejected."),
         params({"format", "formats"}), Shape::EachValue, makeParseDate},
        {"parse-timestamp", QT_TRANSLATE_NOOP("ferry::TransformChain", "Parse timestamp"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Reads a date and time written in a given format, such as yyyy-MM-dd HH:mm:ss.zzz, "
                           "keeping microseconds and never converting time zones."),
         params({"format", "formats"}), Shape::EachValue, makeParseTimestamp},
        {"map", QT_TRANSLATE_NOOP("ferry::TransformChain", "Map values"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Replaces each listed value by another (\"A\" -> \"active\"); other values get the "
                           "default or are rejected."),
         params({"values", "default", "caseInsensitive", "trim"}), Shape::EachValue, makeMap},
        {"lookup", QT_TRANSLATE_NOOP("ferry::TransformChain", "Look up"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Finds the target row whose column matches the value and writes another of its columns "
                           "(e.g. an account name becomes the account id)."),
         params({"table", "match", "return", "caseInsensitive"}), Shape::EachValue, makeLookup},
        {"truncate", QT_TRANSLATE_NOOP("ferry::TransformChain", "Truncate"),
         QT_TRANSLATE_NOOP("ferry::TransformChain",
                           "Cuts text to at most \"length\" characters (Unicode code points), never inside a "
                           "character."),
         params({"length"}), Shape::EachValue, makeTruncate},
    };
    return entries;
}

const Entry* findEntry(const QString& type)
{
    for (const Entry& e : registry()) {
        if (type == QLatin1String(e.type))
            return &e;
    }
    return nullptr;
}

QStringList typeNames()
{
    QStringList names;
    for (const Entry& e : registry())
        names << QLatin1String(e.type);
    return names;
}

QString withSuggestion(const QString& message, const QString& suggestion)
{
    if (suggestion.isEmpty())
        return message;
    return QCoreApplication::translate("ferry::TransformChain", "%1 (did you mean \"%2\"?)").arg(message, suggestion);
}

} // namespace

std::optional<TransformChain> TransformChain::compile(const QList<TransformSpec>& specs, int sourceCount,
                                                      QString* errorPath, QString* error)
{
    auto fail = [&](const QString& path, const QString& message) {
        if (errorPath)
            *errorPath = path;
        if (error)
            *error = message;
        return std::nullopt;
    };
    TransformChain chain;
    chain.sourceCount_ = std::max(0, sourceCount);
    int count = chain.sourceCount_; // values flowing at this point of the chain
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const TransformSpec& spec = specs.at(i);
        const QString path = QStringLiteral("transforms[%1]").arg(i);
        if (spec.type.isEmpty()) {
            return fail(path, QCoreApplication::translate("ferry::TransformChain", "the transform has no \"type\""));
        }
        const Entry* entry = findEntry(spec.type);
        if (!entry) {
            return fail(
                path,
                withSuggestion(
                    QCoreApplication::translate("ferry::TransformChain", "unknown transform \"%1\"").arg(spec.type),
                    closestMatch(spec.type, typeNames())));
        }
        for (auto it = spec.params.begin(); it != spec.params.end(); ++it) {
            if (!entry->params.contains(it.key())) {
                const QString message =
                    entry->params.isEmpty()
                        ? QCoreApplication::translate("ferry::TransformChain",
                                                      "unknown parameter \"%1\": \"%2\" takes no parameters")
                              .arg(it.key(), spec.type)
                        : withSuggestion(QCoreApplication::translate("ferry::TransformChain",
                                                                     "unknown parameter \"%1\" for \"%2\"")
                                             .arg(it.key(), spec.type),
                                         closestMatch(it.key(), entry->params));
                return fail(path + QLatin1Char('.') + it.key(), message);
            }
        }
        Params params(spec.type, spec.params);
        StepPtr step = entry->make(params);
        if (!params.ok() || !step)
            return fail(path + QLatin1Char('.') + params.errorParam(), params.error());
        if (count == 0 && entry->shape != Shape::Replace) {
            return fail(path, QCoreApplication::translate("ferry::TransformChain",
                                                          "\"%1\" has no value to work on: the field has no source "
                                                          "column, so the chain must start with a \"constant\"")
                                  .arg(spec.type));
        }
        if (entry->shape != Shape::EachValue)
            count = 1;
        chain.steps_.push_back(std::move(step));
        chain.types_ << spec.type;
    }
    if (count == 0) {
        return fail(QStringLiteral("transforms"),
                    QCoreApplication::translate("ferry::TransformChain",
                                                "the field has no source column and no \"constant\" transform"));
    }
    if (count > 1) {
        return fail(QStringLiteral("transforms"),
                    QCoreApplication::translate("ferry::TransformChain",
                                                "%1 source columns must become one value: add a \"concat\" transform")
                        .arg(count));
    }
    return chain;
}

std::variant<Value, TransformFailure> TransformChain::apply(const std::vector<Value>& inputs, LookupSource* lookups,
                                                            std::vector<TransformLoss>* losses) const
{
    if (inputs.size() != size_t(sourceCount_)) {
        // An engine bug; every row then says so instead of the worker crashing.
        return TransformFailure{
            QCoreApplication::translate("ferry::TransformChain", "expected %1 source values but got %2")
                .arg(sourceCount_)
                .arg(inputs.size()),
            {}};
    }
    ValueList values(inputs.cbegin(), inputs.cend());
    QString reason;
    for (size_t i = 0; i < steps_.size(); ++i) {
        const transforms::Step& step = *steps_[i];
        if (losses && step.mayLose()) {
            const ValueList before = values;
            if (!step.apply(values, lookups, &reason))
                return TransformFailure{std::move(reason), types_.value(qsizetype(i))};
            if (std::optional<MismatchKind> lost = step.loss(before, values))
                losses->push_back(TransformLoss{*lost, types_.value(qsizetype(i))});
            continue;
        }
        if (!step.apply(values, lookups, &reason))
            return TransformFailure{std::move(reason), types_.value(qsizetype(i))};
    }
    Q_ASSERT(values.size() == 1); // guaranteed by compile()
    return std::move(values.front());
}

QList<LookupSpec> TransformChain::lookups() const
{
    QList<LookupSpec> out;
    for (const auto& step : steps_) {
        if (std::optional<LookupSpec> spec = step->lookupSpec(); spec && !out.contains(*spec))
            out << *spec;
    }
    return out;
}

QList<TransformInfo> availableTransforms()
{
    QList<TransformInfo> out;
    for (const Entry& e : registry()) {
        out << TransformInfo{QLatin1String(e.type), QCoreApplication::translate("ferry::TransformChain", e.label),
                             QCoreApplication::translate("ferry::TransformChain", e.description), e.params};
    }
    return out;
}

} // namespace ferry
