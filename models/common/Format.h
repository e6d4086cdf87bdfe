#pragma once

#include "models/domain/Flag.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tv::models {

// How every model writes a value as words, so that a date, a percentage or a missing value looks
// the same in every panel. Formats follow the application's default QLocale.
class Format final {
    Q_DECLARE_TR_FUNCTIONS(tv::models::Format)

public:
    Format() = delete;

    // "3 Mar 2014": day, abbreviated month and full year, never ambiguous between readers who
    // put the day first and those who put the month first. An invalid date is "Not recorded".
    static QString date(QDate date);

    // "1 Sep 2023 – 20 Dec 2023", for a cell; spokenDateRange gives "1 Sep 2023 to 20 Dec 2023"
    // for a screen reader.
    static QString dateRange(QDate from, QDate to);
    static QString spokenDateRange(QDate from, QDate to);

    // "93.5%": always one decimal place.
    static QString percentage(double percent);

    // "943 476 5919": an NHS number of ten digits in the 3-3-4 groups it is printed in on NHS
    // letters and cards, whatever spacing it came with; anything else is shown as given.
    static QString nhsNumber(const QString &number);

    // "Sienna Smith, born 3 Mar 2014": whom something is about, told apart from another of the
    // same name; "Sienna Smith, date of birth not recorded" for an invalid date.
    static QString personWithBirth(const QString &displayName, QDate dateOfBirth);

    // One line of what is Current and what is Historic, in the order given:
    // "Current: Child in need; Young carer. Historic: Crime.", "Current: Child in need." or
    // "Historic: Crime."; empty when `flags` is empty (the caller says what that means where it
    // is shown). Flags are separated by semicolons: some flags' names hold a comma.
    static QString flagsAtAGlance(const QList<FlagKindState> &flags);

    // The plain word shown for a value the source did not record, never a blank cell.
    static QString notRecorded();
    static QString orNotRecorded(const QString &text);
    static QString orNotRecorded(const std::optional<QString> &text);
};

} // namespace tv::models
