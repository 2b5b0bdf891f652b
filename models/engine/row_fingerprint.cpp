#include "row_fingerprint.h"

#include "engine/verify_compare.h"

#include <QCryptographicHash>

namespace ferry {

namespace {
// A digest, not the forms themselves: a batch keeps one per matched row.
template <typename ValueAt> QByteArray fingerprint(const TablePlan& plan, ValueAt valueAt)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    int nonKey = 0;
    for (int f = 0; f < plan.fields.size(); ++f) {
        if (plan.keyFields.contains(f))
            continue;
        const QByteArray form = verify::comparable(valueAt(f, nonKey++), plan.fields[f].target);
        // Length-prefixed, so ("ab", "c") and ("a", "bc") differ.
        const qint64 n = form.size();
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&n), sizeof n));
        hash.addData(form);
    }
    return hash.result();
}
} // namespace

QByteArray incomingFingerprint(const TablePlan& plan, const Row& values)
{
    return fingerprint(plan, [&](int field, int) -> const Value& { return values[field]; });
}

QByteArray storedFingerprint(const TablePlan& plan, const Row& row, int offset)
{
    return fingerprint(plan, [&](int, int nonKey) -> const Value& { return row[offset + nonKey]; });
}

} // namespace ferry
