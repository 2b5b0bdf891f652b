#include "assist/auto_mapper.h"

#include <QHash>
#include <QJsonObject>
#include <algorithm>

namespace ferry {

namespace {

// Whole-name synonyms, written compact (words joined without separators). The first entry of each
// group is its canonical name.
const QHash<QString, QString>& synonymGroups()
{
    static const QHash<QString, QString> groups = [] {
        const QList<QStringList> lists = {
            {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("emailaddr"),
             QStringLiteral("mail"), QStringLiteral("mailaddress")},
            {QStringLiteral("firstname"), QStringLiteral("fname"), QStringLiteral("first"), QStringLiteral("givenname"),
             QStringLiteral("forename"), QStringLiteral("firstnm")},
            {QStringLiteral("lastname"), QStringLiteral("lname"), QStringLiteral("last"), QStringLiteral("surname"),
             QStringLiteral("familyname"), QStringLiteral("lastnm")},
            {QStringLiteral("fullname"), QStringLiteral("contactname"), QStringLiteral("displayname"),
             QStringLiteral("personname")},
            {QStringLiteral("phone"), QStringLiteral("tel"), QStringLiteral("telephone"), QStringLiteral("phoneno"),
             QStringLiteral("phonenumber"), QStringLiteral("phonenum"), QStringLiteral("telno"),
             QStringLiteral("telephonenumber"), QStringLiteral("phonenbr")},
            {QStringLiteral("mobile"), QStringLiteral("cell"), QStringLiteral("cellphone"),
             QStringLiteral("mobilephone"), QStringLiteral("mobileno"), QStringLiteral("mobilenumber")},
            {QStringLiteral("fax"), QStringLiteral("faxno"), QStringLiteral("faxnumber")},
            {QStringLiteral("postalcode"), QStringLiteral("zip"), QStringLiteral("zipcode"), QStringLiteral("postcode"),
             QStringLiteral("postal"), QStringLiteral("plz")},
            {QStringLiteral("companyname"), QStringLiteral("company"), QStringLiteral("accountname"),
             QStringLiteral("organization"), QStringLiteral("organisation"), QStringLiteral("organizationname"),
             QStringLiteral("organisationname"), QStringLiteral("orgname"), QStringLiteral("customername"),
             QStringLiteral("firm")},
            {QStringLiteral("createdat"), QStringLiteral("created"), QStringLiteral("createdon"),
             QStringLiteral("createdate"), QStringLiteral("creationdate"), QStringLiteral("datecreated"),
             QStringLiteral("createddate"), QStringLiteral("createtime"), QStringLiteral("createdtime"),
             QStringLiteral("creationtime"), QStringLiteral("createdts")},
            {QStringLiteral("updatedat"), QStringLiteral("updated"), QStringLiteral("updatedon"),
             QStringLiteral("modified"), QStringLiteral("modifiedat"), QStringLiteral("modifiedon"),
             QStringLiteral("lastmodified"), QStringLiteral("modifieddate"), QStringLiteral("updatedate"),
             QStringLiteral("datemodified"), QStringLiteral("changed"), QStringLiteral("changedat")},
            {QStringLiteral("jobtitle"), QStringLiteral("title"), QStringLiteral("position"), QStringLiteral("job"),
             QStringLiteral("jobposition")},
            {QStringLiteral("address"), QStringLiteral("addr"), QStringLiteral("street"),
             QStringLiteral("streetaddress"), QStringLiteral("address1"), QStringLiteral("addressline1"),
             QStringLiteral("addr1")},
            {QStringLiteral("city"), QStringLiteral("town"), QStringLiteral("locality")},
            {QStringLiteral("state"), QStringLiteral("province"), QStringLiteral("stateprovince")},
            {QStringLiteral("country"), QStringLiteral("countrycode"), QStringLiteral("ctry"), QStringLiteral("nation"),
             QStringLiteral("countrycd")},
            {QStringLiteral("website"), QStringLiteral("web"), QStringLiteral("url"), QStringLiteral("homepage"),
             QStringLiteral("www"), QStringLiteral("websiteurl")},
            {QStringLiteral("industry"), QStringLiteral("industrycd"), QStringLiteral("industrycode"),
             QStringLiteral("sector")},
            {QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("comments"), QStringLiteral("comment"),
             QStringLiteral("remarks")},
            {QStringLiteral("description"), QStringLiteral("desc"), QStringLiteral("descr")},
            {QStringLiteral("status"), QStringLiteral("stat"), QStringLiteral("statuscd"),
             QStringLiteral("statuscode")},
            {QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("typecd"), QStringLiteral("typecode")},
            {QStringLiteral("dueon"), QStringLiteral("due"), QStringLiteral("duedate"), QStringLiteral("dueat"),
             QStringLiteral("deadline")},
            {QStringLiteral("completed"), QStringLiteral("done"), QStringLiteral("isdone"),
             QStringLiteral("iscompleted"), QStringLiteral("complete"), QStringLiteral("finished")},
            {QStringLiteral("amount"), QStringLiteral("amt"), QStringLiteral("total")},
            {QStringLiteral("birthdate"), QStringLiteral("dob"), QStringLiteral("dateofbirth"),
             QStringLiteral("birthday")},
            {QStringLiteral("gender"), QStringLiteral("sex")},
        };
        QHash<QString, QString> out;
        for (const QStringList& group : lists)
            for (const QString& name : group)
                out.insert(name, group.first());
        return out;
    }();
    return groups;
}

// Abbreviations expanded word by word, so acct_id and account_id read the same.
const QHash<QString, QString>& wordSynonyms()
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("acct"), QStringLiteral("account")},
        {QStringLiteral("acc"), QStringLiteral("account")},
        {QStringLiteral("cont"), QStringLiteral("contact")},
        {QStringLiteral("ctc"), QStringLiteral("contact")},
        {QStringLiteral("act"), QStringLiteral("activity")},
        {QStringLiteral("addr"), QStringLiteral("address")},
        {QStringLiteral("amt"), QStringLiteral("amount")},
        {QStringLiteral("no"), QStringLiteral("number")},
        {QStringLiteral("num"), QStringLiteral("number")},
        {QStringLiteral("nbr"), QStringLiteral("number")},
        {QStringLiteral("nr"), QStringLiteral("number")},
        {QStringLiteral("tel"), QStringLiteral("phone")},
        {QStringLiteral("ph"), QStringLiteral("phone")},
        {QStringLiteral("dt"), QStringLiteral("date")},
        {QStringLiteral("cd"), QStringLiteral("code")},
        {QStringLiteral("desc"), QStringLiteral("description")},
        {QStringLiteral("qty"), QStringLiteral("quantity")},
        {QStringLiteral("org"), QStringLiteral("organization")},
        {QStringLiteral("organisation"), QStringLiteral("organization")},
        {QStringLiteral("cust"), QStringLiteral("customer")},
        {QStringLiteral("emp"), QStringLiteral("employee")},
        {QStringLiteral("dept"), QStringLiteral("department")},
        {QStringLiteral("mgr"), QStringLiteral("manager")},
        {QStringLiteral("ts"), QStringLiteral("timestamp")},
        {QStringLiteral("nm"), QStringLiteral("name")},
        {QStringLiteral("usr"), QStringLiteral("user")},
        {QStringLiteral("comp"), QStringLiteral("company")},
        {QStringLiteral("co"), QStringLiteral("company")},
        {QStringLiteral("ref"), QStringLiteral("reference")},
        {QStringLiteral("ident"), QStringLiteral("id")},
        {QStringLiteral("identifier"), QStringLiteral("id")},
    };
    return words;
}

// Names a target uses for "the key this row had in the old system".
bool isLegacyKeyName(const QString& compact)
{
    static const QStringList names = {QStringLiteral("legacyid"),   QStringLiteral("legacykey"),
                                      QStringLiteral("oldid"),      QStringLiteral("sourceid"),
                                      QStringLiteral("externalid"), QStringLiteral("extid"),
                                      QStringLiteral("originalid"), QStringLiteral("origid"),
                                      QStringLiteral("importid"),   QStringLiteral("migrationid")};
    return names.contains(compact);
}

QString compact(const QStringList& tokens)
{
    return tokens.join(QString());
}

QString singular(const QString& word)
{
    if (word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

// The synonym group of a column name, with generic names read in their table's context.
QString canonical(const QString& column, const QString& table)
{
    const QString name = compact(AutoMapper::nameTokens(column));
    if (name == QLatin1String("name") && !table.isEmpty()) {
        const QStringList tableWords = AutoMapper::nameTokens(table.section(QLatin1Char('.'), -1));
        const QString t = tableWords.isEmpty() ? QString() : singular(tableWords.last());
        static const QStringList organisations = {QStringLiteral("account"),      QStringLiteral("company"),
                                                  QStringLiteral("organization"), QStringLiteral("organisation"),
                                                  QStringLiteral("org"),          QStringLiteral("customer"),
                                                  QStringLiteral("client"),       QStringLiteral("firm")};
        static const QStringList people = {QStringLiteral("contact"), QStringLiteral("person"),
                                           QStringLiteral("people"),  QStringLiteral("lead"),
                                           QStringLiteral("user"),    QStringLiteral("employee")};
        if (organisations.contains(t))
            return QStringLiteral("companyname");
        if (people.contains(t))
            return QStringLiteral("fullname");
    }
    return synonymGroups().value(name);
}

QStringList expanded(const QStringList& tokens)
{
    QStringList out;
    for (const QString& t : tokens)
        out << wordSynonyms().value(t, t);
    return out;
}

// Dice coefficient of two word lists, 0–1.
double wordOverlap(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    QStringList rest = b;
    int common = 0;
    for (const QString& w : a) {
        const qsizetype i = rest.indexOf(w);
        if (i >= 0) {
            ++common;
            rest.removeAt(i);
        }
    }
    return 2.0 * common / double(a.size() + b.size());
}

enum class TypeKind { Text, Number, Boolean, Temporal, Time, Binary, Unknown };

TypeKind kindOf(ColumnType t)
{
    switch (t) {
    case ColumnType::Text:
        return TypeKind::Text;
    case ColumnType::Integer:
    case ColumnType::Decimal:
    case ColumnType::Double:
        return TypeKind::Number;
    case ColumnType::Boolean:
        return TypeKind::Boolean;
    case ColumnType::Date:
    case ColumnType::Timestamp:
        return TypeKind::Temporal;
    case ColumnType::Time:
        return TypeKind::Time;
    case ColumnType::Binary:
        return TypeKind::Binary;
    case ColumnType::Unknown:
        break;
    }
    return TypeKind::Unknown;
}

// Whether a source column holds the source table's single-column key and the target column is where
// a target keeps the old system's key.
bool keptAsLegacyKey(const TableInfo& source, const ColumnInfo& sourceColumn, const ColumnInfo& targetColumn)
{
    return source.primaryKey.size() == 1 &&
           sourceColumn.name.compare(source.primaryKey.first(), Qt::CaseInsensitive) == 0 &&
           isLegacyKeyName(compact(AutoMapper::nameTokens(targetColumn.name)));
}

// "first" or "last" where the target column takes that part of a full-name source column; else empty.
QString fullNamePart(const QString& sourceColumn, const QString& sourceTable, const QString& targetColumn,
                     const QString& targetTable)
{
    const bool fullName = canonical(sourceColumn, sourceTable) == QLatin1String("fullname") ||
                          compact(AutoMapper::nameTokens(sourceColumn)) == QLatin1String("name");
    if (!fullName)
        return {};
    const QString targetGroup = canonical(targetColumn, targetTable);
    if (targetGroup == QLatin1String("firstname"))
        return QStringLiteral("first");
    if (targetGroup == QLatin1String("lastname"))
        return QStringLiteral("last");
    return {};
}

} // namespace

QStringList AutoMapper::nameTokens(const QString& column)
{
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            tokens << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < column.size(); ++i) {
        const QChar c = column[i];
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar prev = column[i - 1];
            const bool camel = c.isUpper() && prev.isLower();
            // "HTTPServer": a capital followed by a small letter starts a word after a run of capitals.
            const bool acronymEnd = c.isUpper() && prev.isUpper() && i + 1 < column.size() && column[i + 1].isLower();
            const bool digitEdge = c.isDigit() != prev.isDigit();
            if (camel || acronymEnd || digitEdge)
                flush();
        }
        current += c;
    }
    flush();
    return tokens;
}

int AutoMapper::editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1), row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitute});
        }
        std::swap(previous, row);
    }
    return previous[b.size()];
}

int AutoMapper::nameSimilarity(const QString& source, const QString& target, const QString& sourceTable,
                               const QString& targetTable)
{
    const QStringList s = nameTokens(source), t = nameTokens(target);
    if (s.isEmpty() || t.isEmpty())
        return 0;
    if (s == t)
        return 100; // differs at most in case and punctuation
    const QString cs = compact(s), ct = compact(t);
    if (cs == ct)
        return 95; // e_mail / email, FirstName / first_name
    const QString gs = canonical(source, sourceTable), gt = canonical(target, targetTable);
    if (!gs.isEmpty() && gs == gt)
        return 90;
    const QStringList es = expanded(s), et = expanded(t);
    if (es == et)
        return 85; // acct_id / account_id
    const double words = wordOverlap(es, et);
    const QString xs = compact(es), xt = compact(et);
    const double letters = 1.0 - double(editDistance(xs, xt)) / double(std::max(xs.size(), xt.size()));
    return int(std::lround(80.0 * std::max(words, letters)));
}

int AutoMapper::typeCompatibility(const ColumnInfo& source, const ColumnInfo& target)
{
    const TypeKind s = kindOf(source.type), t = kindOf(target.type);
    if (s == TypeKind::Unknown || t == TypeKind::Unknown)
        return 90;
    if (source.type == target.type)
        return 100;
    if (s == t)
        return 95; // integer into decimal, date into timestamp
    if (s == TypeKind::Text || t == TypeKind::Text)
        return 90; // text is parsed (or written) at run time
    if ((s == TypeKind::Number && t == TypeKind::Boolean) || (s == TypeKind::Boolean && t == TypeKind::Number))
        return 85;
    return 50;
}

QList<MappingSuggestion> AutoMapper::suggest(const TableInfo& source, const TableInfo& target,
                                             const QSet<QString>& mappedTargets, const QSet<QString>& usedSources)
{
    QList<Candidate> candidates;
    for (int ti = 0; ti < target.columns.size(); ++ti) {
        if (mappedTargets.contains(target.columns[ti].name.toLower()))
            continue;
        for (int si = 0; si < source.columns.size(); ++si) {
            if (usedSources.contains(source.columns[si].name.toLower()))
                continue;
            if (std::optional<Candidate> c = pairing(source, si, target, ti))
                candidates << *c;
        }
    }
    return bestFirst(std::move(candidates));
}

std::optional<AutoMapper::Candidate> AutoMapper::pairing(const TableInfo& source, int si, const TableInfo& target,
                                                         int ti)
{
    const ColumnInfo& sc = source.columns[si];
    const ColumnInfo& tc = target.columns[ti];
    int name = nameSimilarity(sc.name, tc.name, source.name, target.name);
    if (tc.autoIncrement && name < 100)
        return std::nullopt; // the target generates it; only an identical name suggests carrying it over
    Candidate c;
    c.targetOrder = ti;
    c.sourceOrder = si;
    MappingSuggestion& m = c.suggestion;
    m.target = tc.name;
    m.source = sc.name;
    m.reason = similarityReason(name);

    if (name < 75 && keptAsLegacyKey(source, sc, tc)) {
        name = 75;
        m.reason = tr("the source's key, kept as the legacy key");
    }
    const QString part = name < 70 ? fullNamePart(sc.name, source.name, tc.name, target.name) : QString();
    if (!part.isEmpty()) {
        name = 70;
        c.shared = true;
        QJsonObject params{{QStringLiteral("part"), part}};
        if (tc.nullable)
            params.insert(QStringLiteral("ifMissing"), QStringLiteral("null"));
        m.transforms = {TransformSpec{QStringLiteral("split-name"), params}};
        m.reason = part == QLatin1String("first") ? tr("first name taken out of the full name")
                                                  : tr("last name taken out of the full name");
    }

    m.confidence = int(std::lround(name * typeCompatibility(sc, tc) / 100.0));
    if (m.confidence < kMinimumConfidence)
        return std::nullopt;
    return c;
}

QString AutoMapper::similarityReason(int similarity)
{
    if (similarity == 100)
        return tr("same name");
    if (similarity >= 95)
        return tr("same name written differently");
    if (similarity >= 90)
        return tr("known synonym");
    if (similarity >= 85)
        return tr("same words, abbreviated");
    return tr("similar name");
}

QList<MappingSuggestion> AutoMapper::bestFirst(QList<Candidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.suggestion.confidence != b.suggestion.confidence)
            return a.suggestion.confidence > b.suggestion.confidence;
        if (a.targetOrder != b.targetOrder)
            return a.targetOrder < b.targetOrder;
        return a.sourceOrder < b.sourceOrder;
    });
    QSet<QString> takenTargets, takenSources;
    QList<MappingSuggestion> out;
    for (const Candidate& c : candidates) {
        const QString t = c.suggestion.target.toLower(), s = c.suggestion.source.toLower();
        if (takenTargets.contains(t) || (!c.shared && takenSources.contains(s)))
            continue;
        takenTargets.insert(t);
        takenSources.insert(s);
        out << c.suggestion;
    }
    return out;
}

} // namespace ferry
