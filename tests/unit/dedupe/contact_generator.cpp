#include "contact_generator.h"

#include "dedupe/match_keys.h"

#include <QDate>
#include <QHash>
#include <algorithm>

namespace ferry::testdata {

namespace {

// Given names and surnames of several countries (English, German, French, Spanish, Italian, Dutch,
// Nordic, Polish, Portuguese, Turkish, Chinese, Indian): a few hundred each, so distinct people rarely
// share a full name — though some do, as in any real CRM.
const char* const firstNames =
    "James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony "
    "Donald Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan "
    "Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander "
    "Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan "
    "Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe "
    "Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah "
    "Louis Bobby Philip Johnny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa "
    "Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie "
    "Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine "
    "Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia "
    "Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa "
    "Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle "
    "Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla "
    "Johannes Josef Friedrich Wilhelm Bernhard Gerhard Ulrich Ludwig Anton Nikolaus Stefanie Susanne Gabriele "
    "Cornelia Monika Elisabeth Margarete Helene Katharina Andreas Sebastian Florian Jürgen Dieter Wolfgang Klaus "
    "Uwe Horst Günter Manfred Matthias Tobias Lukas Jonas Felix Maximilian Leon Paul Ursula Renate Ingrid Brigitte "
    "Sabine Petra Birgit Heike Claudia Anja Kerstin Nadine Jana Lena Lea Marie Johanna Greta Frieda "
    "Pierre Emmanuel Sébastien Nicolas Frédéric Guillaume Isabelle Marguerite Michèle Dominique Françoise Joséphine "
    "Lucienne Caroline Stéphanie Élodie Amélie Mathilde Camille Chloé Manon Léa Inès Louise Hélène Sylvie Nathalie "
    "Valérie Sandrine Céline Aurélie Julien Mathieu Antoine Baptiste Théo Hugo Louis Gabriel Arthur Raphaël Clément "
    "Étienne Thierry Laurent Olivier Christophe Philippe Alain Bernard Yves Rémi "
    "Alejandro Javier Carlos Miguel Pablo Sergio Diego Álvaro Lucía Carmen Pilar Dolores Rocío Elena Paula Marta "
    "Giuseppe Giovanni Francesco Alessandro Lorenzo Matteo Giulia Chiara Francesca Alessia Sofia Federica "
    "Daan Sem Bram Thijs Jesse Sanne Femke Lotte Anouk Fleur "
    "Lars Erik Anders Nils Sven Magnus Ingrid Astrid Sigrid Freja Maja Linnea "
    "Piotr Krzysztof Tomasz Paweł Agnieszka Katarzyna Małgorzata Magdalena "
    "João Tiago Rafael Beatriz Mariana Inês Leonor "
    "Mehmet Mustafa Ahmet Emre Ayşe Fatma Elif Zeynep "
    "Wei Jing Li Min Hao Yan Jun Xin Rahul Priya Amit Anjali Vikram Sunita Arjun Deepa";

const char* const lastNames =
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson "
    "Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell "
    "Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales "
    "Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson "
    "Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long "
    "Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher "
    "Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole "
    "Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison "
    "Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford "
    "Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer Wagner "
    "Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols "
    "Müller Schneider Fischer Weber Schulz Becker Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann "
    "Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Köhler "
    "Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller "
    "Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus "
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre Michel Garcia "
    "David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre Mercier Dupont Lambert Bonnet François Martinez "
    "Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier "
    "Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier "
    "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz "
    "Moreno Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Serrano Blanco Molina "
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa "
    "Giordano Rizzo Lombardi Moretti "
    "DeJong Jansen DeVries VandenBerg VanDijk Bakker Janssen Visser Smit Meijer DeBoer Mulder DeGroot Bos Vos "
    "Peters Hendriks VanLeeuwen Dekker Brouwer "
    "Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Hansen Jensen "
    "Nielsen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Virtanen Korhonen Mäkinen Nieminen "
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
    "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa "
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir "
    "Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Ma Zhu Hu Guo Lin He Gao Luo "
    "Sharma Verma Gupta Singh Kumar Reddy Iyer Nair Mehta Shah Joshi Kapoor Rao Das Bose";

const char* const companyWordsA =
    "Acme Apex Atlas Aurora Beacon Blue Bright Cedar Summit Crest Delta Eagle Echo Emerald Falcon Forge Frontier "
    "Galaxy Global Golden Granite Harbor Horizon Iron Jade Keystone Lakeside Liberty Lighthouse Maple Meridian Metro "
    "Nordic Nova Oak Omega Orbit Pacific Peak Pine Pioneer Polar Prime Quantum Radiant Red River Rock Royal Sapphire "
    "Silver Sky Solar Spring Sterling Stone Sun Swift Titan Union Vertex Vista Western Zenith Alpen Rhein Elb "
    "Hanse Loire Seine Provence Baltic Alpine Danube Iberia Tuscan Celtic";
const char* const companyWordsB =
    "Analytics Apparel Automotive Bakery Bank Biotech Brewing Builders Capital Chemicals Cloud Construction "
    "Consulting Dairy Data Design Devices Dynamics Electric Energy Engineering Farms Finance Foods Freight Furniture "
    "Games Glass Health Holdings Hotels Imaging Industries Insurance Instruments Labs Leasing Logistics Machines "
    "Marine Media Medical Metals Mining Motors Networks Optics Packaging Paper Partners Pharma Plastics Power "
    "Printing Properties Realty Robotics Security Shipping Software Solutions Steel Systems Textiles Tools Trading "
    "Transport Travel Ventures Vision Water Wind Wireless Works";
const char* const companyWordsC =
    "Group International Services Technologies Enterprises Associates Brothers Collective Network Alliance "
    "Europe America Worldwide Direct United Studio Factory Union Partners Company";
const char* const legalForms = "Inc.|LLC|Ltd|GmbH|AG|S.A.|SARL|B.V.|Corp.|plc||"; // the empty ones: none
const char* const cities =
    "Boston Chicago Denver Seattle Austin Portland Atlanta Miami Phoenix Dallas Berlin Hamburg München Köln "
    "Frankfurt Stuttgart Leipzig Wien Zürich Paris Lyon Marseille Toulouse Lille Nantes Bordeaux Madrid Barcelona "
    "Sevilla Valencia Milano Roma Torino Amsterdam Rotterdam Utrecht Stockholm Oslo København Helsinki Warszawa "
    "Kraków Lisboa Porto İstanbul Shanghai Beijing Mumbai Bangalore Toronto";
const int areaCodes[] = {201, 202, 206, 212, 213, 215, 303, 305, 312, 313, 404, 415, 503, 512, 602,
                         617, 646, 702, 713, 718, 720, 773, 805, 818, 917, 919, 972, 978, 510, 408};

// Short forms the nickname kind plants (the finder's own table is not consulted: this is the truth).
const char* const nicknamePairs =
    "Robert:Bob Robert:Rob William:Bill William:Will Elizabeth:Liz Elizabeth:Beth James:Jim James:Jimmy "
    "Katherine:Kate Katherine:Katie Michael:Mike Richard:Rick Richard:Dick Thomas:Tom David:Dave Daniel:Dan "
    "Joseph:Joe Anthony:Tony Edward:Ed Edward:Ted Charles:Charlie Steven:Steve Matthew:Matt Andrew:Andy "
    "Benjamin:Ben Nicholas:Nick Gregory:Greg Jeffrey:Jeff Lawrence:Larry Gerald:Jerry Kenneth:Ken Ronald:Ron "
    "Donald:Don Timothy:Tim Peter:Pete Philip:Phil Susan:Sue Margaret:Maggie Margaret:Peggy Jennifer:Jenny "
    "Patricia:Patty Rebecca:Becky Deborah:Debbie Victoria:Vicky Amanda:Mandy Abigail:Abby Sarah:Sally "
    "Jessica:Jess Cynthia:Cindy Dorothy:Dot Johannes:Hans Josef:Sepp Friedrich:Fritz Wilhelm:Willi "
    "Bernhard:Bernd Gerhard:Gerd Ulrich:Uli Stefanie:Steffi Susanne:Susi Gabriele:Gabi Cornelia:Conny "
    "Monika:Moni Katharina:Kathi Andreas:Andi Sebastian:Basti Florian:Flo Emmanuel:Manu Sébastien:Seb "
    "Nicolas:Nico Frédéric:Fred Isabelle:Isa Caroline:Caro Stéphanie:Steph";

QStringList words(const char* text, QChar separator = QLatin1Char(' '))
{
    return QString::fromUtf8(text).split(separator, Qt::SkipEmptyParts);
}

struct Lists {
    QStringList first = words(firstNames), last = words(lastNames), a = words(companyWordsA), b = words(companyWordsB),
                c = words(companyWordsC), legal = QString::fromUtf8(legalForms).split(QLatin1Char('|')),
                city = words(cities);
    QMultiHash<QString, QString> nick;
    Lists()
    {
        for (const QString& pair : words(nicknamePairs))
            nick.insert(pair.section(QLatin1Char(':'), 0, 0), pair.section(QLatin1Char(':'), 1, 1));
    }
};

const Lists& lists()
{
    static const Lists l;
    return l;
}

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

template <typename Rng> qint64 uniform(Rng& rng, qint64 n)
{
    return std::uniform_int_distribution<qint64>(0, n - 1)(rng);
}

template <typename Rng> double chance(Rng& rng)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

// The ASCII part of an e-mail address from a name: "Élodie" → "elodie", "De Jong" → "dejong".
QString mailPart(const QString& name)
{
    QString folded = match::nameKey(name);
    folded.remove(QLatin1Char(' '));
    QString out;
    for (const QChar c : folded)
        if (c.unicode() < 128)
            out += c;
    return out.isEmpty() ? QStringLiteral("x") : out;
}

QString formatPhone(qint64 digits, int style)
{
    const QString s = QString::number(digits);
    const QString area = s.left(3), exchange = s.mid(3, 3), line = s.mid(6);
    switch (style % 5) {
    case 0:
        return QStringLiteral("(%1) %2-%3").arg(area, exchange, line);
    case 1:
        return QStringLiteral("%1-%2-%3").arg(area, exchange, line);
    case 2:
        return QStringLiteral("+1 %1 %2 %3").arg(area, exchange, line);
    case 3:
        return QStringLiteral("%1.%2.%3").arg(area, exchange, line);
    default:
        return s;
    }
}

} // namespace

QString duplicateKindName(DuplicateKind kind)
{
    switch (kind) {
    case DuplicateKind::None:
        return QStringLiteral("none");
    case DuplicateKind::Typo:
        return QStringLiteral("typo");
    case DuplicateKind::Swapped:
        return QStringLiteral("swapped");
    case DuplicateKind::Case:
        return QStringLiteral("case");
    case DuplicateKind::Whitespace:
        return QStringLiteral("whitespace");
    case DuplicateKind::PhoneFormat:
        return QStringLiteral("phone-format");
    case DuplicateKind::Nickname:
        return QStringLiteral("nickname");
    case DuplicateKind::EmailCase:
        return QStringLiteral("email-case");
    }
    return {};
}

DedupeConfig contactRules()
{
    // R1: an e-mail address names one person. R2 and R3: a name alone does not (namesakes exist), so a
    // similar name must come with the same phone or the same company. 0.92 Jaro-Winkler on the whole
    // folded name tolerates one typo in names of ten letters and more while keeping "Jon Smith" and
    // "Joan Smith" apart unless a phone or company also agrees.
    const QStringList name{QStringLiteral("first_name"), QStringLiteral("last_name")};
    DedupeConfig c;
    c.rules = {
        MatchRule{QStringLiteral("same e-mail"), {MatchCondition{{QStringLiteral("email")}, MatchKind::Email, 0, {}}}},
        MatchRule{QStringLiteral("similar name, same phone"),
                  {MatchCondition{name, MatchKind::Name, 0.92, {}},
                   MatchCondition{{QStringLiteral("phone")}, MatchKind::Phone, 0, QStringLiteral("US")}}},
        MatchRule{QStringLiteral("similar name, same company"),
                  {MatchCondition{name, MatchKind::Name, 0.92, {}},
                   MatchCondition{{QStringLiteral("company")}, MatchKind::Company, 0, {}}}},
    };
    c.action = ClusterAction::KeepFirst;
    return c;
}

ContactGenerator::ContactGenerator(quint64 seed, qint64 rows, double duplicateShare)
    : seed_(seed)
    , rows_(rows)
    , duplicateShare_(duplicateShare)
    // About eight contacts per company on average, a few big ones (see person()).
    , companies_(std::max<qint64>(50, rows / 8))
    , rng_(seed)
{
}

QStringList ContactGenerator::columns()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
            QStringLiteral("phone"),      QStringLiteral("company"),   QStringLiteral("city"),
            QStringLiteral("updated_at")};
}

ContactGenerator::Person ContactGenerator::person(qint64 index) const
{
    const Lists& l = lists();
    std::mt19937_64 r(splitmix(seed_ ^ splitmix(quint64(index))));
    Person p;
    p.first = l.first[uniform(r, l.first.size())];
    p.last = l.last[uniform(r, l.last.size())];
    // Unique per person (the index in base 36), as addresses are.
    static const char* const domains[] = {"mail.example", "post.example", "inbox.example", "web.example"};
    const QString local = chance(r) < 0.5 ? mailPart(p.first) + QLatin1Char('.') + mailPart(p.last)
                                          : mailPart(p.first).left(1) + mailPart(p.last);
    p.email = local + QString::number(index, 36) + QLatin1Char('@') + QLatin1String(domains[uniform(r, 4)]);
    if (chance(r) < 0.9) {
        qint64 exchange = 0;
        do
            exchange = 200 + uniform(r, 800);
        while (exchange % 100 == 11); // N11 codes are service numbers, not valid exchanges
        p.phoneDigits = qint64(areaCodes[uniform(r, qint64(std::size(areaCodes)))]) * 10000000 + exchange * 10000 +
                        uniform(r, 10000);
    }
    if (chance(r) < 0.85) {
        // Skewed: company c is picked with density ∝ 1/√c, so a few companies hold many contacts.
        const double u = chance(r);
        const qint64 c = std::min(companies_ - 1, qint64(double(companies_) * u * u));
        const qint64 name = (c * 7919) % (qint64(l.a.size()) * l.b.size() * l.c.size()); // 7919: prime, spreads
        p.company = l.a[name % l.a.size()] + QLatin1Char(' ') + l.b[(name / l.a.size()) % l.b.size()] +
                    QLatin1Char(' ') + l.c[(name / (l.a.size() * l.b.size())) % l.c.size()];
        const QString& legal = l.legal[c % l.legal.size()];
        if (!legal.isEmpty())
            p.company += QLatin1Char(' ') + legal;
    }
    p.phoneStyle = int(uniform(r, 5));
    p.city = l.city[uniform(r, l.city.size())];
    p.date = QDate(2015, 1, 1).addDays(uniform(r, 3650));
    p.micros = uniform(r, 86400LL * 1000000);
    return p;
}

Row ContactGenerator::originalRow(const Person& p)
{
    return {Value::text(p.first),
            Value::text(p.last),
            Value::text(p.email),
            p.phoneDigits ? Value::text(formatPhone(p.phoneDigits, p.phoneStyle)) : Value::null(),
            p.company.isEmpty() ? Value::null() : Value::text(p.company),
            Value::text(p.city),
            Value::timestamp(p.date, p.micros)};
}

Row ContactGenerator::duplicateRow(const Person& p, DuplicateKind kind, qint64 rowId)
{
    QString first = p.first, last = p.last, company = p.company, email;
    qint64 phone = p.phoneDigits;
    int phoneStyle = int(uniform(rng_, 5));
    // A duplicate usually comes with another address (or none) and keeps at least one of phone and
    // company, as when a person is entered twice by different teams.
    if (kind != DuplicateKind::EmailCase) {
        if (chance(rng_) < 0.5)
            email = mailPart(first) + QLatin1Char('_') + QString::number(rowId, 36) + QStringLiteral("@other.example");
        if (phone && !company.isEmpty()) {
            const double r = chance(rng_);
            if (r >= 0.5 && r < 0.75)
                company.clear();
            else if (r >= 0.75)
                phone = 0;
        }
    }
    switch (kind) {
    case DuplicateKind::None:
        break;
    case DuplicateKind::Typo: {
        QString& name = chance(rng_) < 0.5 ? first : last;
        const qsizetype at = uniform(rng_, name.size());
        const QChar letter(QLatin1Char(char('a' + uniform(rng_, 26))));
        const double r = chance(rng_);
        if (r < 0.4 && name[at].toLower() != letter)
            name[at] = at == 0 ? letter.toUpper() : letter;
        else if (r < 0.7 && name.size() > 3)
            name.remove(at, 1);
        else
            name.insert(at + 1, letter);
        break;
    }
    case DuplicateKind::Swapped:
        std::swap(first, last);
        break;
    case DuplicateKind::Case:
        first = chance(rng_) < 0.5 ? first.toUpper() : first.toLower();
        last = chance(rng_) < 0.5 ? last.toUpper() : last.toLower();
        break;
    case DuplicateKind::Whitespace:
        first = QStringLiteral("  ") + first + QLatin1Char(' ');
        last = QLatin1Char(' ') + last + QStringLiteral("   ");
        company.replace(QLatin1Char(' '), QStringLiteral("  "));
        if (!company.isEmpty())
            company += QLatin1Char(' ');
        break;
    case DuplicateKind::PhoneFormat: {
        phone = p.phoneDigits;
        company.clear(); // only the phone (and the name) tie it to the original
        phoneStyle = (p.phoneStyle + 1 + int(uniform(rng_, 4))) % 5; // any style but the original's
        break;
    }
    case DuplicateKind::Nickname: {
        const QStringList shortForms = lists().nick.values(first);
        if (!shortForms.isEmpty())
            first = shortForms[uniform(rng_, shortForms.size())];
        break;
    }
    case DuplicateKind::EmailCase:
        email = chance(rng_) < 0.5 ? p.email.toUpper() : p.email.left(1).toUpper() + p.email.mid(1);
        if (chance(rng_) < 0.5) { // only the address ties it to the original
            phone = 0;
            company.clear();
        }
        break;
    }
    return {Value::text(first),
            Value::text(last),
            email.isEmpty() ? Value::null() : Value::text(email),
            phone ? Value::text(formatPhone(phone, phoneStyle)) : Value::null(),
            company.isEmpty() ? Value::null() : Value::text(company),
            Value::text(p.city),
            Value::timestamp(p.date.addDays(uniform(rng_, 400)), p.micros)};
}

bool ContactGenerator::next(Row* row)
{
    const qint64 id = produced();
    if (id >= rows_)
        return false;
    if (!originals_.empty() && chance(rng_) < duplicateShare_) {
        const qint64 original = originals_[size_t(uniform(rng_, qint64(originals_.size())))];
        const qint64 who = entity_[size_t(original)];
        const Person p = person(who);
        // A kind that fits the person: a nickname needs a name that has one, a phone format a phone,
        // and every kind but e-mail case needs a phone or a company to be findable at all.
        DuplicateKind kind = DuplicateKind::None;
        while (kind == DuplicateKind::None) {
            kind = DuplicateKind(1 + uniform(rng_, duplicateKindCount - 1));
            if ((kind == DuplicateKind::Nickname && !lists().nick.contains(p.first)) ||
                (kind == DuplicateKind::PhoneFormat && !p.phoneDigits) ||
                (kind != DuplicateKind::EmailCase && !p.phoneDigits && p.company.isEmpty()))
                kind = DuplicateKind::None;
        }
        *row = duplicateRow(p, kind, id);
        entity_.push_back(who);
        kind_.push_back(kind);
        planted_.push_back({original, id, kind});
        return true;
    }
    const qint64 who = id; // a new person is named by the row that introduces it
    *row = originalRow(person(who));
    entity_.push_back(who);
    kind_.push_back(DuplicateKind::None);
    originals_.push_back(id);
    return true;
}

} // namespace ferry::testdata
