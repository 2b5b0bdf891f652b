// trim, upper, lower, title and truncate. ASCII text (the common case in CRM data) is handled on
// the bytes; other text goes through QString for Unicode case mapping, after a UTF-8 check so that
// malformed bytes are rejected rather than silently replaced.
#include "transform_step.h"
#include "utf8_text.h"

#include <QCoreApplication>

namespace ferry::transforms {

namespace {

bool rejectMalformed(const QByteArray& bytes, QString* reason)
{
    *reason = QCoreApplication::translate("ferry::TransformChain", "%1 is not valid UTF-8 text").arg(quoted(bytes));
    return false;
}

class TrimStep final : public EachValueStep {
public:
    bool applyOne(Value& v, LookupSource*, QString*) const override
    {
        if (v.isNull())
            return true;
        if (v.isText()) {
            QByteArray t = trimUtf8(v.bytes());
            if (t.size() != v.bytes().size())
                v = Value::text(std::move(t));
            return true;
        }
        v = Value::text(trimUtf8(v.toUtf8()));
        return true;
    }
};

class CaseStep final : public EachValueStep {
public:
    explicit CaseStep(bool upper)
        : upper_(upper)
    {
    }
    bool applyOne(Value& v, LookupSource*, QString* reason) const override
    {
        if (v.isNull())
            return true;
        QByteArray bytes = textOf(v);
        if (isAscii(bytes)) {
            if (upper_)
                asciiUpperInPlace(bytes); // detaches only if the bytes are shared
            else
                asciiLowerInPlace(bytes);
            v = Value::text(std::move(bytes));
            return true;
        }
        if (!isValidUtf8(bytes))
            return rejectMalformed(bytes, reason);
        const QString s = decodeUtf8(bytes);
        v = Value::text((upper_ ? s.toUpper() : s.toLower()).toUtf8());
        return true;
    }

private:
    bool upper_;
};

// Decides the case of each code point for "title": the first letter of every word upper (title)
// case, the rest lower case. Marks and digits belong to the word they follow, so decomposed accents
// and "3rd" do not start a new word. After an apostrophe that follows a single letter (O'Neil,
// d'Artagnan, L'Oréal) a new capital starts; elsewhere ("Mary's", "don't") it does not.
class TitleState {
public:
    enum class Kind { Letter, WordPart, Apostrophe, Other };
    enum class Action { Keep, Title, Lower };

    Action next(Kind kind)
    {
        switch (kind) {
        case Kind::Letter: {
            const bool start = !inWord_ || capitalAfterApostrophe_;
            inWord_ = true;
            capitalAfterApostrophe_ = false;
            ++letters_;
            return start ? Action::Title : Action::Lower;
        }
        case Kind::WordPart:
            if (!inWord_)
                letters_ = 0;
            inWord_ = true;
            capitalAfterApostrophe_ = false;
            return Action::Keep;
        case Kind::Apostrophe:
            capitalAfterApostrophe_ = inWord_ && letters_ == 1;
            return Action::Keep;
        case Kind::Other:
            inWord_ = false;
            capitalAfterApostrophe_ = false;
            letters_ = 0;
            return Action::Keep;
        }
        return Action::Keep;
    }

private:
    bool inWord_ = false;
    bool capitalAfterApostrophe_ = false;
    int letters_ = 0;
};

class TitleStep final : public EachValueStep {
public:
    bool applyOne(Value& v, LookupSource*, QString* reason) const override
    {
        if (v.isNull())
            return true;
        QByteArray bytes = textOf(v);
        if (isAscii(bytes)) {
            titleAscii(bytes);
            v = Value::text(std::move(bytes));
            return true;
        }
        if (!isValidUtf8(bytes))
            return rejectMalformed(bytes, reason);
        v = Value::text(titleUnicode(decodeUtf8(bytes)).toUtf8());
        return true;
    }

private:
    static void titleAscii(QByteArray& bytes)
    {
        TitleState state;
        char* out = nullptr; // set on the first change, so unchanged text is never copied
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes.at(i);
            const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
            TitleState::Kind kind = TitleState::Kind::Other;
            if (upper || lower)
                kind = TitleState::Kind::Letter;
            else if (c >= '0' && c <= '9')
                kind = TitleState::Kind::WordPart;
            else if (c == '\'')
                kind = TitleState::Kind::Apostrophe;
            const TitleState::Action action = state.next(kind);
            if ((action == TitleState::Action::Title && lower) || (action == TitleState::Action::Lower && upper)) {
                if (!out)
                    out = bytes.data();
                out[i] = char(c ^ 0x20);
            }
        }
    }

    static QString titleUnicode(const QString& s)
    {
        QString out;
        out.reserve(s.size());
        TitleState state;
        for (qsizetype i = 0; i < s.size(); ++i) {
            char32_t c = s.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
                ++i;
            }
            TitleState::Kind kind = TitleState::Kind::Other;
            if (QChar::isLetter(c))
                kind = TitleState::Kind::Letter;
            else if (QChar::isNumber(c) || QChar::isMark(c))
                kind = TitleState::Kind::WordPart;
            else if (c == U'\'' || c == U'\u2019')
                kind = TitleState::Kind::Apostrophe;
            switch (state.next(kind)) {
            case TitleState::Action::Title:
                c = QChar::toTitleCase(c);
                break;
            case TitleState::Action::Lower:
                c = QChar::toLower(c);
                break;
            case TitleState::Action::Keep:
                break;
            }
            out.append(QChar::fromUcs4(c));
        }
        return out;
    }
};

class TruncateStep final : public EachValueStep {
public:
    explicit TruncateStep(qint64 length)
        : length_(length)
    {
    }
    bool applyOne(Value& v, LookupSource*, QString*) const override
    {
        if (v.isNull())
            return true;
        QByteArray bytes = textOf(v);
        // Fewer bytes than the limit means fewer code points: nothing to count.
        if (bytes.size() > length_) {
            const qsizetype cut = utf8OffsetOfCodePoint(bytes, length_);
            if (cut < bytes.size())
                bytes.truncate(cut);
        }
        if (!v.isText() || bytes.size() != v.bytes().size())
            v = Value::text(std::move(bytes));
        return true;
    }
    bool mayLose() const override { return true; }
    std::optional<MismatchKind> loss(const ValueList& before, const ValueList& after) const override
    {
        for (qsizetype i = 0; i < before.size() && i < after.size(); ++i)
            if (!before[i].isNull() && textOf(before[i]).size() > textOf(after[i]).size())
                return MismatchKind::Truncation;
        return std::nullopt;
    }

private:
    qint64 length_;
};

// trim, upper, lower and title only make text of what they read.
class TextTransform : public Transform {
public:
    using Transform::Transform;

protected:
    void traceOne(ValueFlow& f, const QJsonObject&, RiskNotes&) const override { f = f.asText(); }
};

class TrimTransform final : public TextTransform {
public:
    TrimTransform()
        : TextTransform({"trim", QT_TRANSLATE_NOOP("ferry::TransformChain", "Trim"),
                         QT_TRANSLATE_NOOP("ferry::TransformChain",
                                           "Removes white space (including non-breaking spaces) at both ends.")})
    {
    }
    StepPtr make(Params&) const override { return std::make_shared<TrimStep>(); }
};

class UpperTransform final : public TextTransform {
public:
    UpperTransform()
        : TextTransform({"upper", QT_TRANSLATE_NOOP("ferry::TransformChain", "Upper case"),
                         QT_TRANSLATE_NOOP("ferry::TransformChain", "Turns letters into capitals, in every alphabet.")})
    {
    }
    StepPtr make(Params&) const override { return std::make_shared<CaseStep>(true); }
};

class LowerTransform final : public TextTransform {
public:
    LowerTransform()
        : TextTransform(
              {"lower", QT_TRANSLATE_NOOP("ferry::TransformChain", "Lower case"),
               QT_TRANSLATE_NOOP("ferry::TransformChain", "Turns letters into small letters, in every alphabet.")})
    {
    }
    StepPtr make(Params&) const override { return std::make_shared<CaseStep>(false); }
};

class TitleTransform final : public TextTransform {
public:
    TitleTransform()
        : TextTransform({"title", QT_TRANSLATE_NOOP("ferry::TransformChain", "Title case"),
                         QT_TRANSLATE_NOOP("ferry::TransformChain",
                                           "Capitalises the first letter of each word: \"o'neil\" becomes "
                                           "\"O'Neil\", \"jean-luc\" becomes \"Jean-Luc\".")})
    {
    }
    StepPtr make(Params&) const override { return std::make_shared<TitleStep>(); }
};

class TruncateTransform final : public Transform {
public:
    TruncateTransform()
        : Transform({"truncate",
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Truncate"),
                     QT_TRANSLATE_NOOP("ferry::TransformChain",
                                       "Cuts text to at most \"length\" characters (Unicode code points), never "
                                       "inside a character."),
                     Shape::EachValue,
                     {{.name = "length",
                       .kind = ParamKind::WholeNumber,
                       .label = QT_TRANSLATE_NOOP("ferry::TransformParams", "Length"),
                       .help = QT_TRANSLATE_NOOP("ferry::TransformParams",
                                                 "The most characters the text keeps; longer text is cut."),
                       .required = true,
                       .minimum = 1,
                       .initial = 50,
                       .initialIsTargetLength = true}}})
    {
    }
    QString detail(const QJsonObject& p) const override
    {
        return QString::number(p.value(QLatin1String("length")).toInteger());
    }

    StepPtr make(Params& p) const override
    {
        const qint64 length = p.wholeNumber("length");
        return p.ok() ? std::make_shared<TruncateStep>(length) : nullptr;
    }

protected:
    void traceOne(ValueFlow& f, const QJsonObject& params, RiskNotes& notes) const override
    {
        const qint64 limit = params.value(QLatin1String("length")).toInteger();
        const qint64 before = f.known ? f.textLength() : 0;
        if (before == 0 || before > limit)
            notes.add(RiskLevel::MayLose,
                      QCoreApplication::translate("ferry::TransformRisk",
                                                  "Values of %1 longer than %2 characters are cut to %2.")
                          .arg(f.label)
                          .arg(limit));
        f = f.asText();
        f.known = true;
        f.type = ColumnType::Text;
        f.length = before == 0 ? limit : std::min(before, limit);
    }
};

} // namespace

const Transform& trimTransform()
{
    static const TrimTransform t;
    return t;
}

const Transform& upperTransform()
{
    static const UpperTransform t;
    return t;
}

const Transform& lowerTransform()
{
    static const LowerTransform t;
    return t;
}

const Transform& titleTransform()
{
    static const TitleTransform t;
    return t;
}

const Transform& truncateTransform()
{
    static const TruncateTransform t;
    return t;
}

} // namespace ferry::transforms
