#pragma once
// docs/fidelity.md's outcome tables, generated from the fidelity matrix's own data (columns.txt, the
// fixtures <family>.sql and expected.txt), so the document says exactly what tst_hostile_values holds
// Ferry to on the real servers, and cannot drift from it.
#include <QString>

namespace ferry::test {

// The Markdown between docs/fidelity.md's "<!-- matrix:begin -->" and "<!-- matrix:end -->" markers.
QString fidelityMatrixMarkdown();

} // namespace ferry::test
