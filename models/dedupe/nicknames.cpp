#include "dedupe/nicknames.h"

#include <QHash>
#include <iterator>

namespace ferry::dedupe {

namespace {

struct Nickname {
    const char* shortForm;
    const char* fullName;
};

// Keys and values already folded (lower case, accents dropped, hyphens as spaces would split a name,
// so compound French names are not listed).
constexpr Nickname table[] = {
    // English
    {"bob", "robert"},
    {"bobby", "robert"},
    {"rob", "robert"},
    {"robbie", "robert"},
    {"bill", "william"},
    {"billy", "william"},
    {"will", "william"},
    {"willy", "william"},
    {"liam", "william"},
    {"liz", "elizabeth"},
    {"lizzie", "elizabeth"},
    {"beth", "elizabeth"},
    {"betty", "elizabeth"},
    {"betsy", "elizabeth"},
    {"eliza", "elizabeth"},
    {"libby", "elizabeth"},
    {"jim", "james"},
    {"jimmy", "james"},
    {"jamie", "james"},
    {"kate", "katherine"},
    {"katie", "katherine"},
    {"kathy", "katherine"},
    {"kat", "katherine"},
    {"catherine", "katherine"},
    {"kathryn", "katherine"},
    {"cathy", "katherine"},
    {"mike", "michael"},
    {"mikey", "michael"},
    {"mick", "michael"},
    {"dick", "richard"},
    {"rick", "richard"},
    {"ricky", "richard"},
    {"rich", "richard"},
    {"tom", "thomas"},
    {"tommy", "thomas"},
    {"dave", "david"},
    {"davey", "david"},
    {"dan", "daniel"},
    {"danny", "daniel"},
    {"joe", "joseph"},
    {"joey", "joseph"},
    {"tony", "anthony"},
    {"ed", "edward"},
    {"eddie", "edward"},
    {"ted", "edward"},
    {"ned", "edward"},
    {"chuck", "charles"},
    {"charlie", "charles"},
    {"steve", "steven"},
    {"stephen", "steven"},
    {"matt", "matthew"},
    {"andy", "andrew"},
    {"drew", "andrew"},
    {"ben", "benjamin"},
    {"benny", "benjamin"},
    {"nick", "nicholas"},
    {"nicky", "nicholas"},
    {"greg", "gregory"},
    {"jeff", "jeffrey"},
    {"geoff", "jeffrey"},
    {"larry", "lawrence"},
    {"jerry", "gerald"},
    {"gerry", "gerald"},
    {"ken", "kenneth"},
    {"kenny", "kenneth"},
    {"ron", "ronald"},
    {"ronnie", "ronald"},
    {"don", "donald"},
    {"donnie", "donald"},
    {"tim", "timothy"},
    {"timmy", "timothy"},
    {"paddy", "patrick"},
    {"pete", "peter"},
    {"phil", "philip"},
    {"sue", "susan"},
    {"susie", "susan"},
    {"peggy", "margaret"},
    {"maggie", "margaret"},
    {"meg", "margaret"},
    {"jenny", "jennifer"},
    {"jen", "jennifer"},
    {"patty", "patricia"},
    {"trish", "patricia"},
    {"becky", "rebecca"},
    {"becca", "rebecca"},
    {"debbie", "deborah"},
    {"deb", "deborah"},
    {"vicky", "victoria"},
    {"tori", "victoria"},
    {"mandy", "amanda"},
    {"abby", "abigail"},
    {"annie", "anne"},
    {"molly", "mary"},
    {"polly", "mary"},
    {"sally", "sarah"},
    {"jess", "jessica"},
    {"jessie", "jessica"},
    {"cindy", "cynthia"},
    {"dot", "dorothy"},
    {"dottie", "dorothy"},
    // German
    {"hans", "johannes"},
    {"hannes", "johannes"},
    {"sepp", "josef"},
    {"seppi", "josef"},
    {"fritz", "friedrich"},
    {"willi", "wilhelm"},
    {"wim", "wilhelm"},
    {"bernd", "bernhard"},
    {"gerd", "gerhard"},
    {"uli", "ulrich"},
    {"jupp", "josef"},
    {"lutz", "ludwig"},
    {"toni", "anton"},
    {"klaus", "nikolaus"},
    {"steffi", "stefanie"},
    {"susi", "susanne"},
    {"gabi", "gabriele"},
    {"conny", "cornelia"},
    {"moni", "monika"},
    {"lisa", "elisabeth"},
    {"lies", "elisabeth"},
    {"liesel", "elisabeth"},
    {"gretel", "margarete"},
    {"grete", "margarete"},
    {"leni", "helene"},
    {"resi", "theresa"},
    {"kathi", "katharina"},
    {"kati", "katharina"},
    {"andi", "andreas"},
    {"basti", "sebastian"},
    {"flo", "florian"},
    {"chrissi", "christina"},
    // French
    {"jeannot", "jean"},
    {"pierrot", "pierre"},
    {"manu", "emmanuel"},
    {"seb", "sebastien"},
    {"nico", "nicolas"},
    {"fred", "frederic"},
    {"gui", "guillaume"},
    {"isa", "isabelle"},
    {"babette", "elisabeth"},
    {"margot", "marguerite"},
    {"mimi", "michele"},
    {"dom", "dominique"},
    {"fanfan", "francoise"},
    {"jojo", "josephine"},
    {"lulu", "lucienne"},
    {"caro", "caroline"},
    {"steph", "stephanie"},
};

const QHash<QString, QString>& nicknames()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const Nickname& n : table)
            m.insert(QString::fromLatin1(n.shortForm), QString::fromLatin1(n.fullName));
        return m;
    }();
    return map;
}

} // namespace

QString canonicalGivenName(QStringView folded)
{
    const auto& map = nicknames();
    const auto it = map.constFind(folded.toString());
    return it == map.constEnd() ? folded.toString() : *it;
}

int nicknameCount()
{
    return int(std::size(table));
}

} // namespace ferry::dedupe
