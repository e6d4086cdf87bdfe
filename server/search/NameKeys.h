#pragma once

#include <QString>
#include <QStringList>

namespace tv::server::search {

// The name keys of person_search_keys, for a person (what is stored) and for a query (what is
// looked up). A key pairs something about the given name with something about the family name,
// so that one common name ("Smith") never selects thousands of candidates on its own:
//
//   0 P(g).P(f)   phonetic code of the given name's nickname group with that of the family name
//   1 P(g).d      d in the deletion neighbourhood of the family name: one typo in the family
//                 (its first letter too: a first-letter slip must not find nobody)
//   2 d.P(f)      d in the deletion neighbourhood of the given name: one typo in the given name
//   3 P(f)        the family name alone, for a one-word query
//   4 P(g)        the given name alone, for a one-word query
//
// P is Phonetic::code; for the given name it is taken of the canonical name of each nickname
// group the name belongs to, so "Bill" and "William" share their keys. The deletion
// neighbourhood of a word is the word and every word made by deleting one letter (for words of
// three letters or more): two words within one insertion, deletion, substitution or
// transposition share one (for the given name, except an edit of its first letter, see
// deletionNeighbourhood()). A query computes its keys for both orders of its words, so a
// swapped name is found too.
class NameKeys final {
public:
    // Normalised words of a name: upper case, accents removed, apostrophes dropped ("O'Brien" is
    // OBRIEN), anything that is not a letter separating words ("Smith-Jones" is SMITH, JONES).
    static QStringList tokens(const QString &text);

    // The word and each word made by deleting one of its letters (words of 3 letters or more).
    // Stored keys of the given name leave out the deletion of its first letter (a query still
    // makes it), which saves a key a person; the family name's keep it, so that a slip in its
    // first letter (another letter, the letter left out, the first two swapped) still finds
    // the person without a date of birth, as a name typed from a form or a phone call needs.
    enum class Side { Stored, Query };
    static QStringList deletionNeighbourhood(const QString &word, Side side = Side::Query);

    // The keys stored for a person; no duplicates.
    static QStringList forPerson(const QString &givenName, const QString &familyName);

    // The keys a query's words are looked up by (tokens() of the query); no duplicates.
    static QStringList forQuery(const QStringList &queryTokens);

    // The family-name forms a person is found by: first and last word, and all of them joined.
    static QStringList familyForms(const QStringList &familyTokens);

    // The (given, family) readings of a query's words, in either order; `swapped` marks those
    // that read the last word as the given name.
    struct Reading {
        QString given;
        QString family;
        bool swapped = false;
    };
    static QList<Reading> readings(const QStringList &queryTokens);
};

} // namespace tv::server::search
