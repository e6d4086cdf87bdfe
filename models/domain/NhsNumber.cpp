#include "models/domain/NhsNumber.h"

#include <QCoreApplication>

namespace tv::nhs {

Check check(const QString &text)
{
    Check result;
    QString digits;
    bool other = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!c.isSpace())
            other = true;
    }
    result.digits = int(digits.size());
    if (other) {
        result.problem = Problem::NotDigits;
    } else if (digits.isEmpty()) {
        result.problem = Problem::NoDigits;
    } else if (digits.size() < 10) {
        result.problem = Problem::TooFewDigits;
    } else if (digits.size() > 10) {
        result.problem = Problem::TooManyDigits;
    } else {
        int sum = 0;
        for (qsizetype i = 0; i < 9; ++i)
            sum += (digits.at(i).unicode() - u'0') * int(10 - i);
        int expected = 11 - sum % 11;
        if (expected == 11)
            expected = 0;
        if (expected == 10 || expected != digits.at(9).unicode() - u'0')
            result.problem = Problem::CheckDigit;
        else
            result.normalised = digits;
    }
    return result;
}

QString problemText(const Check &result)
{
    switch (result.problem) {
    case Problem::None:
        return {};
    case Problem::NoDigits:
        return QCoreApplication::translate(
            "tv::NhsNumber", "NHS number: enter all 10 digits, for example 943 476 5919.");
    case Problem::NotDigits:
        return QCoreApplication::translate("tv::NhsNumber",
                                           "NHS number: use only digits and spaces, for example "
                                           "943 476 5919.");
    case Problem::TooFewDigits:
        // Two sentences rather than "%n digit(s)": the service shows the source text as it is.
        if (result.digits == 1) {
            return QCoreApplication::translate("tv::NhsNumber",
                                               "NHS number: 1 digit was given; enter all 10, for "
                                               "example 943 476 5919.");
        }
        return QCoreApplication::translate("tv::NhsNumber",
                                           "NHS number: %n digits were given; enter all 10, for "
                                           "example 943 476 5919.",
                                           nullptr, result.digits);
    case Problem::TooManyDigits:
        return QCoreApplication::translate("tv::NhsNumber",
                                           "NHS number: %n digits were given; an NHS number has "
                                           "10, for example 943 476 5919.",
                                           nullptr, result.digits);
    case Problem::CheckDigit:
        return QCoreApplication::translate(
            "tv::NhsNumber", "NHS number: the last digit does not match the first nine, so this "
                             "is not a real NHS number: check each digit.");
    }
    return {};
}

} // namespace tv::nhs
