#include "findings.h"

namespace ferry {

QString riskName(Risk r)
{
    switch (r) {
    case Risk::Exact:
        return QStringLiteral("exact");
    case Risk::MayLose:
        return QStringLiteral("may-lose");
    case Risk::WillFail:
        break;
    }
    return QStringLiteral("will-fail");
}

QString mismatchKindName(MismatchKind k)
{
    switch (k) {
    case MismatchKind::Truncation:
        return QStringLiteral("truncation");
    case MismatchKind::Rounding:
        return QStringLiteral("rounding");
    case MismatchKind::Encoding:
        return QStringLiteral("encoding");
    case MismatchKind::TimeZone:
        return QStringLiteral("time-zone");
    case MismatchKind::Range:
        return QStringLiteral("range");
    case MismatchKind::Conversion:
        return QStringLiteral("conversion");
    case MismatchKind::MappedToDefault:
        return QStringLiteral("mapped-to-default");
    case MismatchKind::NullRequired:
        break;
    }
    return QStringLiteral("null-required");
}

QString preflightKindName(PreflightFinding::Kind k)
{
    switch (k) {
    case PreflightFinding::Kind::RequiredUnmapped:
        return QStringLiteral("required-unmapped");
    case PreflightFinding::Kind::UniqueWithinLoad:
        return QStringLiteral("unique-within-load");
    case PreflightFinding::Kind::UniqueAgainstTarget:
        return QStringLiteral("unique-against-target");
    case PreflightFinding::Kind::MissingParent:
        return QStringLiteral("missing-parent");
    case PreflightFinding::Kind::CheckConstraint:
        break;
    }
    return QStringLiteral("check-constraint");
}

} // namespace ferry
