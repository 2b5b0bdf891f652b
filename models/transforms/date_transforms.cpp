// parse-date and parse-timestamp: text in a known layout becomes a Date or a Timestamp. Several
// formats may be given; the first that matches wins. Timestamps keep microseconds and their
// wall-clock time: no time-zone conversion ever happens.
#include "date_format.h"
#include "transform_step.h"

#include <QCoreApplication>
#include <QJsonArray>

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

// Fraction-of-second digits a format reads: z gives up to 6, zzz exactly 3, zzzzzz 6.
int fractionDigitsOfFormat(const QString& format)
{
    int digits = 0, run = 0;
    bool quoted = false;
    for (QChar c : format) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (!quoted && c == QLatin1Char('z')) {
            ++run;
            continue;
        }
        if (run)
            digits = std::max(digits, run == 3 ? 3 : 6);
        run = 0;
    }
    if (run)
        digits = std::max(digits, run == 3 ? 3 : 6);
    return digits;
}

int fractionDigits(const QJsonObject& params)
{
    int digits = fractionDigitsOfFormat(params.value(QLatin1String("format")).toString());
    for (const QJsonValue& f : params.value(QLatin1String("formats")).toArray())
        digits = std::max(digits, fractionDigitsOfFormat(f.toString()));
    return digits;
}

// "format" and "formats": one layout, or several tried in order (edited together as "a | b").
QList<ParamSpec> formatParams(const char* initial)
{
    return {{.name = "format",
             .kind = ParamKind::Formats,
             .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Format"),
             .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "The layout the values are written in, such as "
                                                                 "dd/MM/yyyy."),
             .placeholder =
                 QT_TRANSLATE_NOOP("ferry::TransformParams", "e.g. dd/MM/yyyy; several: yyyy-MM-dd | dd/MM/yyyy"),
             .initial = QLatin1String(initial),
             .linked = "formats"},
            {.name = "formats",
             .kind = ParamKind::TextList,
             .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Formats"),
             .help = QT_TRANSLATE_NOOP("ferry::TransformParams",
                                       "Several layouts, tried in order; the first that matches wins.")}};
}

// parse-date and parse-timestamp differ only in what they make of the parsed text.
class ParseTransform final : public Transform {
public:
    ParseTransform(Info info, bool timestamp)
        : Transform(std::move(info))
        , timestamp_(timestamp)
    {
    }

    QString detail(const QJsonObject& p) const override { return p.value(QLatin1String("format")).toString(); }

    StepPtr make(Params& p) const override
    {
        QStringList patterns;
        const char* param = "format";
        if (p.has("format") && p.has("formats")) {
            p.fail(QStringLiteral("formats"),
                   QCoreApplication::translate("ferry::TransformChain",
                                               "give either \"format\" or \"formats\", not both"));
            return nullptr;
        }
        if (p.has("formats")) {
            param = "formats";
            patterns = p.textList("formats");
        } else if (p.has("format")) {
            patterns << p.text("format");
        } else {
            p.failMissing("format");
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
        return std::make_shared<ParseDateStep>(std::move(formats), timestamp_);
    }

protected:
    void traceOne(ValueFlow& f, const QJsonObject& params, RiskNotes& notes) const override
    {
        const ColumnType result = timestamp_ ? ColumnType::Timestamp : ColumnType::Date;
        if (f.type != result || !f.known)
            notes.add(RiskLevel::MayLose,
                      timestamp_ ? QCoreApplication::translate("ferry::TransformRisk",
                                                               "Rows whose %1 is not a date and time in the given "
                                                               "format are rejected.")
                                       .arg(f.label)
                                 : QCoreApplication::translate("ferry::TransformRisk",
                                                               "Rows whose %1 is not a date in the given format are "
                                                               "rejected.")
                                       .arg(f.label));
        if (f.type != result) {
            f.type = result;
            f.scale = timestamp_ ? fractionDigits(params) : 0;
        }
        f.known = true;
    }

private:
    bool timestamp_;
};

} // namespace

const Transform& parseDateTransform()
{
    static const ParseTransform t(
        {"parse-date", QT_TRANSLATE_NOOP("ferry::TransformChain", "Parse date"),
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Reads a date written in a given format, such as dd/MM/yyyy; "
                                                    "impossible dates are rejected."),
         Shape::EachValue, formatParams("yyyy-MM-dd")},
        false);
    return t;
}

const Transform& parseTimestampTransform()
{
    static const ParseTransform t(
        {"parse-timestamp", QT_TRANSLATE_NOOP("ferry::TransformChain", "Parse timestamp"),
         QT_TRANSLATE_NOOP("ferry::TransformChain", "Reads a date and time written in a given format, such as "
                                                    "yyyy-MM-dd HH:mm:ss.zzz, keeping microseconds and never "
                                                    "converting time zones."),
         Shape::EachValue, formatParams("yyyy-MM-dd HH:mm:ss")},
        true);
    return t;
}

} // namespace ferry::transforms
