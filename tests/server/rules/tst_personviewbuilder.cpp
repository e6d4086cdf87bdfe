#include "server/rules/PersonViewBuilder.h"
#include "tests/support/PersonRecordNames.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using tv::server::rules::PersonViewBuilder;

namespace tv {
// Readable failures for QCOMPARE on a flag state.
char *toString(const FlagState &state)
{
    return QTest::toString(flags::stateWireName(state));
}
} // namespace tv

namespace {

// Every case is evaluated on this as-of date unless it says otherwise; its window starts two years
// earlier to the day.
QDate asOf()
{
    return {2024, 6, 15};
}
QDate windowStart()
{
    return {2022, 6, 15};
}
QDate tenYearsAgo()
{
    return {2014, 6, 15};
}
// A leap-day as-of date: its window starts on 28 February 2022.
QDate leapDay()
{
    return {2024, 2, 29};
}

EpisodeRecord episode(FlagKind kind, const QDate &start, std::optional<QDate> end,
                      bool assessed = false, std::optional<QString> assessor = std::nullopt)
{
    EpisodeRecord e;
    e.flag = kind;
    e.source = u"CSC"_s;
    e.start = start;
    e.end = end;
    e.assessed = assessed;
    e.assessor = std::move(assessor);
    return e;
}

InvolvementRecord involvement(InvolvementService service, const QString &agency, const QDate &start,
                              std::optional<QDate> end)
{
    InvolvementRecord record;
    record.service = service;
    record.involvement = {agency, start, end, u"Worker"_s, u"lead@example.org"_s};
    return record;
}

Assessment assessment(const QString &type, const QDate &date)
{
    return {type, date, u"Creator"_s, u"creator@example.org"_s};
}

AttendanceTerm term(const QString &school, const QDate &start, const QDate &end)
{
    return {start, end, school, 95.5};
}

const Flag &flagOf(const PersonView &view, FlagKind kind)
{
    const auto it = std::find_if(view.flags.cbegin(), view.flags.cend(),
                                 [kind](const Flag &flag) { return flag.kind == kind; });
    if (it == view.flags.cend())
        qFatal("flag missing from the view");
    return *it;
}

QStringList agencies(const QList<Involvement> &involvements)
{
    QStringList names;
    for (const Involvement &i : involvements)
        names.append(i.agency);
    return names;
}

QStringList types(const QList<Assessment> &assessments)
{
    QStringList names;
    for (const Assessment &a : assessments)
        names.append(a.type);
    return names;
}

QStringList schools(const QList<AttendanceTerm> &terms)
{
    QStringList names;
    for (const AttendanceTerm &t : terms)
        names.append(t.school);
    return names;
}

// A record with ten-year-old social care, early help and other involvements and nothing else.
PersonRecord oldInvolvementsOnly()
{
    PersonRecord record;
    record.involvements = {
        involvement(InvolvementService::SocialCare, u"Old CSC"_s, {2013, 1, 10}, tenYearsAgo()),
        involvement(InvolvementService::EarlyHelp, u"Old early help"_s, {2014, 1, 5},
                    QDate(2014, 9, 1)),
        involvement(InvolvementService::Other, u"Old other"_s, {2013, 3, 1}, QDate(2014, 2, 1)),
    };
    return record;
}

} // namespace

class TestPersonViewBuilder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- The window (7.2, 12.2) ----------------------------------------------------------------

    void windowStartsTwoYearsBefore_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ordinary day") << asOf() << windowStart();
        QTest::newRow("29 February: 28 February two years before")
            << leapDay() << QDate(2022, 2, 28);
        QTest::newRow("1 March after a leap day") << QDate(2024, 3, 1) << QDate(2022, 3, 1);
        QTest::newRow("28 February into a leap year") << QDate(2026, 2, 28) << QDate(2024, 2, 28);
        QTest::newRow("new year's day") << QDate(2024, 1, 1) << QDate(2022, 1, 1);
    }

    void windowStartsTwoYearsBefore()
    {
        QFETCH(QDate, on);
        QFETCH(QDate, expected);
        QCOMPARE(PersonViewBuilder::windowStart(on), expected);
    }

    // ---- Flag states (7.3, 14.2.3) -------------------------------------------------------------

    void flagState_data()
    {
        QTest::addColumn<FlagKind>("kind");
        QTest::addColumn<QList<EpisodeRecord>>("episodes");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<FlagState>("expected");

        const FlagKind cp = FlagKind::ChildProtection;
        const auto row = [](const char *name, FlagKind kind, const QList<EpisodeRecord> &episodes,
                            const QDate &on, FlagState expected) {
            QTest::newRow(name) << kind << episodes << on << expected;
        };

        row("no episodes", cp, {}, asOf(), FlagState::NoInformation);
        row("open-ended, started ten years ago", cp, {episode(cp, tenYearsAgo(), std::nullopt)},
            asOf(), FlagState::Current);
        row("open-ended, starts on the as-of date", cp, {episode(cp, asOf(), std::nullopt)}, asOf(),
            FlagState::Current);
        row("open-ended, starts the day after the as-of date", cp,
            {episode(cp, asOf().addDays(1), std::nullopt)}, asOf(), FlagState::NoInformation);
        row("starts and ends after the as-of date", cp,
            {episode(cp, asOf().addDays(1), asOf().addDays(30))}, asOf(), FlagState::NoInformation);
        row("ends on the as-of date", cp, {episode(cp, {2023, 1, 1}, asOf())}, asOf(),
            FlagState::Current);
        row("ends the day after the as-of date", cp, {episode(cp, {2023, 1, 1}, asOf().addDays(1))},
            asOf(), FlagState::Current);
        row("ends the day before the as-of date", cp,
            {episode(cp, {2023, 1, 1}, asOf().addDays(-1))}, asOf(), FlagState::Historic);
        row("ends on the day the window starts", cp, {episode(cp, {2021, 1, 1}, windowStart())},
            asOf(), FlagState::Historic);
        row("ends the day before the window starts", cp,
            {episode(cp, {2021, 1, 1}, windowStart().addDays(-1))}, asOf(),
            FlagState::NoInformation);
        row("ended ten years ago", cp, {episode(cp, {2012, 1, 1}, tenYearsAgo())}, asOf(),
            FlagState::NoInformation);
        row("open and ended in the window: Current wins", cp,
            {episode(cp, {2022, 9, 1}, QDate(2023, 1, 1)), episode(cp, {2023, 5, 1}, std::nullopt)},
            asOf(), FlagState::Current);
        row("ended in the window and ended before it: Historic", cp,
            {episode(cp, {2010, 1, 1}, QDate(2011, 1, 1)),
             episode(cp, {2022, 1, 1}, QDate(2023, 1, 1))},
            asOf(), FlagState::Historic);
        row("an open episode of another flag does not count", cp,
            {episode(FlagKind::ChildInNeed, {2023, 1, 1}, std::nullopt)}, asOf(),
            FlagState::NoInformation);

        // 14.2.3: Transform vulnerability is restricted to the window by the same rule.
        const FlagKind crime = FlagKind::Crime;
        row("transform: open", crime, {episode(crime, tenYearsAgo(), std::nullopt)}, asOf(),
            FlagState::Current);
        row("transform: ends on the as-of date", crime, {episode(crime, {2023, 1, 1}, asOf())},
            asOf(), FlagState::Current);
        row("transform: ends on the day the window starts", crime,
            {episode(crime, {2021, 1, 1}, windowStart())}, asOf(), FlagState::Historic);
        row("transform: ends the day before the window starts", crime,
            {episode(crime, {2021, 1, 1}, windowStart().addDays(-1))}, asOf(),
            FlagState::NoInformation);
        row("transform: starts after the as-of date", crime,
            {episode(crime, asOf().addDays(1), std::nullopt)}, asOf(), FlagState::NoInformation);

        // 29 February as-of: the window starts on 28 February 2022.
        row("29 February: ends on 28 February two years before", cp,
            {episode(cp, {2021, 1, 1}, QDate(2022, 2, 28))}, leapDay(), FlagState::Historic);
        row("29 February: ends on 27 February two years before", cp,
            {episode(cp, {2021, 1, 1}, QDate(2022, 2, 27))}, leapDay(), FlagState::NoInformation);
        row("29 February: ends on the leap day", cp, {episode(cp, {2023, 1, 1}, leapDay())},
            leapDay(), FlagState::Current);
        row("29 February: starts the day after (1 March)", cp,
            {episode(cp, {2024, 3, 1}, std::nullopt)}, leapDay(), FlagState::NoInformation);
    }

    void flagState()
    {
        QFETCH(FlagKind, kind);
        QFETCH(QList<EpisodeRecord>, episodes);
        QFETCH(QDate, on);
        QFETCH(FlagState, expected);

        PersonRecord record;
        record.episodes = episodes;
        const PersonView view = PersonViewBuilder::build(record, on);
        QCOMPARE(flagOf(view, kind).state, expected);
        // No other flag is touched by these episodes unless they belong to it.
        for (const Flag &flag : view.flags) {
            const bool hasEpisodes =
                std::any_of(episodes.cbegin(), episodes.cend(),
                            [&flag](const EpisodeRecord &e) { return e.flag == flag.kind; });
            if (!hasEpisodes)
                QCOMPARE(flag.state, FlagState::NoInformation);
        }
    }

    void everyKindOnceInDisplayOrder_data()
    {
        QTest::addColumn<QList<EpisodeRecord>>("episodes");
        QTest::newRow("no episodes") << QList<EpisodeRecord>{};
        QTest::newRow("episodes in reverse kind order") << QList<EpisodeRecord>{
            episode(FlagKind::DomesticViolence, {2023, 1, 1}, std::nullopt),
            episode(FlagKind::ChildInNeed, {2023, 1, 1}, QDate(2023, 6, 1)),
            episode(FlagKind::ChildInNeed, {2023, 7, 1}, std::nullopt),
            episode(FlagKind::ActiveSocialCareOrEarlyHelp, {2012, 1, 1}, QDate(2013, 1, 1)),
        };
    }

    void everyKindOnceInDisplayOrder()
    {
        QFETCH(QList<EpisodeRecord>, episodes);
        PersonRecord record;
        record.episodes = episodes;
        const PersonView view = PersonViewBuilder::build(record, asOf());
        QList<FlagKind> kinds;
        for (const Flag &flag : view.flags)
            kinds.append(flag.kind);
        QCOMPARE(kinds, tv::flags::allKinds());
        QCOMPARE(kinds.size(), 19);
    }

    // ---- Assessed and assessor (14.2.4) --------------------------------------------------------

    void flagAssessment_data()
    {
        QTest::addColumn<QList<EpisodeRecord>>("episodes");
        QTest::addColumn<FlagState>("state");
        QTest::addColumn<bool>("assessed");
        QTest::addColumn<std::optional<QString>>("assessor");

        const FlagKind cp = FlagKind::ChildProtection;
        const std::optional<QString> none;
        const auto who = [](const char *name) {
            return std::optional<QString>(QString::fromUtf8(name));
        };

        QTest::newRow("current, assessed")
            << QList<EpisodeRecord>{episode(cp, {2023, 1, 1}, std::nullopt, true, who("Ann"))}
            << FlagState::Current << true << who("Ann");
        QTest::newRow("current, not assessed")
            << QList<EpisodeRecord>{episode(cp, {2023, 1, 1}, std::nullopt)} << FlagState::Current
            << false << none;
        QTest::newRow("current: an assessed episode that ended does not count")
            << QList<EpisodeRecord>{episode(cp, {2022, 8, 1}, QDate(2023, 1, 1), true, who("Ann")),
                                    episode(cp, {2023, 5, 1}, std::nullopt)}
            << FlagState::Current << false << none;
        QTest::newRow("historic: an assessed episode before the window does not count")
            << QList<EpisodeRecord>{episode(cp, {2010, 1, 1}, QDate(2011, 1, 1), true, who("Ann")),
                                    episode(cp, {2022, 8, 1}, QDate(2023, 1, 1))}
            << FlagState::Historic << false << none;
        QTest::newRow("historic: the most recent assessed episode names the assessor")
            << QList<EpisodeRecord>{episode(cp, {2022, 7, 1}, QDate(2022, 12, 1), true, who("Ann")),
                                    episode(cp, {2023, 3, 1}, QDate(2024, 1, 1), true, who("Bob"))}
            << FlagState::Historic << true << who("Bob");
        QTest::newRow("historic: same, input in the other order")
            << QList<EpisodeRecord>{episode(cp, {2023, 3, 1}, QDate(2024, 1, 1), true, who("Bob")),
                                    episode(cp, {2022, 7, 1}, QDate(2022, 12, 1), true, who("Ann"))}
            << FlagState::Historic << true << who("Bob");
        QTest::newRow("current: a newer unassessed episode does not hide the assessor")
            << QList<EpisodeRecord>{episode(cp, {2020, 1, 1}, std::nullopt, true, who("Ann")),
                                    episode(cp, {2023, 1, 1}, std::nullopt)}
            << FlagState::Current << true << who("Ann");
        QTest::newRow("current: same start, the later end is the more recent")
            << QList<EpisodeRecord>{episode(cp, {2023, 1, 1}, std::nullopt, true, who("Bob")),
                                    episode(cp, {2023, 1, 1}, asOf(), true, who("Ann"))}
            << FlagState::Current << true << who("Bob");
        QTest::newRow("assessed, nobody named")
            << QList<EpisodeRecord>{episode(cp, {2023, 1, 1}, std::nullopt, true)}
            << FlagState::Current << true << none;
        QTest::newRow("assessed, blank name is nobody")
            << QList<EpisodeRecord>{episode(cp, {2023, 1, 1}, std::nullopt, true, who("  "))}
            << FlagState::Current << true << none;
        QTest::newRow("the most recent assessed episode names nobody")
            << QList<EpisodeRecord>{episode(cp, {2020, 1, 1}, std::nullopt, true, who("Ann")),
                                    episode(cp, {2023, 1, 1}, std::nullopt, true)}
            << FlagState::Current << true << none;
        QTest::newRow("not assessed but an assessor given: no assessor")
            << QList<EpisodeRecord>{episode(cp, {2023, 1, 1}, std::nullopt, false, who("Ann"))}
            << FlagState::Current << false << none;
        QTest::newRow("no information: an old assessment does not show")
            << QList<EpisodeRecord>{episode(cp, {2010, 1, 1}, QDate(2011, 1, 1), true, who("Ann"))}
            << FlagState::NoInformation << false << none;
    }

    void flagAssessment()
    {
        QFETCH(QList<EpisodeRecord>, episodes);
        QFETCH(FlagState, state);
        QFETCH(bool, assessed);
        QFETCH(std::optional<QString>, assessor);

        PersonRecord record;
        record.episodes = episodes;
        const Flag flag =
            flagOf(PersonViewBuilder::build(record, asOf()), FlagKind::ChildProtection);
        QCOMPARE(flag.state, state);
        QCOMPARE(flag.assessed, assessed);
        QCOMPARE(flag.assessor.value_or(u"<none>"_s), assessor.value_or(u"<none>"_s));
    }

    // ---- The exact words (7.3, 14.2.4) ---------------------------------------------------------

    void stateWords_data()
    {
        QTest::addColumn<FlagKind>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("open episode") << FlagKind::ChildProtection << u"Current"_s;
        QTest::newRow("ended in the window") << FlagKind::ChildInNeed << u"Historic"_s;
        QTest::newRow("ended before the window")
            << FlagKind::YoungCarer << u"No information on database"_s;
        QTest::newRow("no episode") << FlagKind::Crime << u"No information on database"_s;
    }

    void stateWords()
    {
        QFETCH(FlagKind, kind);
        QFETCH(QString, words);
        PersonRecord record;
        record.episodes = {
            episode(FlagKind::ChildProtection, {2023, 1, 1}, std::nullopt),
            episode(FlagKind::ChildInNeed, {2022, 1, 1}, QDate(2023, 1, 1)),
            episode(FlagKind::YoungCarer, {2012, 1, 1}, QDate(2013, 1, 1)),
        };
        const Flag flag = flagOf(PersonViewBuilder::build(record, asOf()), kind);
        QCOMPARE(tv::flags::stateText(flag.state), words);
    }

    // ---- Involvements and the chronology exception (7.2, 12.2) ---------------------------------

    void involvements_data()
    {
        QTest::addColumn<PersonRecord>("record");
        QTest::addColumn<QStringList>("expected");

        const auto sc = InvolvementService::SocialCare;
        const auto eh = InvolvementService::EarlyHelp;
        const auto other = InvolvementService::Other;
        const auto with = [](const QList<InvolvementRecord> &involvements) {
            PersonRecord record;
            record.involvements = involvements;
            return record;
        };

        QTest::newRow("open, started ten years ago")
            << with({involvement(other, u"A"_s, tenYearsAgo(), std::nullopt)})
            << QStringList{u"A"_s};
        QTest::newRow("ended on the day the window starts")
            << with({involvement(other, u"A"_s, {2021, 1, 1}, windowStart())})
            << QStringList{u"A"_s};
        QTest::newRow("ended the day before the window starts")
            << with({involvement(other, u"A"_s, {2021, 1, 1}, windowStart().addDays(-1))})
            << QStringList{};
        QTest::newRow("social care ended the day before the window starts, nothing recent")
            << with({involvement(sc, u"A"_s, {2021, 1, 1}, windowStart().addDays(-1))})
            << QStringList{};
        QTest::newRow("starts on the as-of date")
            << with({involvement(other, u"A"_s, asOf(), std::nullopt)}) << QStringList{u"A"_s};
        QTest::newRow("starts the day after the as-of date")
            << with({involvement(sc, u"A"_s, asOf().addDays(1), std::nullopt)}) << QStringList{};

        {
            PersonRecord old = oldInvolvementsOnly();
            QTest::newRow("ten-year-old involvements alone") << old << QStringList{};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.assessments = {assessment(u"Early help assessment"_s, {2023, 3, 1})};
            QTest::newRow("one recent assessment: full chronology, old 'Other' hidden")
                << record << QStringList{u"Old early help"_s, u"Old CSC"_s};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.assessments = {assessment(u"Old assessment"_s, windowStart().addDays(-1))};
            QTest::newRow("assessment the day before the window starts: no chronology")
                << record << QStringList{};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.incidents = {QDate(2023, 11, 2)};
            QTest::newRow("incident inside the window: full chronology")
                << record << QStringList{u"Old early help"_s, u"Old CSC"_s};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.incidents = {windowStart()};
            QTest::newRow("incident on the day the window starts: full chronology")
                << record << QStringList{u"Old early help"_s, u"Old CSC"_s};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.incidents = {asOf()};
            QTest::newRow("incident on the as-of date: full chronology")
                << record << QStringList{u"Old early help"_s, u"Old CSC"_s};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.incidents = {windowStart().addDays(-1)};
            QTest::newRow("incident the day before the window starts: no chronology")
                << record << QStringList{};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.incidents = {asOf().addDays(1)};
            QTest::newRow("incident after the as-of date: no chronology")
                << record << QStringList{};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.episodes = {episode(FlagKind::Crime, {2021, 1, 1}, windowStart())};
            QTest::newRow("flag episode ended on the day the window starts: full chronology")
                << record << QStringList{u"Old early help"_s, u"Old CSC"_s};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.episodes = {episode(FlagKind::Crime, {2021, 1, 1}, windowStart().addDays(-1))};
            QTest::newRow("flag episode ended the day before the window starts: no chronology")
                << record << QStringList{};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.episodes = {episode(FlagKind::Crime, asOf().addDays(1), std::nullopt)};
            QTest::newRow("flag episode starting after the as-of date: no chronology")
                << record << QStringList{};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.involvements.append(
                involvement(other, u"Recent other"_s, {2023, 2, 1}, QDate(2023, 8, 1)));
            QTest::newRow("recent 'Other' involvement: full chronology")
                << record << QStringList{u"Recent other"_s, u"Old early help"_s, u"Old CSC"_s};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.involvements.append(
                involvement(eh, u"Future early help"_s, asOf().addDays(1), std::nullopt));
            QTest::newRow("involvement starting after the as-of date: no chronology, not shown")
                << record << QStringList{};
        }
        {
            PersonRecord record = oldInvolvementsOnly();
            record.incidents = {QDate(2023, 11, 2)};
            record.involvements.append(
                involvement(sc, u"Future CSC"_s, asOf().addDays(1), std::nullopt));
            QTest::newRow("the chronology never shows an involvement after the as-of date")
                << record << QStringList{u"Old early help"_s, u"Old CSC"_s};
        }
    }

    void involvements()
    {
        QFETCH(PersonRecord, record);
        QFETCH(QStringList, expected);
        QCOMPARE(agencies(PersonViewBuilder::build(record, asOf()).involvements), expected);
    }

    void involvementsNewestFirstAnyInputOrder()
    {
        const auto other = InvolvementService::Other;
        QList<InvolvementRecord> input = {
            involvement(other, u"2023 closed"_s, {2023, 1, 1}, QDate(2023, 2, 1)),
            involvement(other, u"2024"_s, {2024, 1, 1}, std::nullopt),
            involvement(other, u"2023 open"_s, {2023, 1, 1}, std::nullopt),
            involvement(other, u"2023 later end"_s, {2023, 1, 1}, QDate(2023, 9, 1)),
            involvement(other, u"2022 B"_s, {2022, 7, 1}, QDate(2022, 8, 1)),
            involvement(other, u"2022 A"_s, {2022, 7, 1}, QDate(2022, 8, 1)),
        };
        const QStringList expected = {u"2024"_s,        u"2023 open"_s, u"2023 later end"_s,
                                      u"2023 closed"_s, u"2022 A"_s,    u"2022 B"_s};
        for (int rotation = 0; rotation < input.size(); ++rotation) {
            PersonRecord record;
            record.involvements = input;
            QCOMPARE(agencies(PersonViewBuilder::build(record, asOf()).involvements), expected);
            std::reverse(record.involvements.begin(), record.involvements.end());
            QCOMPARE(agencies(PersonViewBuilder::build(record, asOf()).involvements), expected);
            std::rotate(input.begin(), input.begin() + 1, input.end());
        }
    }

    // ---- Assessments (7.10 within 7.2) ---------------------------------------------------------

    void assessments_data()
    {
        QTest::addColumn<QList<Assessment>>("assessments");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("on the day the window starts")
            << QList<Assessment>{assessment(u"A"_s, windowStart())} << QStringList{u"A"_s};
        QTest::newRow("the day before the window starts")
            << QList<Assessment>{assessment(u"A"_s, windowStart().addDays(-1))} << QStringList{};
        QTest::newRow("on the as-of date")
            << QList<Assessment>{assessment(u"A"_s, asOf())} << QStringList{u"A"_s};
        QTest::newRow("the day after the as-of date")
            << QList<Assessment>{assessment(u"A"_s, asOf().addDays(1))} << QStringList{};
        QTest::newRow("newest first")
            << QList<Assessment>{assessment(u"Middle"_s, {2023, 1, 1}),
                                 assessment(u"Oldest"_s, {2022, 7, 1}),
                                 assessment(u"Ten years"_s, tenYearsAgo()),
                                 assessment(u"Newest"_s, {2024, 3, 1})}
            << QStringList{u"Newest"_s, u"Middle"_s, u"Oldest"_s};
        QTest::newRow("same date: by type")
            << QList<Assessment>{assessment(u"B"_s, {2023, 1, 1}), assessment(u"A"_s, {2023, 1, 1})}
            << QStringList{u"A"_s, u"B"_s};
    }

    void assessments()
    {
        QFETCH(QList<Assessment>, assessments);
        QFETCH(QStringList, expected);
        PersonRecord record;
        record.assessments = assessments;
        QCOMPARE(types(PersonViewBuilder::build(record, asOf()).assessments), expected);
    }

    // ---- Attendance (7.11 within 7.2) ----------------------------------------------------------

    void attendance_data()
    {
        QTest::addColumn<QList<AttendanceTerm>>("terms");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("term ends on the day the window starts")
            << QList<AttendanceTerm>{term(u"A"_s, {2022, 4, 20}, windowStart())}
            << QStringList{u"A"_s};
        QTest::newRow("term ends the day before the window starts")
            << QList<AttendanceTerm>{term(u"A"_s, {2022, 4, 20}, windowStart().addDays(-1))}
            << QStringList{};
        QTest::newRow("term starts on the as-of date")
            << QList<AttendanceTerm>{term(u"A"_s, asOf(), {2024, 7, 20})} << QStringList{u"A"_s};
        QTest::newRow("term starts the day after the as-of date")
            << QList<AttendanceTerm>{term(u"A"_s, asOf().addDays(1), {2024, 7, 20})}
            << QStringList{};
        QTest::newRow("oldest term first")
            << QList<AttendanceTerm>{term(u"Summer 2024"_s, {2024, 4, 15}, {2024, 7, 20}),
                                     term(u"Summer 2022"_s, {2022, 4, 20}, {2022, 7, 20}),
                                     term(u"Autumn 2023"_s, {2023, 9, 4}, {2023, 12, 20}),
                                     term(u"Autumn 2014"_s, {2014, 9, 4}, {2014, 12, 20})}
            << QStringList{u"Summer 2022"_s, u"Autumn 2023"_s, u"Summer 2024"_s};
        QTest::newRow("same term at two schools: by school")
            << QList<AttendanceTerm>{term(u"B"_s, {2023, 9, 4}, {2023, 12, 20}),
                                     term(u"A"_s, {2023, 9, 4}, {2023, 12, 20})}
            << QStringList{u"A"_s, u"B"_s};
    }

    void attendance()
    {
        QFETCH(QList<AttendanceTerm>, terms);
        QFETCH(QStringList, expected);
        PersonRecord record;
        record.attendance = terms;
        QCOMPARE(schools(PersonViewBuilder::build(record, asOf()).attendance), expected);
    }

    // ---- Whole views ---------------------------------------------------------------------------

    void onlyOldDataShowsNothing()
    {
        PersonRecord record = oldInvolvementsOnly();
        record.details.id = u"p-1"_s;
        record.episodes = {
            episode(FlagKind::ChildProtection, {2012, 1, 1}, tenYearsAgo(), true, u"Ann"_s),
            episode(FlagKind::Crime, {2020, 1, 1}, windowStart().addDays(-1)),
            episode(FlagKind::ActiveSocialCareOrEarlyHelp, {2013, 1, 1}, QDate(2014, 1, 1)),
        };
        record.assessments = {assessment(u"Old"_s, tenYearsAgo())};
        record.attendance = {term(u"Old school"_s, {2014, 4, 20}, {2014, 7, 20})};
        record.incidents = {tenYearsAgo()};

        const PersonView view = PersonViewBuilder::build(record, asOf());
        QCOMPARE(view.flags.size(), tv::flags::allKinds().size());
        for (const Flag &flag : view.flags) {
            QCOMPARE(flag.state, FlagState::NoInformation);
            QVERIFY(!flag.assessed);
            QVERIFY(!flag.assessor);
        }
        QVERIFY(view.involvements.isEmpty());
        QVERIFY(view.assessments.isEmpty());
        QVERIFY(view.attendance.isEmpty());
        QCOMPARE(view.details.id, u"p-1"_s);
    }

    void copiesDetailsAndAsOfLeavesCoverage()
    {
        PersonRecord record;
        record.details.id = u"p-42"_s;
        record.details.householdId = u"h-7"_s;
        record.details.givenName = u"Ada"_s;
        record.details.familyName = u"Fictional"_s;
        record.details.dateOfBirth = QDate(2012, 5, 1);
        record.details.upn = u"A123456789012"_s;
        const PersonView view = PersonViewBuilder::build(record, leapDay());
        QCOMPARE(view.details, record.details);
        QCOMPARE(view.asOf, leapDay());
        QVERIFY(view.coverage.isEmpty());
    }

    // ---- Household summary ---------------------------------------------------------------------

    void summarise_data()
    {
        using Named = QList<FlagKindState>;
        QTest::addColumn<QList<EpisodeRecord>>("episodes");
        QTest::addColumn<Named>("named");

        QTest::newRow("nothing") << QList<EpisodeRecord>{} << Named{};
        QTest::newRow("only old and future episodes")
            << QList<EpisodeRecord>{episode(FlagKind::ChildInNeed, {2012, 1, 1}, tenYearsAgo()),
                                    episode(FlagKind::Crime, asOf().addDays(1), std::nullopt)}
            << Named{};
        QTest::newRow("one flag, open and ended: named once, as current")
            << QList<EpisodeRecord>{episode(FlagKind::ChildInNeed, {2022, 8, 1}, QDate(2023, 1, 1)),
                                    episode(FlagKind::ChildInNeed, {2023, 5, 1}, std::nullopt)}
            << Named{{FlagKind::ChildInNeed, FlagState::Current}};
        // In display order over every group, whatever order the episodes came in.
        QTest::newRow("mixed groups")
            << QList<EpisodeRecord>{
                   episode(FlagKind::Health, {2023, 1, 1}, QDate(2024, 1, 1)),
                   episode(FlagKind::ActiveSocialCareOrEarlyHelp, {2023, 1, 1}, std::nullopt),
                   episode(FlagKind::ChildProtection, {2023, 1, 1}, asOf()),
                   episode(FlagKind::ChildInNeed, {2022, 1, 1}, windowStart()),
                   episode(FlagKind::Crime, {2023, 1, 1}, QDate(2024, 1, 1)),
                   episode(FlagKind::YoungCarer, {2012, 1, 1}, tenYearsAgo()),
               }
            << Named{{FlagKind::ActiveSocialCareOrEarlyHelp, FlagState::Current},
                     {FlagKind::ChildProtection, FlagState::Current},
                     {FlagKind::ChildInNeed, FlagState::Historic},
                     {FlagKind::Health, FlagState::Historic},
                     {FlagKind::Crime, FlagState::Historic}};
    }

    void summarise()
    {
        QFETCH(QList<EpisodeRecord>, episodes);
        QFETCH(QList<FlagKindState>, named);

        PersonRecord record;
        record.episodes = episodes;
        const PersonSummary person{u"p-9"_s, u"Ada Fictional"_s, QDate(2012, 5, 1),
                                   u"Taunton TA1"_s, u"Fictional Primary"_s};
        const HouseholdMember member = PersonViewBuilder::summarise(person, record, asOf());
        QCOMPARE(member.person, person);
        QVERIFY(!member.restricted);
        QVERIFY(member.flags.has_value());
        QCOMPARE(*member.flags, named);

        // The same flags and states as the person view of that member.
        const PersonView view = PersonViewBuilder::build(record, asOf());
        QList<FlagKindState> fromView;
        for (const Flag &flag : view.flags) {
            if (flag.state != FlagState::NoInformation)
                fromView.append({flag.kind, flag.state});
        }
        QCOMPARE(fromView, named);
    }

    // A restricted member's flags are not worked out, so none can be sent (Appendix C 13.6).
    void summariseSaysNothingOfARestrictedMember()
    {
        PersonRecord record;
        record.restricted = true;
        record.episodes = {episode(FlagKind::ChildInNeed, {2023, 5, 1}, std::nullopt)};
        const PersonSummary person{u"p-9"_s, u"Ada Fictional"_s, QDate(2012, 5, 1),
                                   u"Taunton TA1"_s, std::nullopt};
        const HouseholdMember member = PersonViewBuilder::summarise(person, record, asOf());
        QVERIFY(member.restricted);
        QVERIFY(!member.flags.has_value());
        QCOMPARE(member.person, person);
    }
};

QTEST_GUILESS_MAIN(TestPersonViewBuilder)
#include "tst_personviewbuilder.moc"
