#pragma once
// What the values of a field mapping look like at one point of its transform chain, judged from the
// schemas alone (no rows read), and the risks noted on the way. Each transform says what it does to
// the flowing values (Transform::trace); assist/mapping_risk starts the flows at the source columns
// and fits the last one into the target column.
#include "db/schema.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <limits>

namespace ferry {

enum class RiskLevel { Exact, MayLose, WillFail };

// The findings of one assessment, one translated sentence each; the worst level wins.
class RiskNotes {
public:
    void add(RiskLevel level, const QString& reason)
    {
        level_ = std::max(level_, level);
        reasons_ << reason;
    }
    RiskLevel level() const { return level_; }
    const QStringList& reasons() const { return reasons_; }

private:
    RiskLevel level_ = RiskLevel::Exact;
    QStringList reasons_;
};

struct ValueFlow {
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

    // Longest text form of the values (what text transforms and text columns see); 0 = unbounded.
    qint64 textLength() const;
    // The same values read as text, as every text transform does; an unknown flow stays unknown.
    ValueFlow asText() const;

    // The value written by "constant", "default" or "map".
    static ValueFlow ofJson(const QJsonValue& v);
    // Several possible values (a map's results): one flow that covers them all.
    static ValueFlow unite(const QList<ValueFlow>& flows);
    // Decimal digits of a whole number, without its sign.
    static int digitsOf(qint64 v);
};

} // namespace ferry
