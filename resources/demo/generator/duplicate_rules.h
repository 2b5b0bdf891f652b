#pragma once
// What the demo project's duplicate rules for contacts find among the rows the first run writes, worked
// out here from the generated data and the rules' meaning, independently of Ferry's own matching:
// the same e-mail address (trimmed, lower-cased), or the same name at the same account.
#include <QtGlobal>
#include <set>
#include <vector>

namespace ferry::demo {

struct Contact;

struct DuplicatesFound {
    int clusters = 0; // groups of rows that match each other (directly or through another row)
    int rows = 0;     // rows in those groups
};

DuplicatesFound findDuplicateContacts(const std::vector<Contact>& contacts, const std::set<qint64>& written);

} // namespace ferry::demo
