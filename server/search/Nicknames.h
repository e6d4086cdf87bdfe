#pragma once

#include <QString>
#include <QStringList>

namespace tv::server::search {

// A built-in table of common English given names and their nicknames and spelling variants
// (William: Bill, Billy, Will, Liam, ...). Each group is named by its canonical name. A few
// nicknames belong to more than one group (Sandy: Alexander and Alexandra; Ted: Edward and
// Theodore). Names are compared in NameKeys::tokens() form: upper case A-Z, no accents.
class Nicknames final {
public:
    // The canonical names of the groups `token` belongs to, or {token} when it is in none.
    static QStringList canonicalNames(const QString &token);
    // Whether the two names share a group (a name shares its own group with itself).
    static bool sameGroup(const QString &a, const QString &b);
    // How many groups the table holds.
    static int groupCount();
};

} // namespace tv::server::search
