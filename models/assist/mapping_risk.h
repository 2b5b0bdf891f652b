#pragma once
// How safely one field mapping carries values into its target column, judged from the schemas alone
// (no rows read): green when every value fits exactly, yellow when some rows may be rejected or need
// care, red when the mapping cannot work. Pure functions, so the mapping page and the tests agree.
#include "db/schema.h"
#include "project/project.h"
#include "transforms/value_flow.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace ferry {

struct RiskAssessment {
    RiskLevel level = RiskLevel::Exact;
    QStringList reasons; // translated, one sentence each; empty only for an exact fit that needs no comment
    QString reason() const { return reasons.join(QLatin1Char('\n')); }
};

class MappingRisk {
    Q_DECLARE_TR_FUNCTIONS(ferry::MappingRisk)
public:
    // One source column (std::nullopt: its type is not known, e.g. a query not yet probed) through
    // `transforms` into `target`.
    static RiskAssessment assess(const std::optional<ColumnInfo>& source, const QList<TransformSpec>& transforms,
                                 const ColumnInfo& target);

    // A whole field: several sources, a constant, or none. `sources` holds the field's source columns
    // in order; an entry is std::nullopt when that column's type is not known. The chain is validated
    // with TransformChain::compile, so a chain the engine would refuse is WillFail with its message.
    static RiskAssessment assessField(const FieldMapping& field, const QList<std::optional<ColumnInfo>>& sources,
                                      const ColumnInfo& target);

    // A target column nothing is mapped to: WillFail when it is required, else Exact.
    static RiskAssessment assessUnmapped(const ColumnInfo& target);

    // NOT NULL, no default, not generated: a run is refused while it is unmapped (as engine/plan.cpp says).
    static bool isRequired(const ColumnInfo& target);

    static QString levelName(RiskLevel level); // translated: "Exact", "May lose data", "Will fail"
};

} // namespace ferry
