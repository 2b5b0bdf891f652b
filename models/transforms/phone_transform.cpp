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

} // namespace

StepPtr makePhone(Params& p)
{
    const QString region = p.text("region", {}, true).toUpper();
    const QString extension =
        p.choice("extension", {QStringLiteral("reject"), QStringLiteral("drop"), QStringLiteral("keep")},
                 QStringLiteral("reject"));
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

} // namespace ferry::transforms
