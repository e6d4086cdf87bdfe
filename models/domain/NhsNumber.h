#pragma once

#include <QString>

namespace tv::nhs {

// What is wrong with an NHS number as typed: ten digits (spaces allowed anywhere) whose last is
// the modulus 11 check digit of the first nine.
enum class Problem {
    None,
    NoDigits,      // nothing but spaces
    NotDigits,     // a character that is neither a digit nor a space
    TooFewDigits,  // fewer than ten digits
    TooManyDigits, // more than ten digits
    CheckDigit,    // ten digits, but the last is not the check digit of the first nine
};

struct Check {
    Problem problem = Problem::None;
    int digits = 0;     // how many digits were given
    QString normalised; // the ten digits without spaces, when problem is None

    bool ok() const { return problem == Problem::None; }
};

Check check(const QString &text);

// The problem in one sentence for whoever typed the number, naming the field as a form would
// ("NHS number: 9 digits were given; enter all 10, for example 943 476 5919."); empty when there
// is none. The one wording of the rule: the service sends it in English (no translation is
// loaded there) and the client shows it translated (context "tv::NhsNumber"), so both agree.
QString problemText(const Check &result);

} // namespace tv::nhs
