#include "value_flow.h"

#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace ferry {

int ValueFlow::digitsOf(qint64 v)
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

qint64 ValueFlow::textLength() const
{
    switch (type) {
    case ColumnType::Text:
        return length;
    case ColumnType::Integer:
        return std::max(digitsOf(intMin) + (intMin < 0 ? 1 : 0), digitsOf(intMax));
    case ColumnType::Decimal:
        return precision > 0 ? precision + 2 : 0;
    case ColumnType::Double:
        return 24;
    case ColumnType::Boolean:
        return 5;
    case ColumnType::Date:
        return 10;
    case ColumnType::Time:
        return scale > 0 ? 9 + scale : 15;
    case ColumnType::Timestamp:
        return scale > 0 ? 20 + scale : 26;
    case ColumnType::Binary:
        return length > 0 ? 2 * length : 0;
    case ColumnType::Unknown:
        break;
    }
    return 0;
}

ValueFlow ValueFlow::asText() const
{
    ValueFlow f = *this;
    if (!f.known)
        return f; // still unknown: a text transform of unknown input has unknown length
    f.length = textLength();
    f.type = ColumnType::Text;
    return f;
}

ValueFlow ValueFlow::ofJson(const QJsonValue& v)
{
    ValueFlow f;
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

ValueFlow ValueFlow::unite(const QList<ValueFlow>& flows)
{
    ValueFlow u;
    u.nullable = false;
    bool first = true;
    bool allNull = true;
    for (const ValueFlow& f : flows) {
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

} // namespace ferry
