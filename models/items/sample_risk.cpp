#include "items/sample_risk.h"

#include <QCoreApplication>
#include <algorithm>

namespace ferry {

void addSampleEvidence(RiskAssessment& risk, const QList<PreviewRow>& rows)
{
    int judged = 0;
    int rejected = 0;
    QString first;
    for (const PreviewRow& r : rows) {
        if (r.state != PreviewRow::State::Ok && r.state != PreviewRow::State::Rejected)
            continue;
        ++judged;
        if (r.state == PreviewRow::State::Rejected) {
            ++rejected;
            if (first.isEmpty())
                first = r.after;
        }
    }
    if (rejected == 0)
        return;
    const RiskLevel level = rejected == judged ? RiskLevel::WillFail : RiskLevel::MayLose;
    risk.level = std::max(risk.level, level);
    risk.reasons << QCoreApplication::translate("ferry::MappingRisk", "%1 of %n sample values would be rejected (%2).",
                                                nullptr, judged)
                        .arg(rejected)
                        .arg(first);
}

} // namespace ferry
