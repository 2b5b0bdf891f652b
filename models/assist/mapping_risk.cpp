#include "assist/mapping_risk.h"

#include "engine/coerce.h"
#include "transforms/transform.h"
#include "transforms/transform_chain.h"

#include <QJsonObject>
#include <limits>

namespace ferry {

namespace {

ValueFlow fromColumn(const ColumnInfo& c)
{
    ValueFlow f;
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

QString describeDecimal(int precision, int scale)
{
    return QStringLiteral("DECIMAL(%1,%2)").arg(precision).arg(scale);
}

bool isNumeric(ColumnType t)
{
    return t == ColumnType::Integer || t == ColumnType::Decimal || t == ColumnType::Double || t == ColumnType::Boolean;
}

void checkTextLength(qint64 sourceLength, const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
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

void checkIntegerRange(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
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

QString noNumber()
{
    return MappingRisk::tr("Dates, times and binary values cannot be written into a number column.");
}

void checkFraction(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    if (f.scale > target.scale)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Fractional seconds beyond %1 digits are rejected (%2 keeps %3).")
                                          .arg(target.scale)
                                          .arg(f.label)
                                          .arg(f.scale));
}

void fitText(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    if (f.type == ColumnType::Binary)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Binary values are written as hexadecimal text."));
    checkTextLength(f.textLength(), f, target, notes);
    if (f.type == ColumnType::Text && f.supplementary && !target.supportsSupplementary)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Column %1 cannot store 4-byte characters such as emoji; "
                                                      "values containing them are rejected.")
                                          .arg(target.name));
}

void fitInteger(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    const ColumnType s = f.type;
    if (s == ColumnType::Text) {
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Text that is not a whole number is rejected."));
    } else if (s == ColumnType::Integer || s == ColumnType::Boolean) {
        checkIntegerRange(f, target, notes);
    } else if (s == ColumnType::Decimal) {
        if (f.scale > 0 || f.precision == 0)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Values with a fraction are rejected."));
        qint64 min = 0, max = 0;
        integerRange(target, &min, &max);
        if (f.precision == 0 || f.precision - f.scale > ValueFlow::digitsOf(max) - 1)
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Values outside %1 to %2 are rejected.").arg(min).arg(max));
    } else if (s == ColumnType::Double) {
        notes.add(RiskLevel::MayLose,
                  MappingRisk::tr("Floating-point values with a fraction or out of range are rejected."));
    } else {
        notes.add(RiskLevel::WillFail, noNumber());
    }
}

void fitDecimalFromDecimal(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    if (target.precision > 0) {
        if (f.precision == 0) {
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Values that do not fit %1 are rejected (the "
                                                          "precision of %2 is not known).")
                                              .arg(describeDecimal(target.precision, target.scale), f.label));
        } else {
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
}

void fitDecimal(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    const ColumnType s = f.type;
    if (s == ColumnType::Text) {
        notes.add(RiskLevel::MayLose,
                  target.precision > 0 ? MappingRisk::tr("Text that is not a number, or does not fit %1, is rejected.")
                                             .arg(describeDecimal(target.precision, target.scale))
                                       : MappingRisk::tr("Text that is not a number is rejected."));
    } else if (s == ColumnType::Integer || s == ColumnType::Boolean) {
        const int digits = std::max(ValueFlow::digitsOf(f.intMin), ValueFlow::digitsOf(f.intMax));
        checkIntegerDigits(digits, target, notes);
        checkExactDigits(digits, target, notes);
    } else if (s == ColumnType::Decimal) {
        fitDecimalFromDecimal(f, target, notes);
    } else if (s == ColumnType::Double) {
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Floating-point values that do not fit the column exactly "
                                                      "are rejected."));
    } else {
        notes.add(RiskLevel::WillFail, noNumber());
    }
}

void fitDouble(const ValueFlow& f, RiskNotes& notes)
{
    const ColumnType s = f.type;
    if (s == ColumnType::Text)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Text that is not a number is rejected."));
    else if (s == ColumnType::Integer && (f.intMin < -9007199254740992LL || f.intMax > 9007199254740992LL))
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Whole numbers beyond ±9007199254740992 cannot be stored "
                                                      "exactly in a floating-point column and are rejected."));
    else if (s == ColumnType::Decimal && (f.precision == 0 || f.precision > 15))
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Decimals with more than 15 significant digits cannot be "
                                                      "stored exactly in a floating-point column and are rejected."));
    else if (!isNumeric(s))
        notes.add(RiskLevel::WillFail, noNumber());
}

void fitBoolean(const ValueFlow& f, RiskNotes& notes)
{
    const ColumnType s = f.type;
    if (s == ColumnType::Text) {
        notes.add(RiskLevel::MayLose,
                  MappingRisk::tr("Text other than yes/no values (true, false, yes, no, 1, 0 …) is rejected."));
    } else if (s == ColumnType::Integer || s == ColumnType::Decimal || s == ColumnType::Double) {
        if (!(s == ColumnType::Integer && f.intMin >= 0 && f.intMax <= 1))
            notes.add(RiskLevel::MayLose, MappingRisk::tr("Numbers other than 0 and 1 are rejected."));
    } else if (s != ColumnType::Boolean) {
        notes.add(RiskLevel::WillFail, MappingRisk::tr("Dates, times and binary values cannot be written into a "
                                                       "yes/no column."));
    }
}

void fitDate(const ValueFlow& f, RiskNotes& notes)
{
    const ColumnType s = f.type;
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
}

void fitTimestamp(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    const ColumnType s = f.type;
    if (s == ColumnType::Text)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Text not written as yyyy-MM-dd HH:mm:ss is rejected; add a "
                                                      "\"Parse timestamp\" transform for other layouts."));
    else if (s == ColumnType::Timestamp)
        checkFraction(f, target, notes);
    else if (s == ColumnType::Time)
        notes.add(RiskLevel::WillFail, MappingRisk::tr("A time of day has no date."));
    else if (s != ColumnType::Date)
        notes.add(RiskLevel::WillFail, MappingRisk::tr("Numbers and binary values cannot be written into a "
                                                       "timestamp column; add a \"Parse timestamp\" transform."));
}

void fitTime(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    if (f.type == ColumnType::Text)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Text not written as HH:mm:ss is rejected."));
    else if (f.type == ColumnType::Time)
        checkFraction(f, target, notes);
    else
        notes.add(RiskLevel::WillFail, MappingRisk::tr("Only times of day can be written into a time column."));
}

void fitBinary(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
{
    if (target.length <= 0)
        return;
    const qint64 bytes = f.type == ColumnType::Binary ? f.length : 0;
    if (bytes == 0 || bytes > target.length)
        notes.add(RiskLevel::MayLose, MappingRisk::tr("Values longer than %1 bytes are rejected.").arg(target.length));
}

// The last flow into the target column: NULLs first, then the column's type.
void fit(const ValueFlow& f, const ColumnInfo& target, RiskNotes& notes)
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
    switch (target.type) {
    case ColumnType::Text:
        return fitText(f, target, notes);
    case ColumnType::Integer:
        return fitInteger(f, target, notes);
    case ColumnType::Decimal:
        return fitDecimal(f, target, notes);
    case ColumnType::Double:
        return fitDouble(f, notes);
    case ColumnType::Boolean:
        return fitBoolean(f, notes);
    case ColumnType::Date:
        return fitDate(f, notes);
    case ColumnType::Timestamp:
        return fitTimestamp(f, target, notes);
    case ColumnType::Time:
        return fitTime(f, target, notes);
    case ColumnType::Binary:
        return fitBinary(f, target, notes);
    case ColumnType::Unknown:
        break;
    }
}

RiskAssessment assessment(const RiskNotes& notes)
{
    return RiskAssessment{notes.level(), notes.reasons()};
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
        return assessment(notes);
    }

    // A constant without lookups is one known value: judge it exactly as the engine will.
    if (field.constant && chain->lookups().isEmpty()) {
        const auto applied = chain->apply({}, nullptr);
        if (const auto* failure = std::get_if<TransformFailure>(&applied)) {
            notes.add(RiskLevel::WillFail, failure->reason);
            return assessment(notes);
        }
        const CoerceResult coerced = coerce(std::get<Value>(applied), target);
        if (const auto* failure = std::get_if<CoerceFailure>(&coerced))
            notes.add(RiskLevel::WillFail, failure->reason);
        else
            notes.add(RiskLevel::Exact, tr("Every row gets the same value, which fits column %1.").arg(target.name));
        return assessment(notes);
    }

    QList<ValueFlow> flows;
    if (!field.constant) {
        for (qsizetype i = 0; i < field.sources.size(); ++i) {
            const std::optional<ColumnInfo> column = i < sources.size() ? sources[i] : std::nullopt;
            if (column) {
                flows << fromColumn(*column);
            } else {
                ValueFlow unknown;
                unknown.label = field.sources[i];
                unknown.known = false;
                flows << unknown;
                notes.add(RiskLevel::MayLose, tr("The type of %1 is not known yet; each value is checked when the run "
                                                 "starts.")
                                                  .arg(field.sources[i]));
            }
        }
    }
    // Each step says what it makes of the flowing values (the chain compiled, so every type is known).
    for (const TransformSpec& spec : specs) {
        if (const transforms::Transform* transform = transforms::findTransform(spec.type))
            transform->trace(flows, spec.params, notes);
    }
    if (flows.size() == 1)
        fit(flows.first(), target, notes);
    if (notes.reasons().isEmpty())
        notes.add(RiskLevel::Exact, tr("Every value fits column %1 exactly.").arg(target.name));
    return assessment(notes);
}

} // namespace ferry
