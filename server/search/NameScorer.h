#pragma once

#include "server/search/NameKeys.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tv::server::search {

// How close a person's name is to a queried name, from 0 (no match) to 1 (the same name in the
// same order). Words are compared in NameKeys::tokens() form:
//   same word 1.0; same nickname group 0.9; one edit (Damerau-Levenshtein: insertion, deletion,
//   substitution or transposition) 0.85; a nickname or variant with one edit 0.8; same phonetic
//   code 0.75 (0.7 through nickname groups); two edits in longer words 0.65.
// Both the given and the family name must reach MinimumWordScore; the name's score is their
// mean, times SwappedFactor when the query reads family name first.
//
// An instance scores many persons against one query and remembers what it has worked out: the
// candidates of a search share many names, and each is scored once.
class NameScorer final {
public:
    explicit NameScorer(QStringList queryTokens);
    double score(const QString &givenName, const QString &familyName) const;

    static constexpr double MinimumWordScore = 0.6;
    static constexpr double SwappedFactor = 0.92;
    static constexpr double LaterGivenNameFactor = 0.9; // a middle name matched
    static constexpr double GivenOnlyFactor = 0.95;     // a one-word query matched a given name

    // Restricted Damerau-Levenshtein (optimal string alignment) distance.
    static int editDistance(const QString &a, const QString &b);

    static double wordScore(const QString &queried, const QString &held);

    // `queryTokens` from NameKeys::tokens(); the person's names as stored.
    static double score(const QStringList &queryTokens, const QString &givenName,
                        const QString &familyName);

private:
    double wordScoreRemembered(const QString &queried, const QString &held) const;
    double scoreUncached(const QString &givenName, const QString &familyName) const;

    QStringList m_tokens;
    QList<NameKeys::Reading> m_readings;
    mutable QHash<QString, double> m_names; // "given\x1ffamily" -> score
    mutable QHash<QString, double> m_words; // "queried\x1fheld" -> word score
};

} // namespace tv::server::search
