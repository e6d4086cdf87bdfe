#include "server/search/NameScorer.h"

#include "server/search/NameKeys.h"
#include "server/search/Nicknames.h"
#include "server/search/Phonetic.h"

#include <QList>

#include <algorithm>

namespace tv::server::search {
namespace {

// cache[key], computed once.
template <typename Compute>
double remembered(QHash<QString, double> &cache, const QString &key, Compute compute)
{
    const auto known = cache.constFind(key);
    if (known != cache.cend())
        return known.value();
    const double result = compute();
    cache.insert(key, result);
    return result;
}

} // namespace

int NameScorer::editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == 0 || m == 0)
        return int(std::max(n, m));
    // Three rows of the dynamic programme: two back for transpositions.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, before[j - 2] + 1);
            current[j] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

double NameScorer::wordScore(const QString &queried, const QString &held)
{
    if (queried.isEmpty() || held.isEmpty())
        return 0.0;
    if (queried == held)
        return 1.0;
    if (Nicknames::sameGroup(queried, held))
        return 0.9;
    const qsizetype shorter = std::min(queried.size(), held.size());
    const int distance = editDistance(queried, held);
    if (distance == 1)
        return shorter >= 3 ? 0.85 : MinimumWordScore;

    double best = 0.0;
    const QStringList queriedGroups = Nicknames::canonicalNames(queried);
    const QStringList heldGroups = Nicknames::canonicalNames(held);
    for (const QString &q : queriedGroups) {
        for (const QString &h : heldGroups) {
            if (std::min(q.size(), h.size()) >= 3 && editDistance(q, h) <= 1)
                best = std::max(best, 0.8);
            else if (Phonetic::code(q) == Phonetic::code(h))
                best = std::max(best, 0.7);
        }
    }
    if (Phonetic::code(queried) == Phonetic::code(held))
        best = std::max(best, 0.75);
    if (distance == 2 && shorter >= 5)
        best = std::max(best, 0.65);
    return best;
}

NameScorer::NameScorer(QStringList queryTokens)
    : m_tokens(std::move(queryTokens))
    , m_readings(NameKeys::readings(m_tokens))
{}

double NameScorer::score(const QStringList &queryTokens, const QString &givenName,
                         const QString &familyName)
{
    return NameScorer(queryTokens).score(givenName, familyName);
}

double NameScorer::score(const QString &givenName, const QString &familyName) const
{
    return remembered(m_names, givenName + QChar(0x1f) + familyName,
                      [&] { return scoreUncached(givenName, familyName); });
}

double NameScorer::wordScoreRemembered(const QString &queried, const QString &held) const
{
    if (queried == held)
        return 1.0;
    return remembered(m_words, queried + QChar(0x1f) + held,
                      [&] { return wordScore(queried, held); });
}

double NameScorer::scoreUncached(const QString &givenName, const QString &familyName) const
{
    const QStringList given = NameKeys::tokens(givenName);
    const QStringList families = NameKeys::familyForms(NameKeys::tokens(familyName));
    auto givenScore = [&](const QString &word) {
        double best = 0.0;
        for (qsizetype i = 0; i < given.size(); ++i)
            best = std::max(best, wordScoreRemembered(word, given.at(i)) *
                                      (i == 0 ? 1.0 : LaterGivenNameFactor));
        return best;
    };
    auto familyScore = [&](const QString &word) {
        double best = 0.0;
        for (const QString &family : families)
            best = std::max(best, wordScoreRemembered(word, family));
        return best;
    };

    if (m_tokens.isEmpty())
        return 0.0;
    if (m_tokens.size() == 1) {
        const QString &word = m_tokens.constFirst();
        const double best = std::max(familyScore(word), givenScore(word) * GivenOnlyFactor);
        return best >= MinimumWordScore ? best : 0.0;
    }
    double best = 0.0;
    for (const NameKeys::Reading &reading : m_readings) {
        const double g = givenScore(reading.given);
        const double f = familyScore(reading.family);
        if (g < MinimumWordScore || f < MinimumWordScore)
            continue;
        best = std::max(best, (g + f) / 2.0 * (reading.swapped ? SwappedFactor : 1.0));
    }
    return best;
}

} // namespace tv::server::search
