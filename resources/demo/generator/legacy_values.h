#pragma once
// Values the way people typed them into the legacy CRM: phones in every format, names in every order,
// e-mail addresses in capitals with stray spaces, dates as text. Everything draws from the one Prng, so
// the order of calls decides the data: keep it when editing.
#include "name_lists.h"
#include "prng.h"

#include <QDate>
#include <QString>

namespace ferry::demo {

QString utf8(const char* s);
QString digits(Prng& rng, int n);
QString twoDigits(int v);
QDate randomDate(Prng& rng, QDate from, QDate to);
QString dmy(QDate d); // dd/MM/yyyy
QString iso(QDate d); // yyyy-MM-dd

struct Phone {
    QString dirty; // as typed into the legacy CRM
    QString e164;  // what libphonenumber makes of it
};
Phone phoneFor(Prng& rng, const QString& isoCode);

const Culture& pickCulture(Prng& rng); // weighted by Culture::weight
int cultureIndex(const Culture& c);

struct Company {
    QString name;
    QString slug; // ASCII, used for the web site and e-mail domain
};
Company companyFor(Prng& rng, const Culture& c);

struct Person {
    QString fullName;
    QString emailLocal; // ASCII, lower-case
};
Person personFor(Prng& rng, const Culture& c);

QString dirtyEmail(Prng& rng, const QString& clean);
// The same name re-typed by someone else: only case and white space differ.
QString caseOrSpaceVariant(Prng& rng, const QString& name);
QString amountText(Prng& rng); // '1250.50', sometimes whole: '2500'

} // namespace ferry::demo
