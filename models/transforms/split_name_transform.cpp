// split-name: takes the first or the last name out of a full name. Understands "First Last",
// "Last, First", family-name particles ("Jane van der Berg" -> "van der Berg"), and drops leading
// honorifics and trailing suffixes. Middle names stay with the first name so nothing is lost; a lone
// word after an honorific ("Dr Smith") is a last name.
#include "transform_step.h"
#include "utf8_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace ferry::transforms {

namespace {

enum class IfMissing { Reject, Null, Empty };

// Word lists are compared without case and without a trailing dot ("Dr." = "dr"). Plain arrays:
// a QSet<QString> lookup hashes every token, which cost more than the rest of the transform.
template <size_t N> bool isOneOf(QStringView token, const QLatin1String (&words)[N])
{
    if (token.endsWith(QLatin1Char('.')))
        token.chop(1);
    for (const QLatin1String& w : words) {
        if (token.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

constexpr QLatin1String kHonorifics[] = {QLatin1String("mr"),   QLatin1String("mrs"), QLatin1String("ms"),
                                         QLatin1String("miss"), QLatin1String("mx"),  QLatin1String("dr"),
                                         QLatin1String("prof")};
constexpr QLatin1String kSuffixes[] = {QLatin1String("jr"),  QLatin1String("sr"), QLatin1String("ii"),
                                       QLatin1String("iii"), QLatin1String("iv"), QLatin1String("phd"),
                                       QLatin1String("ph.d")};
constexpr QLatin1String kParticles[] = {
    QLatin1String("van"), QLatin1String("von"),   QLatin1String("der"), QLatin1String("den"), QLatin1String("de"),
    QLatin1String("del"), QLatin1String("della"), QLatin1String("di"),  QLatin1String("da"),  QLatin1String("du"),
    QLatin1String("dos"), QLatin1String("das"),   QLatin1String("le"),  QLatin1String("la"),  QLatin1String("ter"),
    QLatin1String("ten"), QLatin1String("bin"),   QLatin1String("ibn"), QLatin1String("st")};

bool isHonorific(const QString& token)
{
    return isOneOf(token, kHonorifics);
}

bool isSuffix(const QString& token)
{
    return isOneOf(token, kSuffixes);
}

bool isParticle(const QString& token)
{
    return isOneOf(token, kParticles);
}

QStringList tokens(const QString& segment)
{
    return segment.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Removes honorifics in front and suffixes at the end; returns how many honorifics went.
int stripTitles(QStringList& words)
{
    int honorifics = 0;
    while (!words.isEmpty() && isHonorific(words.first())) {
        words.removeFirst();
        ++honorifics;
    }
    while (!words.isEmpty() && isSuffix(words.last()))
        words.removeLast();
    return honorifics;
}

struct NameParts {
    QString first;
    QString last;
};

NameParts splitName(const QString& fullName)
{
    // "Doe, Jane" or "Doe," (no first name) is the comma form; a part holding only suffixes
    // ("Jane Doe, Jr.") does not make one.
    QStringList segments = fullName.simplified().split(QLatin1Char(','));
    for (QString& s : segments)
        s = s.trimmed();
    QStringList rest = segments.mid(1);
    rest.removeIf([](const QString& s) {
        const QStringList words = tokens(s);
        return !words.isEmpty() && std::all_of(words.cbegin(), words.cend(), isSuffix);
    });
    NameParts parts;
    if (!rest.isEmpty()) { // "Last, First"
        QStringList last = tokens(segments.first());
        QStringList given = tokens(rest.join(QLatin1Char(' ')));
        stripTitles(last);
        stripTitles(given);
        parts.last = last.join(QLatin1Char(' '));
        parts.first = given.join(QLatin1Char(' '));
        return parts;
    }
    QStringList words = tokens(segments.first());
    const int honorifics = stripTitles(words);
    if (words.size() == 1) {
        (honorifics ? parts.last : parts.first) = words.first();
    } else if (words.size() >= 2) {
        qsizetype lastStart = words.size() - 1;
        while (lastStart > 1 && isParticle(words.at(lastStart - 1)))
            --lastStart;
        parts.first = words.mid(0, lastStart).join(QLatin1Char(' '));
        parts.last = words.mid(lastStart).join(QLatin1Char(' '));
    }
    return parts;
}

class SplitNameStep final : public EachValueStep {
public:
    SplitNameStep(bool wantFirst, IfMissing ifMissing)
        : wantFirst_(wantFirst)
        , ifMissing_(ifMissing)
    {
    }

    bool applyOne(Value& v, LookupSource*, QString* reason) const override
    {
        if (v.isNull())
            return true;
        const QByteArray bytes = textOf(v);
        if (!isValidUtf8(bytes)) {
            *reason =
                QCoreApplication::translate("ferry::TransformChain", "%1 is not valid UTF-8 text").arg(quoted(bytes));
            return false;
        }
        const NameParts parts = splitName(decodeUtf8(bytes));
        const QString& part = wantFirst_ ? parts.first : parts.last;
        if (!part.isEmpty()) {
            v = Value::text(part.toUtf8());
            return true;
        }
        switch (ifMissing_) {
        case IfMissing::Null:
            v = Value::null();
            return true;
        case IfMissing::Empty:
            v = Value::text(QByteArray(""));
            return true;
        case IfMissing::Reject:
            break;
        }
        *reason = wantFirst_
                      ? QCoreApplication::translate("ferry::TransformChain", "%1 has no first name").arg(quoted(bytes))
                      : QCoreApplication::translate("ferry::TransformChain", "%1 has no last name").arg(quoted(bytes));
        return false;
    }

private:
    bool wantFirst_;
    IfMissing ifMissing_;
};

class SplitNameTransform final : public Transform {
public:
    SplitNameTransform()
        : Transform(
              {"split-name",
               QT_TRANSLATE_NOOP("ferry::TransformChain", "Split name"),
               QT_TRANSLATE_NOOP("ferry::TransformChain",
                                 "Takes the first or last name out of a full name (\"Jane van der Berg\", \"Doe, "
                                 "Jane\"), dropping titles and suffixes. \"ifMissing\": reject (default), null or "
                                 "empty."),
               Shape::EachValue,
               {{.name = "part",
                 .kind = ParamKind::Choice,
                 .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Part"),
                 .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "Which part of the name to write."),
                 .required = true,
                 .choices = {{"first", QT_TRANSLATE_NOOP("ferry::TransformParams", "First name")},
                             {"last", QT_TRANSLATE_NOOP("ferry::TransformParams", "Last name")}},
                 .initial = QStringLiteral("first")},
                {.name = "ifMissing",
                 .kind = ParamKind::Choice,
                 .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "If missing"),
                 .help = QT_TRANSLATE_NOOP("ferry::TransformParams", "What to write when the name has no such part."),
                 .defaultValue = QStringLiteral("reject"),
                 .choices = {{"reject", QT_TRANSLATE_NOOP("ferry::TransformParams", "Reject the row")},
                             {"null", QT_TRANSLATE_NOOP("ferry::TransformParams", "Write NULL")},
                             {"empty", QT_TRANSLATE_NOOP("ferry::TransformParams", "Write empty text")}}}}})
    {
    }

    QString detail(const QJsonObject& p) const override
    {
        return p.value(QLatin1String("part")).toString() == QLatin1String("first")
                   ? QCoreApplication::translate("ferry::TransformChain", "first")
                   : QCoreApplication::translate("ferry::TransformChain", "last");
    }

    StepPtr make(Params& p) const override
    {
        const QString part = p.text("part");
        const QString missing = p.text("ifMissing");
        if (!p.ok())
            return nullptr;
        const IfMissing ifMissing = missing == QLatin1String("null")    ? IfMissing::Null
                                    : missing == QLatin1String("empty") ? IfMissing::Empty
                                                                        : IfMissing::Reject;
        return std::make_shared<SplitNameStep>(part == QLatin1String("first"), ifMissing);
    }

protected:
    void traceOne(ValueFlow& f, const QJsonObject& params, RiskNotes& notes) const override
    {
        f = f.asText();
        const QString ifMissing = params.value(QLatin1String("ifMissing")).toString(QStringLiteral("reject"));
        const bool first = params.value(QLatin1String("part")).toString() == QLatin1String("first");
        if (ifMissing == QLatin1String("null"))
            f.nullable = true;
        else if (ifMissing == QLatin1String("reject"))
            notes.add(RiskLevel::MayLose,
                      first ? QCoreApplication::translate("ferry::TransformRisk",
                                                          "Names in %1 without a first name are rejected.")
                                  .arg(f.label)
                            : QCoreApplication::translate("ferry::TransformRisk",
                                                          "Names in %1 without a last name are rejected.")
                                  .arg(f.label));
    }
};

} // namespace

const Transform& splitNameTransform()
{
    static const SplitNameTransform t;
    return t;
}

} // namespace ferry::transforms
