// phone: normalises a number to E.164 with libphonenumber. Numbers written without a country code
// are read as numbers of the default region. E.164 has no room for an extension, so a number with
// one ("+1 201 555 0123 ext. 7") is rejected by default instead of silently losing the extension;
// "extension": "drop" writes the number without it, "keep" appends it RFC 3966 style
// ("+12015550123;ext=7").
#include "transform_step.h"

#include <QCoreApplication>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace ferry::transforms {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

enum class Extension { Reject, Drop, Keep };

class PhoneStep final : public EachValueStep {
public:
    PhoneStep(const QString& region, Extension extension)
        : region_(region.toStdString())
        , regionText_(region)
        , extension_(extension)
    {
    }

    bool applyOne(Value& v, LookupSource*, QString* reason) const override
    {
        if (v.isNull())
            return true;
        const QByteArray text = textOf(v);
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance(); // thread-safe singleton
        PhoneNumber number;
        if (util->Parse(std::string(text.constData(), size_t(text.size())), region_, &number) !=
                PhoneNumberUtil::NO_PARSING_ERROR ||
            !util->IsValidNumber(number)) {
            *reason = QCoreApplication::translate("ferry::TransformChain",
                                                  "%1 is not a valid phone number (default region %2)")
                          .arg(quoted(text), regionText_);
            return false;
        }
        std::string formatted;
        util->Format(number, PhoneNumberUtil::E164, &formatted); // E.164 never carries the extension
        if (number.has_extension()) {
            if (extension_ == Extension::Reject) {
                *reason = QCoreApplication::translate(
                              "ferry::TransformChain",
                              "%1 has an extension, which E.164 cannot hold (set \"extension\" to \"drop\" or "
                              "\"keep\")")
                              .arg(quoted(text));
                return false;
            }
            if (extension_ == Extension::Keep)
                formatted += ";ext=" + number.extension();
        }
        v = Value::text(QByteArray(formatted.data(), qsizetype(formatted.size())));
        return true;
    }

private:
    std::string region_;
    QString regionText_;
    Extension extension_;
};

const std::set<std::string>& supportedRegions()
{
    static const std::set<std::string> regions = [] {
        std::set<std::string> r;
        PhoneNumberUtil::GetInstance()->GetSupportedRegions(&r);
        return r;
    }();
    return regions;
}

class PhoneTransform final : public Transform {
public:
    PhoneTransform()
        : Transform({"phone",
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Phone number"),
                     QT_TRANSLATE_NOOP("ferry::TransformChain",
                                       "Writes a phone number in international E.164 form (+12015550123). \"region\" "
                                       "is the country of numbers written without a country code; \"extension\" "
                                       "says what to do with extensions: reject (default), drop or keep."),
                     Shape::EachValue,
                     {{.name = "region",
                       .kind = ParamKind::Text,
                       .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Region"),
                       .help = QT_TRANSLATE_NOOP("ferry::TransformParams",
                                                 "The country of numbers written without a country code."),
                       .required = true,
                       .placeholder = QT_TRANSLATE_NOOP("ferry::TransformParams", "two-letter country code, e.g. US"),
                       .initial = QStringLiteral("US")},
                      {.name = "extension",
                       .kind = ParamKind::Choice,
                       .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Extension"),
                       .help = QT_TRANSLATE_NOOP("ferry::TransformParams",
                                                 "What to do with a number that has an extension, which E.164 "
                                                 "cannot hold."),
                       .defaultValue = QStringLiteral("reject"),
                       .choices = {{"reject", QT_TRANSLATE_NOOP("ferry::TransformParams", "Reject the row")},
                                   {"drop", QT_TRANSLATE_NOOP("ferry::TransformParams", "Drop the extension")},
                                   {"keep", QT_TRANSLATE_NOOP("ferry::TransformParams", "Keep it as ;ext=")}}}}})
    {
    }

    QString detail(const QJsonObject& p) const override { return p.value(QLatin1String("region")).toString(); }

    StepPtr make(Params& p) const override
    {
        const QString region = p.text("region").toUpper();
        const QString extension = p.text("extension");
        if (!p.ok())
            return nullptr;
        if (!supportedRegions().count(region.toStdString())) {
            p.fail(QStringLiteral("region"),
                   QCoreApplication::translate("ferry::TransformChain",
                                               "\"%1\" is not a region libphonenumber knows (use a two-letter "
                                               "country code such as \"US\")")
                       .arg(region));
            return nullptr;
        }
        const Extension ext = extension == QLatin1String("drop")   ? Extension::Drop
                              : extension == QLatin1String("keep") ? Extension::Keep
                                                                   : Extension::Reject;
        return std::make_shared<PhoneStep>(region, ext);
    }

protected:
    void traceOne(ValueFlow& f, const QJsonObject& params, RiskNotes& notes) const override
    {
        const bool keep = params.value(QLatin1String("extension")).toString() == QLatin1String("keep");
        f.known = true;
        f.type = ColumnType::Text;
        f.length = keep ? 0 : 16; // E.164: "+" and at most 15 digits
        notes.add(RiskLevel::MayLose,
                  QCoreApplication::translate("ferry::TransformRisk",
                                              "Rows whose %1 is not a valid phone number (or is empty) are rejected.")
                      .arg(f.label));
    }
};

} // namespace

const Transform& phoneTransform()
{
    static const PhoneTransform t;
    return t;
}

} // namespace ferry::transforms
