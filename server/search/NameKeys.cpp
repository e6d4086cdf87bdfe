#include "server/search/NameKeys.h"

#include "server/search/Nicknames.h"
#include "server/search/Phonetic.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tv::server::search {
namespace {

constexpr int MinimumLengthForDeletions = 3;

bool joinsWords(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'`';
}

// Appends `key` unless it is there already (keys are few: a list and a set would be slower).
void add(QStringList &keys, QSet<QString> &seen, QString key)
{
    if (!seen.contains(key)) {
        seen.insert(key);
        keys.append(std::move(key));
    }
}

void addPairKeys(QStringList &keys, QSet<QString> &seen, const QString &given,
                 const QString &family, NameKeys::Side side)
{
    const QString familyCode = Phonetic::code(family);
    for (const QString &canonical : Nicknames::canonicalNames(given)) {
        const QString givenCode = Phonetic::code(canonical);
        add(keys, seen, u'0' + givenCode + u'.' + familyCode);
        for (const QString &variant :
             NameKeys::deletionNeighbourhood(family, NameKeys::Side::Query))
            add(keys, seen, u'1' + givenCode + u'.' + variant);
    }
    for (const QString &variant : NameKeys::deletionNeighbourhood(given, side))
        add(keys, seen, u'2' + variant + u'.' + familyCode);
}

void addSingleKeys(QStringList &keys, QSet<QString> &seen, const QString &given,
                   const QString &family)
{
    if (!family.isEmpty())
        add(keys, seen, u'3' + Phonetic::code(family));
    if (!given.isEmpty()) {
        for (const QString &canonical : Nicknames::canonicalNames(given))
            add(keys, seen, u'4' + Phonetic::code(canonical));
    }
}

} // namespace

QStringList NameKeys::tokens(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString word;
    for (const QChar c : decomposed) {
        if (c.isLetter()) {
            word.append(c.toUpper());
        } else if (c.isMark() || joinsWords(c)) {
            continue; // accents and apostrophes belong to the word they are in
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QStringList NameKeys::deletionNeighbourhood(const QString &word, Side side)
{
    QStringList variants{word};
    if (word.size() < MinimumLengthForDeletions)
        return variants;
    const qsizetype first = side == Side::Stored ? 1 : 0;
    for (qsizetype i = first; i < word.size(); ++i) {
        if (i > first && word.at(i) == word.at(i - 1))
            continue; // deleting either of a doubled letter gives the same word
        QString variant = word;
        variant.remove(i, 1);
        variants.append(variant);
    }
    return variants;
}

QStringList NameKeys::familyForms(const QStringList &familyTokens)
{
    QStringList forms;
    if (familyTokens.isEmpty())
        return forms;
    forms.append(familyTokens.constFirst());
    if (familyTokens.size() > 1) {
        if (familyTokens.constLast() != familyTokens.constFirst())
            forms.append(familyTokens.constLast());
        forms.append(familyTokens.join(QString()));
    }
    return forms;
}

QStringList NameKeys::forPerson(const QString &givenName, const QString &familyName)
{
    const QStringList given = tokens(givenName);
    const QStringList families = familyForms(tokens(familyName));
    QStringList keys;
    QSet<QString> seen;
    const QString firstGiven = given.isEmpty() ? QString() : given.constFirst();
    for (const QString &family : families) {
        if (!firstGiven.isEmpty())
            addPairKeys(keys, seen, firstGiven, family, Side::Stored);
        addSingleKeys(keys, seen, QString(), family);
    }
    addSingleKeys(keys, seen, firstGiven, QString());
    return keys;
}

QList<NameKeys::Reading> NameKeys::readings(const QStringList &queryTokens)
{
    QList<Reading> result;
    const qsizetype n = queryTokens.size();
    if (n < 2)
        return result;
    const QString &first = queryTokens.constFirst();
    const QString &last = queryTokens.constLast();
    // "given [middle] family": the first word is the given name, any other a family name.
    for (qsizetype i = 1; i < n; ++i)
        result.append({first, queryTokens.at(i), false});
    // "family [family] given": the last word is the given name.
    for (qsizetype i = 0; i < n - 1; ++i)
        result.append({last, queryTokens.at(i), true});
    if (n > 2) { // a family name typed as two words: "O Brien"
        result.append({first, queryTokens.mid(1).join(QString()), false});
        result.append({last, queryTokens.first(n - 1).join(QString()), true});
    }
    return result;
}

QStringList NameKeys::forQuery(const QStringList &queryTokens)
{
    QStringList keys;
    QSet<QString> seen;
    if (queryTokens.size() == 1) {
        addSingleKeys(keys, seen, queryTokens.constFirst(), queryTokens.constFirst());
        return keys;
    }
    for (const Reading &reading : readings(queryTokens))
        addPairKeys(keys, seen, reading.given, reading.family, Side::Query);
    return keys;
}

} // namespace tv::server::search
