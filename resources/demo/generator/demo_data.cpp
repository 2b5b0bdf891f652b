#include "demo_data.h"

#include "legacy_values.h"
#include "name_lists.h"
#include "prng.h"

#include <QDate>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <map>
#include <set>

namespace ferry::demo {

namespace {

// Sizes of the legacy CRM and of each planted problem. Counts in expected.json are computed from
// the rows these produce, never typed in.
constexpr int kAccounts = 400;
constexpr int kContacts = 3000;
constexpr int kActivities = 5000;
constexpr int kDuplicatePairs = 30;
constexpr int kOrphanContacts = 5;   // acct_id of a deleted account
constexpr int kOrphanActivities = 8; // cont_id of a deleted contact
constexpr int kLongTitleCount = 2;

// Names that must arrive byte-identical, split the way the unambiguous forms split: "First Last"
// and "Last, First". Each stands for a trap: accents, Nordic letters, CJK (one outside the BMP),
// emoji (4-byte UTF-8), an apostrophe that must be escaped in SQL.
struct Showcase {
    const char* culture;
    const char* fullName;
    const char* first;
    const char* last;
    const char* emailLocal;
    const char* note;
};
const Showcase kShowcase[] = {
    {"SE", "Åsa Ångström", "Åsa", "Ångström", "asa.angstrom", "Swedish Å, decomposable letters"},
    {"DK", "Søren Kjær", "Søren", "Kjær", "soren.kjaer", "Danish ø and æ"},
    {"NO", "Torbjørn Løvås", "Torbjørn", "Løvås", "torbjorn.lovas", "Norwegian ø and å"},
    {"FI", "Päivi Hämäläinen", "Päivi", "Hämäläinen", "paivi.hamalainen", "Finnish ä"},
    {"DE", "Jürgen Weiß", "Jürgen", "Weiß", "juergen.weiss", "German ü and sharp s (upper-cases to SS)"},
    {"FR", "François Lefèvre", "François", "Lefèvre", "francois.lefevre", "French ç and è"},
    {"ES", "Raúl Ibáñez", "Raúl", "Ibáñez", "raul.ibanez", "Spanish ú, á, ñ"},
    {"GB", "Siobhan O'Brien", "Siobhan", "O'Brien", "siobhan.obrien", "apostrophe, escaped in SQL"},
    {"JP", "山田, 太郎", "太郎", "山田", "taro.yamada", "Japanese kanji, family name first"},
    {"JP", "𠮷野, 花子", "花子", "𠮷野", "hanako.yoshino",
     "kanji outside the BMP (4-byte UTF-8, UTF-16 surrogate pair)"},
    {"JP", "Nakamura, Yūki", "Yūki", "Nakamura", "yuki.nakamura", "romanised Japanese with a macron"},
    {"CN", "王, 芳", "芳", "王", "fang.wang", "Chinese hanzi, family name first"},
    {"SE", "Mia🌸 Lindqvist", "Mia🌸", "Lindqvist", "mia.lindqvist", "emoji (4-byte UTF-8) in the first name"},
    {"GB", "Sam Patel🚀", "Sam", "Patel🚀", "sam.patel", "emoji in the last name"},
    {"FR", "Chloé😊 Dubois", "Chloé😊", "Dubois", "chloe.dubois", "emoji after an accented letter"},
};

const Culture& cultureByIso(const char* isoCode)
{
    for (const Culture& c : cultures())
        if (qstrcmp(c.iso, isoCode) == 0)
            return c;
    return cultures().front();
}

const char* const kBadPhones[] = {"n/a", "555-01", "tbd", "ask front desk", "12", "+1 (415) 555"};

const char* const kLongTitles[] = {
    "Senior Vice President, Global Strategic Partnerships, Channel Alliances and Enterprise Customer "
    "Success (EMEA & APAC)",
    "Leiterin Zentraleinkauf, Lieferantenmanagement und strategische Beschaffung für indirekte Materialien "
    "und Dienstleistungen",
};

const char* const kTooLongCompany = "Internationale Speditions- und Lagerhausgesellschaft Nordwind mbH & Co. KG";

} // namespace

DemoData generateDemo(std::uint64_t seed)
{
    Prng rng(seed);
    DemoData d;
    d.seed = seed;
    std::vector<int> accountCulture; // culture index per account
    std::vector<QString> accountSlug;
    std::vector<qint64> accountGaps; // ids of accounts deleted long ago

    // --- accounts -------------------------------------------------------------------------------
    QSet<QString> companyNames;
    qint64 nextId = 1001;
    for (int i = 0; i < kAccounts; ++i) {
        if (rng.percent(8)) {
            const int gap = rng.between(1, 3);
            for (int g = 0; g < gap; ++g)
                accountGaps.push_back(nextId++);
        }
        const Culture& c = pickCulture(rng);
        Company company = companyFor(rng, c);
        while (companyNames.contains(company.name) || company.name.toUtf8().size() > kAccountNameLength)
            company = companyFor(rng, c);
        companyNames.insert(company.name);

        Account a;
        a.id = nextId++;
        a.company = rng.percent(6) ? company.name + u' ' : company.name; // trailing blanks from a fixed-width export
        const Industry& ind = rng.pick(industries());
        a.industryCode = QString::fromLatin1(ind.code);
        if (rng.percent(5))
            a.industryCode = a.industryCode.toLower() + u' ';
        if (!rng.percent(3))
            a.phone = phoneFor(rng, QString::fromLatin1(c.iso)).dirty;
        if (!rng.percent(12))
            a.website = (rng.percent(25) ? QStringLiteral("http://www.") : QStringLiteral("www.")) + company.slug +
                        QStringLiteral(".example");
        a.created = dmy(randomDate(rng, QDate(2005, 1, 1), QDate(2019, 12, 31)));
        const int s = rng.below(100);
        a.status = s < 60 ? QStringLiteral("A") : s < 75 ? QStringLiteral("I") : QStringLiteral("P");
        if (rng.percent(15))
            a.status = rng.percent(50) ? a.status.toLower() : QStringLiteral(" ") + a.status;
        d.accounts.push_back(a);
        accountCulture.push_back(cultureIndex(c));
        accountSlug.push_back(company.slug);
    }

    // --- contacts -------------------------------------------------------------------------------
    std::vector<qint64> contactGaps;
    std::vector<int> contactAccount; // index into d.accounts
    std::vector<int> contactCulture;
    std::map<qint64, QString> contactE164; // what the phone transform must make of each valid phone
    nextId = 1;
    for (int i = 0; i < kContacts; ++i) {
        if (rng.percent(6)) {
            const int gap = rng.between(1, 2);
            for (int g = 0; g < gap; ++g)
                contactGaps.push_back(nextId++);
        }
        const int ai = rng.below(kAccounts);
        const Culture& c = rng.percent(80)
                               ? cultures()[static_cast<std::size_t>(accountCulture[static_cast<std::size_t>(ai)])]
                               : pickCulture(rng);
        const Person p = personFor(rng, c);
        Contact k;
        k.id = nextId++;
        k.acctId = d.accounts[static_cast<std::size_t>(ai)].id;
        k.fullName = p.fullName;
        if (!rng.percent(15))
            k.email = dirtyEmail(rng, p.emailLocal + u'@' + accountSlug[static_cast<std::size_t>(ai)] +
                                          QStringLiteral(".example"));
        if (!rng.percent(10)) {
            const Phone ph = phoneFor(rng, QString::fromLatin1(c.iso));
            k.phone = ph.dirty;
            contactE164[k.id] = ph.e164;
        }
        k.country = utf8(rng.pick(c.countryValues));
        if (rng.percent(8))
            k.country = rng.percent(50) ? k.country + u' ' : QStringLiteral(" ") + k.country;
        if (!rng.percent(15))
            k.title = utf8(rng.pick(c.titles));
        const QDate day = randomDate(rng, QDate(2010, 1, 1), QDate(2023, 12, 31));
        // Office hours only: a local time inside a daylight-saving gap (02:00-03:00) does not exist.
        k.created = dmy(day) + u' ' + twoDigits(rng.between(8, 18)) + u':' + twoDigits(rng.below(60));
        if (!rng.percent(5)) {
            const int s = rng.below(100);
            QString st = s < 70 ? QStringLiteral("A") : s < 90 ? QStringLiteral("I") : QStringLiteral("L");
            if (rng.percent(10))
                st = rng.percent(50) ? st.toLower() : st + QStringLiteral("  ");
            k.status = st;
        }
        d.contacts.push_back(k);
        contactAccount.push_back(ai);
        contactCulture.push_back(cultureIndex(c));
    }

    // --- planted problems -----------------------------------------------------------------------
    // One German account gets a name longer than account.name: the engine must reject it, and its
    // contacts then miss the account lookup (and their activities the contact lookup).
    std::map<int, int> contactsPerAccount;
    for (int ai : contactAccount)
        ++contactsPerAccount[ai];
    std::vector<int> candidates;
    for (int ai = 0; ai < kAccounts; ++ai)
        if (qstrcmp(cultures()[static_cast<std::size_t>(accountCulture[static_cast<std::size_t>(ai)])].iso, "DE") ==
                0 &&
            contactsPerAccount[ai] >= 3 && contactsPerAccount[ai] <= 6)
            candidates.push_back(ai);
    const int tooLong = rng.pick(candidates);
    d.accounts[static_cast<std::size_t>(tooLong)].company = utf8(kTooLongCompany);

    // Accounts whose status is not in the value map: written as the map's default, "unknown".
    std::set<int> oddStatus;
    const char* const oddValues[] = {"X", "x ", "D"};
    for (const char* v : oddValues) {
        int ai = rng.below(kAccounts);
        while (ai == tooLong || oddStatus.count(ai))
            ai = rng.below(kAccounts);
        oddStatus.insert(ai);
        d.accounts[static_cast<std::size_t>(ai)].status = QString::fromLatin1(v);
    }

    // Contacts available for planting: one trap per row, so each reject has exactly one reason.
    std::vector<bool> used(kContacts, false);
    auto eligible = [&](int ci) {
        const Contact& k = d.contacts[static_cast<std::size_t>(ci)];
        return !used[static_cast<std::size_t>(ci)] && contactAccount[static_cast<std::size_t>(ci)] != tooLong &&
               k.email && k.phone && k.title;
    };
    auto pickContact = [&](int from, int to) {
        int ci = rng.between(from, to);
        while (!eligible(ci))
            ci = rng.between(from, to);
        used[static_cast<std::size_t>(ci)] = true;
        return ci;
    };
    for (int ci = 0; ci < kContacts; ++ci)
        if (contactAccount[static_cast<std::size_t>(ci)] == tooLong)
            used[static_cast<std::size_t>(ci)] = true;

    std::map<qint64, QString> plantedReason; // cont_id -> reject category
    std::map<qint64, QString> plantedDetail;

    for (const Showcase& s : kShowcase) {
        const int ci = pickContact(0, kContacts - 1);
        Contact& k = d.contacts[static_cast<std::size_t>(ci)];
        const Culture& c = cultureByIso(s.culture);
        k.fullName = utf8(s.fullName);
        k.email = utf8(s.emailLocal) + u'@' +
                  accountSlug[static_cast<std::size_t>(contactAccount[static_cast<std::size_t>(ci)])] +
                  QStringLiteral(".example");
        const Phone ph = phoneFor(rng, QString::fromLatin1(c.iso));
        k.phone = ph.dirty;
        contactE164[k.id] = ph.e164;
        k.country = QString::fromLatin1(c.iso);
        contactCulture[static_cast<std::size_t>(ci)] = cultureIndex(c);
        d.byteIdentical.push_back(
            {QStringLiteral("contacts"), k.id, QStringLiteral("first_name"), k.fullName, utf8(s.first), utf8(s.note)});
        d.byteIdentical.push_back(
            {QStringLiteral("contacts"), k.id, QStringLiteral("last_name"), k.fullName, utf8(s.last), utf8(s.note)});
    }
    for (const char* bad : kBadPhones) {
        Contact& k = d.contacts[static_cast<std::size_t>(pickContact(0, kContacts - 1))];
        k.phone = utf8(bad);
        contactE164.erase(k.id);
        plantedReason[k.id] = QStringLiteral("phone");
        plantedDetail[k.id] = QStringLiteral("not a phone number libphonenumber can parse as valid (region US)");
    }
    {
        // Invalid in every validator: no @, two @, nothing before or after the @.
        const QString forms[] = {QStringLiteral("%1.%2"), QStringLiteral("%1@@%2"), QStringLiteral("@%2"),
                                 QStringLiteral("%1@"),   QStringLiteral("n/a"),    QStringLiteral("%1 at %2")};
        for (const QString& form : forms) {
            Contact& k = d.contacts[static_cast<std::size_t>(pickContact(0, kContacts - 1))];
            const QString clean = k.email->trimmed().toLower();
            const QString local = clean.section(u'@', 0, 0), domain = clean.section(u'@', 1);
            k.email = form.contains(QStringLiteral("%2")) && form.contains(QStringLiteral("%1"))
                          ? form.arg(local, domain)
                      : form.contains(QStringLiteral("%1")) ? form.arg(local)
                      : form.contains(QStringLiteral("%2")) ? QString(form).replace(QStringLiteral("%2"), domain)
                                                            : form;
            plantedReason[k.id] = QStringLiteral("email");
            plantedDetail[k.id] = QStringLiteral("not an e-mail address");
        }
    }
    for (int i = 0; i < kOrphanContacts; ++i) {
        Contact& k = d.contacts[static_cast<std::size_t>(pickContact(0, kContacts - 1))];
        k.acctId = accountGaps[static_cast<std::size_t>(rng.below(static_cast<int>(accountGaps.size())))];
    }
    for (int i = 0; i < kLongTitleCount; ++i) {
        Contact& k = d.contacts[static_cast<std::size_t>(pickContact(0, kContacts - 1))];
        k.title = utf8(kLongTitles[i]);
        d.truncated.push_back({QStringLiteral("contacts"), k.id, QStringLiteral("job_title"), k.title,
                               k.title->left(kJobTitleLength), QStringLiteral("truncate transform, 100 characters")});
    }
    // Duplicates: the same person entered twice, the second time later and typed differently.
    for (int i = 0; i < kDuplicatePairs; ++i) {
        const int dup = pickContact(kContacts / 2, kContacts - 1);
        const int orig = pickContact(0, dup - 1);
        Contact& k = d.contacts[static_cast<std::size_t>(dup)];
        const Contact& o = d.contacts[static_cast<std::size_t>(orig)];
        k.acctId = o.acctId;
        contactAccount[static_cast<std::size_t>(dup)] = contactAccount[static_cast<std::size_t>(orig)];
        k.fullName = caseOrSpaceVariant(rng, o.fullName);
        const QString clean = o.email->trimmed();
        k.email = rng.percent(50) ? clean.toUpper() : QStringLiteral(" ") + clean.toLower() + u' ';
        k.phone = o.phone;
        contactE164[k.id] = contactE164[o.id];
        contactCulture[static_cast<std::size_t>(dup)] = contactCulture[static_cast<std::size_t>(orig)];
        k.country = o.country;
        k.title = o.title;
        k.status = o.status;
        d.duplicates.emplace_back(o.id, k.id);
    }
    std::sort(d.duplicates.begin(), d.duplicates.end());

    // --- activities -----------------------------------------------------------------------------
    for (int i = 0; i < kActivities; ++i) {
        Activity a;
        a.id = 100001 + i;
        a.contId = d.contacts[static_cast<std::size_t>(rng.below(kContacts))].id;
        const int kind = rng.below(100);
        a.kind = kind < 45 ? QStringLiteral("CALL") : kind < 80 ? QStringLiteral("EMAIL") : QStringLiteral("MTG");
        const std::vector<const char*>& subjects = kind < 45   ? callSubjects()
                                                   : kind < 80 ? emailSubjects()
                                                               : meetingSubjects();
        a.subject = utf8(rng.pick(subjects));
        if (rng.percent(20))
            a.subject += QStringLiteral(" #") + QString::number(rng.between(10000, 99999));
        if (rng.percent(5))
            a.kind = rng.percent(50) ? a.kind.toLower() : a.kind + u' ';
        if (rng.percent(65)) {
            QStringList parts;
            const int n = rng.between(1, 3);
            while (parts.size() < n) {
                const QString fragment = utf8(rng.pick(noteFragments()));
                if (!parts.contains(fragment))
                    parts << fragment;
            }
            a.notes = parts.join(rng.percent(50) ? QStringLiteral("\n") : QStringLiteral(" "));
        }
        const QDate due = randomDate(rng, QDate(2019, 1, 1), QDate(2025, 12, 31));
        a.due = iso(due);
        a.done = due < QDate(2024, 7, 1) ? (rng.percent(92) ? 1 : 0) : (rng.percent(10) ? 1 : 0);
        const int dealChance = kind < 45 ? 20 : kind < 80 ? 10 : 50;
        if (rng.percent(dealChance))
            a.amount = amountText(rng);
        d.activities.push_back(a);
    }
    for (int i = 0; i < kOrphanActivities; ++i) {
        Activity& a = d.activities[static_cast<std::size_t>(rng.below(kActivities))];
        a.contId = contactGaps[static_cast<std::size_t>(rng.below(static_cast<int>(contactGaps.size())))];
    }

    // --- the first run, table by table, parents first ----------------------------------------------
    std::set<qint64> accountIds, writtenAccounts;
    for (const Account& a : d.accounts) {
        accountIds.insert(a.id);
        if (a.company.trimmed().size() > kAccountNameLength) {
            d.rejects.push_back({QStringLiteral("accounts"), a.id, QStringLiteral("too-long"), QStringLiteral("name"),
                                 a.company,
                                 QStringLiteral("company name has %1 characters, account.name holds %2")
                                     .arg(a.company.trimmed().size())
                                     .arg(kAccountNameLength)});
            continue;
        }
        writtenAccounts.insert(a.id);
    }
    d.outcomes.push_back({QStringLiteral("accounts"), QStringLiteral("account"), kAccounts,
                          static_cast<int>(writtenAccounts.size()), 0, 0,
                          kAccounts - static_cast<int>(writtenAccounts.size())});

    std::set<qint64> contactIds, writtenContacts;
    for (const Contact& k : d.contacts) {
        contactIds.insert(k.id);
        const auto planted = plantedReason.find(k.id);
        if (planted != plantedReason.end()) {
            const bool phone = planted->second == u"phone";
            d.rejects.push_back({QStringLiteral("contacts"), k.id, planted->second,
                                 phone ? QStringLiteral("phone") : QStringLiteral("email"), phone ? k.phone : k.email,
                                 plantedDetail[k.id]});
        } else if (!writtenAccounts.count(k.acctId)) {
            d.rejects.push_back({QStringLiteral("contacts"), k.id, QStringLiteral("lookup"),
                                 QStringLiteral("account_id"), QString::number(k.acctId),
                                 accountIds.count(k.acctId)
                                     ? QStringLiteral("account %1 was rejected (name too long)").arg(k.acctId)
                                     : QStringLiteral("account %1 does not exist in the legacy CRM").arg(k.acctId)});
        } else {
            writtenContacts.insert(k.id);
            if (!k.status)
                d.statusDefaulted.push_back(k.id);
        }
    }
    d.outcomes.push_back({QStringLiteral("contacts"), QStringLiteral("contact"), kContacts,
                          static_cast<int>(writtenContacts.size()), 0, 0,
                          kContacts - static_cast<int>(writtenContacts.size())});
    d.duplicatesFound = findDuplicateContacts(d.contacts, writtenContacts);

    int writtenActivities = 0;
    for (const Activity& a : d.activities) {
        if (writtenContacts.count(a.contId)) {
            ++writtenActivities;
            continue;
        }
        d.rejects.push_back(
            {QStringLiteral("activities"), a.id, QStringLiteral("lookup"), QStringLiteral("contact_id"),
             QString::number(a.contId),
             contactIds.count(a.contId)
                 ? QStringLiteral("contact %1 was rejected (%2)")
                       .arg(a.contId)
                       .arg(plantedReason.count(a.contId) ? plantedReason[a.contId] : QStringLiteral("lookup"))
                 : QStringLiteral("contact %1 does not exist in the legacy CRM").arg(a.contId)});
    }
    d.outcomes.push_back({QStringLiteral("activities"), QStringLiteral("activity"), kActivities, writtenActivities, 0,
                          0, kActivities - writtenActivities});

    // --- expected values a test can spot-check ------------------------------------------------------
    for (int ai : oddStatus) {
        const Account& a = d.accounts[static_cast<std::size_t>(ai)];
        d.mappedToDefault.push_back({QStringLiteral("accounts"), a.id, QStringLiteral("status"), a.status,
                                     QStringLiteral("unknown"), QStringLiteral("not in the status value map")});
    }
    std::sort(d.mappedToDefault.begin(), d.mappedToDefault.end(),
              [](const ExpectedValue& x, const ExpectedValue& y) { return x.key < y.key; });

    // One phone per country, the first written contact of that country in id order.
    std::set<int> phoneCultures;
    for (std::size_t ci = 0; ci < d.contacts.size(); ++ci) {
        const Contact& k = d.contacts[ci];
        if (!writtenContacts.count(k.id) || !k.phone || phoneCultures.count(contactCulture[ci]))
            continue;
        phoneCultures.insert(contactCulture[ci]);
        d.normalised.push_back({QStringLiteral("contacts"), k.id, QStringLiteral("phone"), k.phone, contactE164[k.id],
                                QStringLiteral("E.164")});
    }
    int emails = 0, countries = 0;
    for (const Contact& k : d.contacts) {
        if (!writtenContacts.count(k.id))
            continue;
        if (emails < 4 && k.email && *k.email != k.email->trimmed().toLower()) {
            ++emails;
            d.normalised.push_back({QStringLiteral("contacts"), k.id, QStringLiteral("email"), k.email,
                                    k.email->trimmed().toLower(), QStringLiteral("trimmed, lower-case")});
        }
        const Culture& c =
            cultures()[static_cast<std::size_t>(contactCulture[static_cast<std::size_t>(&k - d.contacts.data())])];
        if (countries < 4 && k.country.size() > 2 && k.country.trimmed().toUpper() != QLatin1String(c.iso)) {
            ++countries;
            d.normalised.push_back({QStringLiteral("contacts"), k.id, QStringLiteral("country"), k.country,
                                    QString::fromLatin1(c.iso), QStringLiteral("country map, ISO 3166 alpha-2")});
        }
    }
    int statuses = 0;
    for (const Account& a : d.accounts) {
        if (statuses < 3 && writtenAccounts.count(a.id) && a.status != a.status.trimmed().toUpper() &&
            !oddStatus.count(static_cast<int>(&a - d.accounts.data()))) {
            ++statuses;
            const QChar code = a.status.trimmed().toUpper().at(0);
            d.normalised.push_back({QStringLiteral("accounts"), a.id, QStringLiteral("status"), a.status,
                                    code == u'A'   ? QStringLiteral("active")
                                    : code == u'I' ? QStringLiteral("inactive")
                                                   : QStringLiteral("prospect"),
                                    QStringLiteral("trim, upper, status map")});
        }
    }
    int dates = 0;
    for (const Account& a : d.accounts) {
        if (dates == 2 || !writtenAccounts.count(a.id))
            continue;
        ++dates;
        const QDate day = QDate::fromString(a.created, QStringLiteral("dd/MM/yyyy"));
        d.normalised.push_back({QStringLiteral("accounts"), a.id, QStringLiteral("created_on"), a.created, iso(day),
                                QStringLiteral("date")});
    }
    int stamps = 0;
    for (const Contact& k : d.contacts) {
        if (stamps == 2 || !writtenContacts.count(k.id))
            continue;
        ++stamps;
        // Date and time apart: no QDateTime, so the machine's time zone cannot touch the value.
        const QDate day = QDate::fromString(k.created.left(10), QStringLiteral("dd/MM/yyyy"));
        d.normalised.push_back({QStringLiteral("contacts"), k.id, QStringLiteral("created_at"), k.created,
                                iso(day) + u' ' + k.created.mid(11) + QStringLiteral(":00"),
                                QStringLiteral("timestamp, wall-clock time, no time zone")});
    }
    return d;
}

} // namespace ferry::demo
