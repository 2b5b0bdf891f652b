// parse-date and parse-timestamp: text in a known layout becomes a Date or a Timestamp. Several
// formats may be given; the first that matches wins. Timestamps keep microseconds and their
// wall-clock time: no time-zone conversion ever happens.
#include "date_format.h"
#include "transform_step.h"

#include <QCoreApplication>

namespace ferry::transforms {

namespace {

class ParseDateStep final : public EachValueStep {
public:
    ParseDateStep(std::vector<DateFormat> formats, bool timestamp)
        : formats_(std::move(formats))
        , timestamp_(timestamp)
    {
        QStringList quotedFormats;
        for (const DateFormat& f : formats_)
            quotedFormats << QLatin1Char('"') + f.pattern() + QLatin1Char('"');
        formatList_ = quotedFormats.join(QLatin1String(", "));
    }

    bool applyOne(Value& v, LookupSource*, QString* reason) const override
    {
        if (v.isNull())
            return true;
        // Already the wanted kind (e.g. a date column read as a date): nothing to parse.
        if (v.kind() == (timestamp_ ? Value::Kind::Timestamp : Value::Kind::Date))
            return true;
        const QByteArray text = textOf(v);
        QDate date;
        qint64 micros = 0;
        for (const DateFormat& f : formats_) {
            if (f.parse(text, &date, &micros)) {
                v = timestamp_ ? Value::timestamp(date, micros) : Value::date(date);
                return true;
            }
        }
        if (formats_.size() == 1) {
            *reason = timestamp_ ? QCoreApplication::translate("ferry::TransformChain",
                                                               "%1 is not a valid timestamp in the format %2")
                                       .arg(quoted(text), formatList_)
                                 : QCoreApplication::translate("ferry::TransformChain",
                                                               "%1 is not a valid date in the format %2")
                                       .arg(quoted(text), formatList_);
        } else {
            *reason = timestamp_ ? QCoreApplication::translate("ferry::TransformChain",
                                                               "%1 is not a valid timestamp in any of the formats %2")
                                       .arg(quoted(text), formatList_)
                                 : QCoreApplication::translate("ferry::TransformChain",
                                                               "%1 is not a valid date in any of the formats %2")
                                       .arg(quoted(text), formatList_);
        }
        return false;
    }

private:
    std::vector<DateFormat> formats_;
    bool timestamp_;
    QString formatList_;
};

StepPtr makeParse(Params& p, bool timestamp)
{
    QStringList patterns;
    const char* param = "format";
    if (p.has("format") && p.has("formats")) {
        p.fail(QStringLiteral("formats"),
               QCoreApplication::translate("ferry::TransformChain", "give either \"format\" or \"formats\", not both"));
        return nullptr;
    }
    if (p.has("formats")) {
        param = "formats";
        patterns = p.textList("formats", true);
    } else {
        patterns << p.text("format", {}, true);
    }
    if (!p.ok())
        return nullptr;
    std::vector<DateFormat> formats;
    for (const QString& pattern : patterns) {
        QString error;
        std::optional<DateFormat> f = DateFormat::compile(pattern, &error);
        if (!f) {
            p.fail(QLatin1String(param), error);
            return nullptr;
        }
        formats.push_back(std::move(*f));
    }
    return std::make_shared<ParseDateStep>(std::move(formats), timestamp);
}

} // namespace

StepPtr makeParseDate(Params& p)
{
    return makeParse(p, false);
}

StepPtr makeParseTimestamp(Params& p)
{
    return makeParse(p, true);
}

} // namespace ferry::transforms
