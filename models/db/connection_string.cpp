#include "connection_string.h"

#include <QFileInfo>

namespace ferry {

QList<QPair<QString, QString>> splitConnectionString(const QString& s)
{
    QList<QPair<QString, QString>> out;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype eq = s.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            break;
        const QString key = s.mid(i, eq - i).trimmed();
        QString value;
        i = eq + 1;
        if (i < s.size() && s[i] == QLatin1Char('{')) {
            ++i;
            while (i < s.size()) {
                if (s[i] == QLatin1Char('}')) {
                    if (i + 1 < s.size() && s[i + 1] == QLatin1Char('}')) {
                        value += QLatin1Char('}');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += s[i++];
            }
            while (i < s.size() && s[i] != QLatin1Char(';'))
                ++i;
        } else {
            const qsizetype semi = s.indexOf(QLatin1Char(';'), i);
            value = s.mid(i, semi < 0 ? -1 : semi - i).trimmed();
            i = semi < 0 ? s.size() : semi;
        }
        if (i < s.size() && s[i] == QLatin1Char(';'))
            ++i;
        if (!key.isEmpty())
            out << qMakePair(key, value);
    }
    return out;
}

ParsedConnection parseConnectionArgument(const QString& arg)
{
    ParsedConnection p;
    if (arg.startsWith(QLatin1String("dsn:"), Qt::CaseInsensitive)) {
        p.profile.kind = ConnectionProfile::Kind::Odbc;
        p.profile.dsn = arg.mid(4);
        return p;
    }
    if (!arg.contains(QLatin1Char('='))) {
        p.profile.kind = ConnectionProfile::Kind::Sqlite;
        p.profile.file = QFileInfo(arg).absoluteFilePath();
        return p;
    }
    p.profile.kind = ConnectionProfile::Kind::Odbc;
    for (const auto& [key, value] : splitConnectionString(arg)) {
        const QString k = key.toLower();
        if (k == QLatin1String("driver"))
            p.profile.driver = value;
        else if (k == QLatin1String("dsn"))
            p.profile.dsn = value;
        else if (k == QLatin1String("server") || k == QLatin1String("host") || k == QLatin1String("servername"))
            p.profile.host = value;
        else if (k == QLatin1String("port"))
            p.profile.port = value.toInt();
        else if (k == QLatin1String("database") || k == QLatin1String("db"))
            p.profile.database = value;
        else if (k == QLatin1String("uid") || k == QLatin1String("user") || k == QLatin1String("username"))
            p.profile.user = value;
        else if (k == QLatin1String("pwd") || k == QLatin1String("password"))
            p.password = value;
        else
            p.profile.options.insert(key, value);
    }
    return p;
}

} // namespace ferry
