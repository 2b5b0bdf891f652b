#include "db_message.h"

#include <QRegularExpression>

namespace ferry {

DbRejectReason explainDatabaseError(const QString& message)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:Inserting into|Updating) .*?(?:\\(row \\d+ of the batch\\))?: "));
    static const QRegularExpression executing(QStringLiteral(";?\\s*Error while executing the query\\s*$"));
    static const QRegularExpression driverTag(QStringLiteral("^(?:\\[[^\\]]*\\])+\\s*"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression columnPatterns[] = {
        QRegularExpression(QStringLiteral("Key \\(([^),]+)[^)]*\\)=")),             // PostgreSQL unique/FK
        QRegularExpression(QStringLiteral("(?:in|for) column \"([^\"]+)\"")),       // PostgreSQL not-null, length
        QRegularExpression(QStringLiteral("(?:for|in) column '([^']+)'")),          // MariaDB data errors
        QRegularExpression(QStringLiteral("for column (?:`[^`]*`\\.)*`([^`]+)`")),  // MariaDB typed values
        QRegularExpression(QStringLiteral("Column '([^']+)'")),                     // MariaDB not-null
        QRegularExpression(QStringLiteral("for key '(?:[^'.]+\\.)?([^']+)'")),      // MariaDB unique key name
        QRegularExpression(QStringLiteral("constraint failed: [^.\\s]+\\.(\\w+)")), // SQLite
    };

    QString text = message;
    text.remove(prefix);
    text.remove(executing);
    text.remove(driverTag);
    text.replace(space, QStringLiteral(" "));
    text = text.trimmed();
    if (text.startsWith(QLatin1String("ERROR: ")))
        text = text.mid(7);

    DbRejectReason out{text, {}};
    for (const QRegularExpression& re : columnPatterns) {
        const QRegularExpressionMatch m = re.match(text);
        if (m.hasMatch()) {
            out.column = m.captured(1);
            break;
        }
    }
    return out;
}

QString quotedInputValue(const QString& reason)
{
    static const QRegularExpression re(
        QStringLiteral("^invalid input (?:syntax for type|value for enum) [^:]+: \"(.*)\"$"));
    const QRegularExpressionMatch m = re.match(reason);
    if (reason.startsWith(QLatin1String("invalid XML")))
        return QStringLiteral("xml"); // the value's type: PostgreSQL quotes the parser's complaint instead
    return m.hasMatch() ? m.captured(1) : QString();
}

QString violatedCheck(const QString& reason)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("violates check constraint \"([^\"]+)\"")),
        QRegularExpression(QStringLiteral("CONSTRAINT `(?:[^`.]+\\.)?([^`]+)` failed for")),
        QRegularExpression(QStringLiteral("CHECK constraint failed: (.*?)(?: \\(\\d+\\))?$")),
    };
    for (const QRegularExpression& re : patterns) {
        const QRegularExpressionMatch m = re.match(reason);
        if (m.hasMatch())
            return m.captured(1).trimmed();
    }
    return {};
}

} // namespace ferry
