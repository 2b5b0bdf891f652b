#include "duplicate_rules.h"

#include "demo_data.h"

#include <QHash>
#include <QStringList>
#include <map>

namespace ferry::demo {

namespace {

// Letters and digits folded for case and accents; white space, '-', '_' and '/' separate words, other
// punctuation goes ("O'Brien" → "obrien").
QStringList foldedWords(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out += (c == QChar(0x00DF) || c == QChar(0x1E9E)) ? QStringLiteral("ss") : QString(c.toCaseFolded());
        else if (c.isSpace() || c == u'-' || c == u'_' || c == u'/')
            out += u' ';
    }
    return out.split(u' ', Qt::SkipEmptyParts);
}

// "Dr. Jane Doe", "DOE, Jane" and "  jane   doe " are one name: the project splits names into first and
// last (dropping English honorifics) and the rule compares them in any word order.
QString nameKey(const QString& fullName)
{
    static const QStringList honorifics = {QStringLiteral("mr"),   QStringLiteral("mrs"), QStringLiteral("ms"),
                                           QStringLiteral("miss"), QStringLiteral("mx"),  QStringLiteral("dr"),
                                           QStringLiteral("prof")};
    QString name = fullName;
    if (const qsizetype comma = name.indexOf(u','); comma >= 0)
        name = name.mid(comma + 1) + u' ' + name.left(comma);
    QStringList kept;
    for (QString word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (word.endsWith(u'.'))
            word.chop(1);
        if (!honorifics.contains(word, Qt::CaseInsensitive))
            kept << word;
    }
    QStringList words = foldedWords(kept.join(u' '));
    words.sort();
    return words.join(u' ');
}

} // namespace

DuplicatesFound findDuplicateContacts(const std::vector<Contact>& contacts, const std::set<qint64>& written)
{
    // Union-find over the written rows: a match by either rule joins two groups.
    std::map<qint64, qint64> parent;
    auto root = [&](qint64 id) {
        while (parent[id] != id)
            id = parent[id];
        return id;
    };
    QHash<QString, qint64> firstWithKey;
    auto link = [&](const QString& key, qint64 id) {
        const auto it = firstWithKey.constFind(key);
        if (it == firstWithKey.constEnd())
            firstWithKey.insert(key, id);
        else
            parent[root(id)] = root(*it);
    };
    for (const Contact& k : contacts) {
        if (!written.count(k.id))
            continue;
        parent[k.id] = k.id;
        if (k.email && !k.email->trimmed().isEmpty())
            link(QStringLiteral("e-mail:") + k.email->trimmed().toLower(), k.id);
        link(QStringLiteral("name:%1:").arg(k.acctId) + nameKey(k.fullName), k.id);
    }
    std::map<qint64, int> groupSize;
    for (const auto& [id, unused] : parent)
        ++groupSize[root(id)];
    DuplicatesFound found;
    for (const auto& [group, size] : groupSize)
        if (size > 1) {
            ++found.clusters;
            found.rows += size;
        }
    return found;
}

} // namespace ferry::demo
