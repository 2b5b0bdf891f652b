#include "connection_profile.h"

namespace ferry {

bool loginNeedsPassword(const ConnectionProfile& p)
{
    if (p.kind != ConnectionProfile::Kind::Odbc || p.user.isEmpty())
        return false;
    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
        if (it.key().compare(QLatin1String("PWD"), Qt::CaseInsensitive) == 0 ||
            it.key().compare(QLatin1String("Password"), Qt::CaseInsensitive) == 0)
            return false;
    return true;
}

} // namespace ferry
