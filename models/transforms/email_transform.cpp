// email: trims and lower-cases an address, and rejects what cannot be one. The check is deliberately
// plain (one @, a dotted domain, no spaces or address punctuation) rather than full RFC 5322: quoted
// local parts and comments do not occur in CRM data, display names ("Jane <j@x.org>") must not pass.
#include "transform_step.h"
#include "utf8_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace ferry::transforms {

namespace {

bool isForbidden(unsigned char c)
{
    if (c < 0x20 || c == 0x7f)
        return true;
    switch (c) {
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '\\':
    case ',':
    case ';':
    case ':':
    case '"':
        return true;
    default:
        return false;
    }
}

// Dot-separated parts all non-empty; in a domain no part starts or ends with '-'.
bool dottedPartsOk(const char* b, const char* e, bool domain)
{
    const char* part = b;
    for (const char* p = b;; ++p) {
        if (p == e || *p == '.') {
            if (p == part)
                return false;
            if (domain && (*part == '-' || p[-1] == '-'))
                return false;
            if (p == e)
                return true;
            part = p + 1;
        }
    }
}

bool isPlausibleAddress(const QByteArray& a)
{
    const char* const b = a.constData();
    const char* const e = b + a.size();
    const char* at = nullptr;
    for (const char* p = b; p < e; ++p) {
        if (*p == '@') {
            if (at)
                return false; // two @
            at = p;
        } else if (isForbidden(static_cast<unsigned char>(*p)) || utf8SpaceAt(p, e)) {
            return false;
        }
    }
    if (!at || at == b || at + 1 == e)
        return false;
    if (!dottedPartsOk(b, at, false) || !dottedPartsOk(at + 1, e, true))
        return false;
    // A domain needs at least one dot ("localhost" addresses are not customer addresses).
    return std::find(at + 1, e, '.') != e;
}

class EmailStep final : public EachValueStep {
public:
    bool applyOne(Value& v, LookupSource*, QString* reason) const override
    {
        if (v.isNull())
            return true;
        const QByteArray original = textOf(v);
        QByteArray a = trimUtf8(original);
        if (isAscii(a)) {
            asciiLowerInPlace(a);
        } else if (isValidUtf8(a)) {
            a = decodeUtf8(a).toLower().toUtf8();
        } else {
            a.clear(); // malformed bytes: not an address
        }
        if (!isPlausibleAddress(a)) {
            *reason = QCoreApplication::translate("ferry::TransformChain", "%1 is not a valid email address")
                          .arg(quoted(original));
            return false;
        }
        if (!v.isText() || a != v.bytes())
            v = Value::text(std::move(a));
        return true;
    }
};

class EmailTransform final : public Transform {
public:
    EmailTransform()
        : Transform({"email", QT_TRANSLATE_NOOP("ferry::TransformChain", "Email address"),
                     QT_TRANSLATE_NOOP("ferry::TransformChain", "Trims and lower-cases an email address; rejects the "
                                                                "row when it is not an address.")})
    {
    }
    StepPtr make(Params&) const override { return std::make_shared<EmailStep>(); }

protected:
    void traceOne(ValueFlow& f, const QJsonObject&, RiskNotes& notes) const override
    {
        f = f.asText();
        notes.add(RiskLevel::MayLose,
                  QCoreApplication::translate("ferry::TransformRisk",
                                              "Rows whose %1 is not an email address (or is empty) are rejected.")
                      .arg(f.label));
    }
};

} // namespace

const Transform& emailTransform()
{
    static const EmailTransform t;
    return t;
}

} // namespace ferry::transforms
