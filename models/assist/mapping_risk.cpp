#include "assist/mapping_risk.h"

#include "engine/coerce.h"
#include "transforms/transform_chain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace ferry {

namespace {

// What is known about the values flowing at one point of a chain: their type and bounds.
struct Flow {
    QString label;     // the source column, for messages
    bool known = true; // false: the type is decided at run time (unknown source, lookup, mixed map)
    bool alwaysNull = false;
    ColumnType type = ColumnType::Unknown;
    qint64 length = 0; // text: characters; 0 = unlimited or unknown
    int precision = 0; // decimals
    int scale = 0;     // decimals: fraction digits; time types: fractional-second digits
    qint64 intMin = std::numeric_limits<qint64>::min();
    qint64 intMax = std::numeric_limits<qint64>::max();
    bool nullable = true;
    bool supplementary = true; // may hold 4-byte characters
};

int digitsOf(qint64 v)
{
    if (v == std::numeric_limits<qint64>::min())
        return 19;
    v = v < 0 ? -v : v;
    int d = 1;
    while (v >= 10) {
        v /= 10;
        ++d;
    }
    return d;
}

Flow fromColumn(const ColumnInfo& c)
{
    Flow f;
    f.label = c.name;
    f.type = c.type;
    f.known = c.type != ColumnType::Unknown;
    f.length = c.length;
    f.precision = c.precision;
    f.scale = c.scale;
    f.nullable = c.nullable;
    f.supplementary = c.supportsSupplementary;
    if (c.type == ColumnType::Integer)
        integerRange(c, &f.intMin, &f.intMax);
    if (c.type == ColumnType::Boolean) {
        f.intMin = 0;
        f.intMax = 1;
    }
    return f;
}

// Longest text form of a flow's values (what text transforms and text columns see); 0 = unbounded.
qint64 textLength(const Flow& f)
{
    switch (f.type) {
    case ColumnType::Text:
        return f.length;
    case ColumnType::Integer:
        return std::max(digitsOf(f.intMin) + (f.intMin < 0 ? 1 : 0), digitsOf(f.intMax));
    case ColumnType::Decimal:
        return f.precision > 0 ? f.precision + 2 : 0;
    case ColumnType::Double:
        return 24;
    case ColumnType::Boolean:
        return 5;
    case ColumnType::Date:
        return 10;
    case ColumnType::Time:
        return f.scale > 0 ? 9 + f.scale : 15;
    case ColumnType::Timestamp:
        return f.scale > 0 ? 20 + f.scale : 26;
    case ColumnType::Binary:
        return f.length > 0 ? 2 * f.length : 0;
    case ColumnType::Unknown:
        break;
    }
    return 0;
}

Flow asText(Flow f)
{
    if (!f.known)
        return f; // still unknown: a text transform of unknown input has unknown length
    f.length = textLength(f);
    f.type = ColumnType::Text;
    return f;
}

// The type of a JSON value written by "constant", "default" or "map".
Flow fromJson(const QJsonValue& v)
{
    Flow f;
    f.nullable = false;
    if (v.isNull() || v.isUndefined()) {
        f.alwaysNull = true;
        f.nullable = true;
    } else if (v.isString()) {
        f.type = ColumnType::Text;
        f.length = v.toString().toUcs4().size();
    } else if (v.isBool()) {
        f.type = ColumnType::Boolean;
        f.intMin = f.intMax = v.toBool() ? 1 : 0;
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0) {
            f.type = ColumnType::Integer;
            f.intMin = f.intMax = qint64(d);
        } else {
            const QString digits = QString::number(d, 'f', QLocale::FloatingPointShortest);
            const qsizetype point = digits.indexOf(QLatin1Char('.'));
            f.type = ColumnType::Decimal;
            f.scale = point < 0 ? 0 : int(digits.size() - point - 1);
            f.precision = int(digits.count(QRegularExpression(QStringLiteral("[0-9]"))));
        }
    } else {
        f.known = false;
    }
    return f;
}

// Several possible values (a map's results): one flow that covers them all.
Flow unite(const QList<Flow>& flows)
{
    Flow u;
    u.nullable = false;
    bool first = true;
    bool allNull = true;
    for (const Flow& f : flows) {
        u.nullable = u.nullable || f.nullable;
        if (f.alwaysNull)
            continue;
        allNull = false;
        if (first) {
            const bool nullable = u.nullable;
            u = f;
            u.nullable = nullable;
            first = false;
            continue;
        }
        if (!f.known || f.type != u.type) {
            u.known = false;
            continue;
        }
        u.length = (u.length == 0 || f.length == 0) ? 0 : std::max(u.length, f.length);
        u.intMin = std::min(u.intMin, f.intMin);
        u.intMax = std::max(u.intMax, f.intMax);
        u.scale = std::max(u.scale, f.scale);
        u.precision = std::max(u.precision, f.precision);
    }
    if (allNull) {
        u.alwaysNull = !flows.isEmpty();
        u.nullable = true;
    }
    return u;
}

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

QString describeDecimal(int precision, int scale)
{
    return QStringLiteral("DECIMAL(%1,%2)").arg(precision).arg(scale);
}

bool isNumeric(ColumnType t)
{
    return t == ColumnType::Integer || t == ColumnType::Decimal || t == ColumnType::Double || t == ColumnType::Boolean;
}

// Collects the findings of one assessment; the worst level wins.
class RiskNotes {
public:
    void add(RiskLevel level, const QString& reason)
    {
        result.level = std::max(result.level, level);
        result.reasons << reason;
    }
    RiskAssessment result;
};

void runStep(const TransformSpec& spec, QList<Flow>& flows, RiskNotes& notes)
{
    const QJsonObject& p = spec.params;
    const QString type = spec.type;
    if (type == QLatin1String("constant")) {
        flows = {fromJson(p.value(QLatin1String("value")))};
        return;
    }
    if (type == QLatin1String("concat")) {
        Flow joined;
        joined.type = ColumnType::Text;
        joined.nullable = true;
        const qint64 separator =
            p.contains(QLatin1String("separator")) ? p.value(QLatin1String("separator")).toString().toUcs4().size() : 1;
        qint64 total = separator * std::max<qint64>(0, flows.size() - 1);
        for (const Flow& f : flows) {
            const qint64 n = f.known ? textLength(f) : 0;
            total = (total < 0 || n == 0) ? -1 : total + n;
            joined.nullable = joined.nullable && f.nullable;
            joined.supplementary = joined.supplementary || f.supplementary;
        }
        joined.length = std::max<qint64>(0, total);
        flows = {joined};
        return;
    }
    for (Flow& f : flows) {
        if (f.alwaysNull && type != QLatin1String("default"))
            continue; // every transform but "default" passes NULL through
        if (type == QLatin1String("trim") || type == QLatin1String("upper") || type == QLatin1String("lower") ||
            type == QLatin1String("title")) {
            f = asText(f);
        } else if (type == QLatin1String("truncate")) {
            const qint64 limit = p.value(QLatin1String("length")).toInteger();
            const qint64 before = f.known ? textLength(f) : 0;
            if (before == 0 || before > limit)
                notes.add(
                    RiskLevel::MayLose,
                    MappingRisk::tr("Values of %1 longer than %2 characters are cut to %2.").arg(f.label).arg(limit));
            f = asText(f);
            f.known = true;
            f.type = ColumnType::Text;
            f.length = before == 0 ? limit : std::min(before, limit);
        } else if (type == QLatin1String("email")) {
            f = asText(f);
            notes.add(
                RiskLevel::MayLose,
                MappingRisk::tr("Rows whose %1 is not an email address (or is empty) are rejected.").arg(f.label));
        } else if (type == QLatin1String("phone")) {
            const bool keep = p.value(QLatin1String("extension")).toString() == QLatin1String("keep");
            f.known = true;
            f.type = ColumnType::Text;
            f.length = keep ? 0 : 16; // E.164: "+" and at most 15 digits
            notes.add(
                RiskLevel::MayLose,
                MappingRisk::tr("Rows whose %1 is not a valid phone number (or is empty) are rejected.").arg(f.label));
        } else if (type == QLatin1String("split-name")) {
            f = asText(f);
            const QString ifMissing = p.value(QLatin1String("ifMissing")).toString(QStringLiteral("reject"));
            const bool first = p.value(QLatin1String("part")).toString() == QLatin1String("first");
            if (ifMissing == QLatin1String("null"))
                f.nullable = true;
            else if (ifMissing == QLatin1String("reject"))
                notes.add(RiskLevel::MayLose,
                          first ? MappingRisk::tr("Names in %1 without a first name are rejected.").arg(f.label)
                                : MappingRisk::tr("Names in %1 without a last name are rejected.").arg(f.label));
        } else if (type == QLatin1String("default")) {
            const Flow value = fromJson(p.value(QLatin1String("value")));
            if (f.alwaysNull) {
                const QString label = f.label;
                f = value;
                f.label = label;
            } else if (!value.alwaysNull) {
                if (value.type != f.type && f.known)
                    f = asText(f);
                if (f.type == ColumnType::Text && f.length > 0)
                    f.length = value.type == ColumnType::Text ? std::max(f.length, value.length) : 0;
                f.nullable = false;
            }
        } else if (type == QLatin1String("parse-date") || type == QLatin1String("parse-timestamp")) {
            const bool date = type == QLatin1String("parse-date");
            const ColumnType result = date ? ColumnType::Date : ColumnType::Timestamp;
            if (f.type != result || !f.known)
                notes.add(
                    RiskLevel::MayLose,
                    date ? MappingRisk::tr("Rows whose %1 is not a date in the given format are rejected.").arg(f.label)
                         : MappingRisk::tr("Rows whose %1 is not a date and time in the given format are "
                                           "rejected.")
                               .arg(f.label));
            if (f.type != result) {
                f.type = result;
                f.scale = date ? 0 : fractionDigits(p);
            }
            f.known = true;
        } else if (type == QLatin1String("map")) {
            QList<Flow> results;
            const QJsonObject values = p.value(QLatin1String("values")).toObject();
            for (auto it = values.begin(); it != values.end(); ++it)
                results << fromJson(it.value());
            if (p.contains(QLatin1String("default")))
                results << fromJson(p.value(QLatin1String("default")));
            else
                notes.add(RiskLevel::MayLose,
                          MappingRisk::tr("Rows whose %1 is not listed in the map are rejected.").arg(f.label));
            Flow mapped = unite(results);
            mapped.label = f.label;
            mapped.nullable = mapped.nullable || f.nullable;
            mapped.alwaysNull = mapped.alwaysNull && !f.nullable ? false : mapped.alwaysNull;
            f = mapped;
        } else if (type == QLatin1String("lookup")) {
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Rows whose %1 has no match in %2.%3 are rejected.")
                                              .arg(f.label, p.value(QLatin1String("table")).toString(),
                                                   p.value(QLatin1String("match")).toString()));
            f.known = false;
        }
    }
}

void checkTextLength(qint64 sourceLength, const Flow& f, const ColumnInfo& target, RiskNotes& notes)
{
    if (target.length <= 0 || (sourceLength > 0 && sourceLength <= target.length))
        return;
    notes.add(RiskLevel::MayLose,
              sourceLength > 0
                  ? MappingRisk::tr("Values longer than %1 characters are rejected (%2 holds up to %3).")
                        .arg(target.length)
                        .arg(f.label)
                        .arg(sourceLength)
                  : MappingRisk::tr("Values longer than %1 characters are rejected (the length of %2 is not limited).")
                        .arg(target.length)
                        .arg(f.label));
}

void checkIntegerRange(const Flow& f, const ColumnInfo& target, RiskNotes& notes)
{
    qint64 min = 0, max = 0;
    integerRange(target, &min, &max);
    if (f.intMin < min || f.intMax > max)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Values outside %1 to %2 are rejected.").arg(min).arg(max));
}

void checkIntegerDigits(int digits, const ColumnInfo& target, RiskNotes& notes)
{
    if (target.precision <= 0)
        return;
    const int room = target.precision - target.scale;
    if (digits > room)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Values with more than %1 digits before the point are rejected "
                                                      "(the column is %2).")
                                          .arg(room)
                                          .arg(describeDecimal(target.precision, target.scale)));
}

void checkExactDigits(int digits, const ColumnInfo& target, RiskNotes& notes)
{
    if (target.exactDigits > 0 && (digits == 0 || digits > target.exactDigits))
        notes.add(RiskLevel::MayLose,
                  MappingRisk::tr("The column keeps only %1 significant digits exactly (it is stored "
                                  "as a floating-point number); longer values are rejected.")
                      .arg(target.exactDigits));
}

void fit(const Flow& f, const ColumnInfo& target, RiskNotes& notes)
{
    const bool required = !target.nullable && !target.autoIncrement;
    if (f.alwaysNull) {
        if (required)
            notes.add(
                RiskLevel::WillFail,
                MappingRisk::tr("The value is always NULL, but column %1 is required (NOT NULL).").arg(target.name));
        return;
    }
    if (f.nullable && required)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("%1 may be NULL, but column %2 is required (NOT NULL): rows with "
                                                      "NULL are rejected.")
                                          .arg(f.label, target.name));
    if (target.type == ColumnType::Unknown) {
        notes.add(
            RiskLevel::MayLose,
            MappingRisk::tr("Ferry does not know the type of column %1 (%2); the database decides what it accepts.")
                .arg(target.name, target.nativeType));
        return;
    }
    if (!f.known)
        return; // decided per value at run time; the reason was given where the type became unknown

    const ColumnType s = f.type;
    switch (target.type) {
    case ColumnType::Text:
        if (s == ColumnType::Binary)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Binary values are written as hexadecimal text."));
        checkTextLength(textLength(f), f, target, notes);
        if (s == ColumnType::Text && f.supplementary && !target.supportsSupplementary)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Column %1 cannot store 4-byte characters such as emoji; "
                                                          "values containing them are rejected.")
                                              .arg(target.name));
        break;
    case ColumnType::Integer:
        if (s == ColumnType::Text)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Text that is not a whole number is rejected."));
        else if (s == ColumnType::Integer || s == ColumnType::Boolean)
            checkIntegerRange(f, target, notes);
        else if (s == ColumnType::Decimal) {
            if (f.scale > 0 || f.precision == 0)
                notes.add(RiskLevel::MayLose, MappingRisk::tr("Values with a fraction are rejected."));
            qint64 min = 0, max = 0;
            integerRange(target, &min, &max);
            if (f.precision == 0 || f.precision - f.scale > digitsOf(max) - 1)
                notes.add(RiskLevel::MayLose,
                          MappingRisk::tr("Values outside %1 to %2 are rejected.").arg(min).arg(max));
        } else if (s == ColumnType::Double)
            notes.add(RiskLevel::MayLose,
                      MappingRisk::tr("Floating-point values with a fraction or out of range are rejected."));
        else
            notes.add(RiskLevel::WillFail, MappingRisk::tr("Dates, times and binary values cannot be written into a "
                                                           "number column."));
        break;
    case ColumnType::Decimal:
        if (s == ColumnType::Text)
            notes.add(RiskLevel::MayLose,
                      target.precision > 0
                          ? MappingRisk::tr("Text that is not a number, or does not fit %1, is rejected.")
                                .arg(describeDecimal(target.precision, target.scale))
                          : MappingRisk::tr("Text that is not a number is rejected."));
        else if (s == ColumnType::Integer || s == ColumnType::Boolean) {
            const int digits = std::max(digitsOf(f.intMin), digitsOf(f.intMax));
            checkIntegerDigits(digits, target, notes);
            checkExactDigits(digits, target, notes);
        } else if (s == ColumnType::Decimal) {
            if (target.precision > 0) {
                if (f.precision == 0)
                    notes.add(RiskLevel::MayLose, MappingRisk::tr("Values that do not fit %1 are rejected (the "
                                                                  "precision of %2 is not known).")
                                                      .arg(describeDecimal(target.precision, target.scale), f.label));
                else {
                    if (f.scale > target.scale)
                        notes.add(RiskLevel::MayLose, MappingRisk::tr("Values with more than %1 decimal places are "
                                                                      "rejected (%2 keeps %3).")
                                                          .arg(target.scale)
                                                          .arg(f.label)
                                                          .arg(f.scale));
                    checkIntegerDigits(f.precision - f.scale, target, notes);
                }
            }
            checkExactDigits(f.precision, target, notes);
        } else if (s == ColumnType::Double)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Floating-point values that do not fit the column exactly "
                                                          "are rejected."));
        else
            notes.add(RiskLevel::WillFail, MappingRisk::tr("Dates, times and binary values cannot be written into a "
                                                           "number column."));
        break;
    case ColumnType::Double:
        if (s == ColumnType::Text)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Text that is not a number is rejected."));
        else if (s == ColumnType::Integer && (f.intMin < -9007199254740992LL || f.intMax > 9007199254740992LL))
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Whole numbers beyond ±9007199254740992 cannot be stored "
                                                          "exactly in a floating-point column and are rejected."));
        else if (s == ColumnType::Decimal && (f.precision == 0 || f.precision > 15))
            notes.add(RiskLevel::MayLose,
                      MappingRisk::tr("Decimals with more than 15 significant digits cannot be "
                                      "stored exactly in a floating-point column and are rejected."));
        else if (!isNumeric(s))
            notes.add(RiskLevel::WillFail, MappingRisk::tr("Dates, times and binary values cannot be written into a "
                                                           "number column."));
        break;
    case ColumnType::Boolean:
        if (s == ColumnType::Text)
            notes.add(RiskLevel::MayLose,
                      MappingRisk::tr("Text other than yes/no values (true, false, yes, no, 1, 0 …) is rejected."));
        else if (s == ColumnType::Integer || s == ColumnType::Decimal || s == ColumnType::Double) {
            if (!(s == ColumnType::Integer && f.intMin >= 0 && f.intMax <= 1))
                notes.add(RiskLevel::MayLose, MappingRisk::tr("Numbers other than 0 and 1 are rejected."));
        } else if (s != ColumnType::Boolean)
            notes.add(RiskLevel::WillFail, MappingRisk::tr("Dates, times and binary values cannot be written into a "
                                                           "yes/no column."));
        break;
    case ColumnType::Date:
        if (s == ColumnType::Text)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Text not written as yyyy-MM-dd is rejected; add a "
                                                          "\"Parse date\" transform for other layouts."));
        else if (s == ColumnType::Timestamp)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Timestamps with a time other than midnight are rejected: "
                                                          "the date column would drop the time."));
        else if (s == ColumnType::Time)
            notes.add(RiskLevel::WillFail, MappingRisk::tr("A time of day has no date."));
        else if (s != ColumnType::Date)
            notes.add(RiskLevel::WillFail, MappingRisk::tr("Numbers and binary values cannot be written into a date "
                                                           "column; add a \"Parse date\" transform."));
        break;
    case ColumnType::Timestamp:
        if (s == ColumnType::Text)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Text not written as yyyy-MM-dd HH:mm:ss is rejected; add a "
                                                          "\"Parse timestamp\" transform for other layouts."));
        else if (s == ColumnType::Timestamp) {
            if (f.scale > target.scale)
                notes.add(RiskLevel::MayLose, MappingRisk::tr("Fractional seconds beyond %1 digits are rejected "
                                                              "(%2 keeps %3).")
                                                  .arg(target.scale)
                                                  .arg(f.label)
                                                  .arg(f.scale));
        } else if (s == ColumnType::Time)
            notes.add(RiskLevel::WillFail, MappingRisk::tr("A time of day has no date."));
        else if (s != ColumnType::Date)
            notes.add(RiskLevel::WillFail, MappingRisk::tr("Numbers and binary values cannot be written into a "
                                                           "timestamp column; add a \"Parse timestamp\" transform."));
        break;
    case ColumnType::Time:
        if (s == ColumnType::Text)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Text not written as HH:mm:ss is rejected."));
        else if (s == ColumnType::Time) {
            if (f.scale > target.scale)
                notes.add(RiskLevel::MayLose,
                          MappingRisk::tr("Fractional seconds beyond %1 digits are rejected (%2 keeps %3).")
                              .arg(target.scale)
                              .arg(f.label)
                              .arg(f.scale));
        } else
            notes.add(RiskLevel::WillFail, MappingRisk::tr("Only times of day can be written into a time column."));
        break;
    case ColumnType::Binary:
        if (target.length > 0) {
            const qint64 bytes = s == ColumnType::Binary ? f.length : 0;
            if (bytes == 0 || bytes > target.length)
                notes.add(RiskLevel::MayLose,
                          MappingRisk::tr("Values longer than %1 bytes are rejected.").arg(target.length));
        }
        break;
    case ColumnType::Unknown:
        break;
    }
}

} // namespace

bool MappingRisk::isRequired(const ColumnInfo& target)
{
    return !target.nullable && !target.defaultValue && !target.autoIncrement;
}

QString MappingRisk::levelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Exact:
        return tr("Exact");
    case RiskLevel::MayLose:
        return tr("May lose data");
    case RiskLevel::WillFail:
        return tr("Will fail");
    }
    return {};
}

RiskAssessment MappingRisk::assessUnmapped(const ColumnInfo& target)
{
    RiskAssessment r;
    if (isRequired(target)) {
        r.level = RiskLevel::WillFail;
        r.reasons << tr("Column %1 is required (NOT NULL, no default) but nothing is mapped to it: the run is refused.")
                         .arg(target.name);
    } else if (target.autoIncrement) {
        r.reasons << tr("Not mapped: the database generates the value.");
    } else if (target.defaultValue) {
        r.reasons << tr("Not mapped: new rows get the column's default (%1).").arg(*target.defaultValue);
    } else {
        r.reasons << tr("Not mapped: new rows get NULL.");
    }
    return r;
}

RiskAssessment MappingRisk::assess(const std::optional<ColumnInfo>& source, const QList<TransformSpec>& transforms,
                                   const ColumnInfo& target)
{
    FieldMapping field;
    field.target = target.name;
    field.sources << (source ? source->name : tr("the source column"));
    field.transforms = transforms;
    return assessField(field, {source}, target);
}

RiskAssessment MappingRisk::assessField(const FieldMapping& field, const QList<std::optional<ColumnInfo>>& sources,
                                        const ColumnInfo& target)
{
    if (!field.constant && field.sources.isEmpty())
        return assessUnmapped(target);

    QList<TransformSpec> specs;
    if (field.constant)
        specs << TransformSpec{QStringLiteral("constant"), QJsonObject{{QStringLiteral("value"), *field.constant}}};
    specs << field.transforms;
    QString errorPath, error;
    const int sourceCount = field.constant ? 0 : int(field.sources.size());
    const std::optional<TransformChain> chain = TransformChain::compile(specs, sourceCount, &errorPath, &error);
    RiskNotes notes;
    if (!chain) {
        notes.add(RiskLevel::WillFail, tr("The transforms are not valid: %1").arg(error));
        return notes.result;
    }

    // A constant without lookups is one known value: judge it exactly as the engine will.
    if (field.constant && chain->lookups().isEmpty()) {
        const auto applied = chain->apply({}, nullptr);
        if (const auto* failure = std::get_if<TransformFailure>(&applied)) {
            notes.add(RiskLevel::WillFail, failure->reason);
            return notes.result;
        }
        const CoerceResult coerced = coerce(std::get<Value>(applied), target);
        if (const auto* failure = std::get_if<CoerceFailure>(&coerced))
            notes.add(RiskLevel::WillFail, failure->reason);
        else
            notes.result.reasons << tr("Every row gets the same value, which fits column %1.").arg(target.name);
        return notes.result;
    }

    QList<Flow> flows;
    if (!field.constant) {
        for (qsizetype i = 0; i < field.sources.size(); ++i) {
            const std::optional<ColumnInfo> column = i < sources.size() ? sources[i] : std::nullopt;
            if (column) {
                flows << fromColumn(*column);
            } else {
                Flow unknown;
                unknown.label = field.sources[i];
                unknown.known = false;
                flows << unknown;
                notes.add(RiskLevel::MayLose, tr("The type of %1 is not known yet; each value is checked when the run "
                                                 "starts.")
                                                  .arg(field.sources[i]));
            }
        }
    }
    for (const TransformSpec& spec : specs)
        runStep(spec, flows, notes);
    if (flows.size() == 1)
        fit(flows.first(), target, notes);
    if (notes.result.reasons.isEmpty())
        notes.result.reasons << tr("Every value fits column %1 exactly.").arg(target.name);
    return notes.result;
}

} // namespace ferry
