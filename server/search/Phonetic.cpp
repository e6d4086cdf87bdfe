#include "server/search/Phonetic.h"

using namespace Qt::StringLiterals;

namespace tv::server::search {
namespace {

bool isVowel(QChar c)
{
    return c == u'A' || c == u'E' || c == u'I' || c == u'O' || c == u'U' || c == u'Y';
}

bool isFrontVowel(QChar c)
{
    return c == u'E' || c == u'I' || c == u'Y';
}

// Initial letter groups that are spelt one way and said another.
QString simplifyStart(QString s)
{
    struct Rule {
        QLatin1StringView from;
        QLatin1StringView to;
    };
    static constexpr Rule Rules[] = {
        {"KN"_L1, "N"_L1},   {"GN"_L1, "N"_L1},  {"PN"_L1, "N"_L1},   {"WR"_L1, "R"_L1},
        {"PS"_L1, "S"_L1},   {"AE"_L1, "E"_L1},  {"WH"_L1, "W"_L1},   {"X"_L1, "S"_L1},
        {"MAC"_L1, "MK"_L1}, {"MC"_L1, "MK"_L1}, {"CHR"_L1, "KR"_L1}, {"CHL"_L1, "KL"_L1},
    };
    for (const Rule &rule : Rules) {
        if (s.startsWith(rule.from)) {
            s.replace(0, rule.from.size(), rule.to);
            break;
        }
    }
    return s;
}

} // namespace

QString Phonetic::code(const QString &token)
{
    // Doubled letters sound once.
    QString collapsed;
    collapsed.reserve(token.size());
    for (const QChar c : token) {
        if (collapsed.isEmpty() || collapsed.back() != c)
            collapsed.append(c);
    }
    const QString s = simplifyStart(collapsed);
    const qsizetype n = s.size();
    auto at = [&](qsizetype i) {
        return i >= 0 && i < n ? s.at(i) : QChar();
    };

    QString code;
    QChar last; // the last sound written; a vowel in between resets it
    auto say = [&](QStringView sound) {
        for (const QChar c : sound) {
            if (c != last)
                code.append(c);
            last = c;
        }
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        const QChar next = at(i + 1);
        if (isVowel(c)) {
            if (i == 0)
                say(c == u'Y' && isVowel(next) ? u"Y" : u"A");
            else if (c == u'Y' && isVowel(next) && !isVowel(at(i - 1)))
                say(u"Y");
            last = QChar();
            continue;
        }
        switch (c.unicode()) {
        case u'B':
            if (!(i == n - 1 && at(i - 1) == u'M')) // "Lamb"
                say(u"B");
            break;
        case u'C':
            if (next == u'H') {
                say(at(i - 1) == u'S' ? u"K" : u"X"); // "Schofield": SK
                ++i;
            } else if (isFrontVowel(next)) {
                say(u"S");
            } else {
                say(u"K");
            }
            break;
        case u'D':
            if (next == u'G' && isFrontVowel(at(i + 2))) {
                say(u"J");
                ++i;
            } else {
                say(u"T");
            }
            break;
        case u'G':
            if (next == u'H') {
                // Silent in "Hugh", "Leigh", "Wright"; a G at the start ("Ghislaine").
                if (i == 0)
                    say(u"K");
                ++i;
            } else if (next == u'N' && i + 2 == n) {
                // "Champagne"-like endings: silent.
            } else if (isFrontVowel(next)) {
                say(u"J");
            } else {
                say(u"K");
            }
            break;
        case u'H':
            if (i == 0 && isVowel(next))
                say(u"H");
            break;
        case u'P':
            if (next == u'H') {
                say(u"F");
                ++i;
            } else {
                say(u"P");
            }
            break;
        case u'Q':
            say(u"K");
            break;
        case u'S':
            if (next == u'H') {
                say(u"X");
                ++i;
            } else if (next == u'I' && (at(i + 2) == u'O' || at(i + 2) == u'A')) {
                say(u"X");
            } else {
                say(u"S");
            }
            break;
        case u'T':
            if (next == u'H') { // "Smith", "Thomas": T
                say(u"T");
                ++i;
            } else if (next == u'I' && (at(i + 2) == u'O' || at(i + 2) == u'A')) {
                say(u"X");
            } else if (next == u'C' && at(i + 2) == u'H') {
                // "Fletcher": the CH that follows says it.
            } else {
                say(u"T");
            }
            break;
        case u'V':
            say(u"F");
            break;
        case u'W':
            if (i == 0 || isVowel(next))
                say(u"W");
            break;
        case u'X':
            say(u"KS");
            break;
        case u'Z':
            say(u"S");
            break;
        default: // F J K L M N R, and letters outside A-Z
            say(QStringView(&c, 1));
            break;
        }
    }
    return code;
}

} // namespace tv::server::search
