#pragma once
// The problems a plan build reports, as "path: message" lines (none when the plan was built).
#include "engine/plan.h"

#include <QStringList>

namespace ferry::test {

inline QStringList errorsOf(const std::variant<Plan, QList<PlanError>>& built)
{
    QStringList out;
    if (const auto* errors = std::get_if<QList<PlanError>>(&built))
        for (const PlanError& e : *errors)
            out << e.toString();
    return out;
}

} // namespace ferry::test
