#pragma once
// What the sample says about a mapping, added to what the types say: the check column must not call a
// column "May lose data" while every sample value it shows is rejected.
#include "assist/mapping_risk.h"
#include "items/transform_preview.h"

namespace ferry {

// All judged sample values rejected: WillFail; some: at least MayLose. Rows decided only at run time
// (lookups) or without a value are not judged. The reason names the count and the first rejection.
void addSampleEvidence(RiskAssessment& risk, const QList<PreviewRow>& rows);

} // namespace ferry
