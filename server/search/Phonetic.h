#pragma once

#include <QString>

namespace tv::server::search {

// A phonetic code for one name token, in the spirit of Metaphone, simplified for English names:
// the first letter's sound, then the consonant sounds, vowels dropped, doubled letters and
// repeated sounds collapsed. "Smith", "Smyth" and "Smtih" give SMT; "William", "Wiliam" and
// "Wlliam" give WLM; "Catherine" and "Kathryn" give KTRN. Input is a NameKeys::tokens() token
// (upper case); letters outside A-Z are kept as they are.
class Phonetic final {
public:
    static QString code(const QString &token);
};

} // namespace tv::server::search
