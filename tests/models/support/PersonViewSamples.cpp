#include "tests/models/support/PersonViewSamples.h"

using namespace Qt::StringLiterals;

namespace tv::testing {

PersonDetails sampleDetails()
{
    return PersonDetails{u"p-1"_s,
                         u"h-1"_s,
                         u"Ada"_s,
                         u"Fictional"_s,
                         u"1 Example Row, Taunton"_s,
                         u"TA1 1AA"_s,
                         QDate(2014, 3, 3),
                         u"A123456789012"_s,
                         u"9434765919"_s, // as the service sends it: ten digits
                         u"LCS-0001"_s};
}

QList<Flag> sampleFlags()
{
    QList<Flag> flags;
    int n = 0;
    for (FlagKind kind : flags::allKinds()) {
        Flag flag{kind, FlagState(n % 3), false, std::nullopt};
        if (n % 4 == 1) {
            flag.assessed = true;
            flag.assessor = u"Sam Worker"_s;
        } else if (n % 4 == 2) {
            flag.assessed = true;
        }
        flags.append(flag);
        ++n;
    }
    return flags;
}

QList<Involvement> sampleInvolvements()
{
    return {
        {u"Children's social care"_s, QDate(2022, 1, 10), QDate(2022, 9, 30), u"Sam Worker"_s,
         u"sam.worker@example.invalid"_s},
        {u"Early help"_s, QDate(2023, 2, 1), std::nullopt, QString(), QString()},
    };
}

QList<Involvement> manyInvolvements(int count)
{
    QList<Involvement> involvements;
    involvements.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDate start = QDate(2020, 1, 1).addDays(i);
        involvements.append({u"Agency %1"_s.arg(i), start,
                             i % 3 == 0 ? std::nullopt : std::optional<QDate>(start.addDays(30)),
                             u"Worker %1"_s.arg(i), u"lead%1@example.invalid"_s.arg(i)});
    }
    return involvements;
}

QList<Assessment> sampleAssessments()
{
    return {
        {u"Child in need plan"_s, QDate(2023, 5, 17), u"Sam Worker"_s,
         u"sam.worker@example.invalid"_s},
        {u"Early help assessment"_s, QDate(2022, 11, 2), QString(), QString()},
    };
}

QList<AttendanceTerm> sampleAttendance()
{
    return {
        {QDate(2023, 1, 4), QDate(2023, 3, 31), u"Example Primary School"_s, 85.0},
        {QDate(2023, 4, 17), QDate(2023, 7, 21), u"Example Primary School"_s, 90.0},
        {QDate(2023, 9, 4), QDate(2023, 12, 20), QString(), 93.5},
    };
}

QList<SourceCoverage> sampleCoverage()
{
    return {
        {u"Education"_s, u"Example Council"_s, QDate(2021, 9, 1), QDate(2024, 2, 29),
         QDate(2024, 3, 3)},
        {u"Social care"_s, u"Example Council"_s, QDate(2019, 4, 1), QDate(2024, 3, 1),
         QDate(2024, 3, 2)},
    };
}

PersonView samplePersonView()
{
    return PersonView{sampleDetails(),     sampleFlags(),      sampleInvolvements(),
                      sampleAssessments(), sampleAttendance(), sampleCoverage(),
                      QDate(2024, 3, 4)};
}

Household sampleHousehold()
{
    using F = FlagKindState;
    const PersonDetails self = sampleDetails();
    return Household{
        self.householdId,
        self.address,
        {
            {{self.id, u"Ada Fictional"_s, self.dateOfBirth, u"Taunton TA1"_s, std::nullopt},
             QList<F>{{FlagKind::YoungCarer, FlagState::Current},
                      {FlagKind::ChildInNeed, FlagState::Historic}},
             false},
            {{u"p-2"_s, u"Bo Fictional"_s, QDate(2010, 7, 21), u"Taunton TA1"_s, std::nullopt},
             QList<F>{{FlagKind::ActiveSocialCareOrEarlyHelp, FlagState::Current},
                      {FlagKind::ChildProtection, FlagState::Current},
                      {FlagKind::ChildInNeed, FlagState::Historic}},
             false},
            {{u"p-3"_s, u"Cy Fictional"_s, QDate(1985, 12, 1), u"Taunton TA1"_s, std::nullopt},
             QList<F>{},
             false},
            // Restricted: the service sends nothing about their flags.
            {{u"p-4"_s, u"Di Fictional"_s, QDate(1988, 2, 29), u"Taunton TA1"_s, std::nullopt},
             std::nullopt,
             true},
        }};
}

QList<InaccuracyReport> sampleReports()
{
    InaccuracyReport open;
    open.id = u"r-1"_s;
    open.personId = u"p-1"_s;
    open.item = u"personal/nhsNumber"_s;
    open.description = u"The NHS number has two digits swapped."_s;
    open.status = ReportStatus::Open;
    open.createdAt = QDateTime(QDate(2024, 3, 3), QTime(12, 0), Qt::UTC);
    open.subject = ReportSubject{u"Ada Fictional"_s, QDate(2014, 3, 3), false};

    InaccuracyReport resolved = open;
    resolved.id = u"r-2"_s;
    resolved.item = u"involvements/3"_s;
    resolved.description = u"This involvement ended last year."_s;
    resolved.status = ReportStatus::Resolved;
    resolved.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);
    resolved.resolvedAt = QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC);
    resolved.resolution = u"The source has been corrected."_s;
    // Another child, whose record was restricted after the report.
    resolved.personId = u"p-2"_s;
    resolved.subject = ReportSubject{u"Sienna Smith"_s, QDate(2016, 10, 12), true};

    InaccuracyReport forwarded = open;
    forwarded.id = u"r-3"_s;
    forwarded.item = u"individual-flags/young-carer"_s;
    forwarded.status = ReportStatus::Forwarded;
    forwarded.subject.reset(); // not named: the reporter's access had lapsed
    return {open, resolved, forwarded};
}

} // namespace tv::testing
