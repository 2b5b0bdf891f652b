#pragma once
// One spelling per number, for comparing decimals that databases print differently ("1.50", "+1.5",
// "001.5"): no sign for zero, no '+', no leading zeros, no trailing fraction zeros. Written apart from
// Ferry's own decimal handling so a test's oracle never borrows the code under test.
#include <QByteArray>

inline QByteArray testCanonicalDecimal(QByteArray s)
{
    const bool negative = s.startsWith('-');
    if (negative || s.startsWith('+'))
        s.remove(0, 1);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    while (s.size() > 1 && s.startsWith('0') && s[1] != '.')
        s.remove(0, 1);
    if (s == "0" || s.isEmpty())
        return "0";
    return negative ? '-' + s : s;
}
