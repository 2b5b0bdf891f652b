#include "password_variables.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ferry {

QString proposedPasswordVariable(const QString& projectName, Side side)
{
    static const QRegularExpression other(QStringLiteral("[^A-Z0-9]+"));
    QString name = projectName.toUpper().replace(other, QStringLiteral("_"));
    name = name.mid(name.startsWith(QLatin1Char('_')) ? 1 : 0);
    if (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    const QString sideName = side == Side::Source ? QStringLiteral("SOURCE") : QStringLiteral("TARGET");
    return name.isEmpty() ? QStringLiteral("FERRY_%1_PASSWORD").arg(sideName)
                          : QStringLiteral("FERRY_%1_%2_PASSWORD").arg(name, sideName);
}

QStringList proposePasswordVariables(ProjectDocument& document)
{
    QStringList lines;
    for (Side side : {Side::Source, Side::Target}) {
        ConnectionProfile p = document.profile(side);
        if (!p.passwordEnv.isEmpty() || !loginNeedsPassword(p))
            continue;
        p.passwordEnv = proposedPasswordVariable(document.project().name, side);
        document.setProfile(side, p);
        lines << QCoreApplication::translate("ferry::PasswordVariables", "%1: %2")
                     .arg(side == Side::Source ? QCoreApplication::translate("ferry::PasswordVariables", "source")
                                               : QCoreApplication::translate("ferry::PasswordVariables", "target"),
                          p.passwordEnv);
    }
    return lines;
}

} // namespace ferry
