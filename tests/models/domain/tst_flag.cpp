#include "models/domain/Flag.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::FlagGroup;
using tv::FlagKind;
using tv::FlagState;

class TestFlag final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stateWordsAreTheSeedsExactWords_data();
    void stateWordsAreTheSeedsExactWords();
    void stateWireNamesRoundTrip();
    void unknownWireNamesAreRejected();
    void everyKindBelongsToExactlyOneGroup();
    void groupsHoldTheAgreementsFlags();
};

void TestFlag::stateWordsAreTheSeedsExactWords_data()
{
    QTest::addColumn<FlagState>("state");
    QTest::addColumn<QString>("words");
    QTest::newRow("none") << FlagState::NoInformation << u"No information on database"_s;
    QTest::newRow("historic") << FlagState::Historic << u"Historic"_s;
    QTest::newRow("current") << FlagState::Current << u"Current"_s;
}

void TestFlag::stateWordsAreTheSeedsExactWords()
{
    QFETCH(FlagState, state);
    QFETCH(QString, words);
    QCOMPARE(tv::flags::stateText(state), words);
}

void TestFlag::stateWireNamesRoundTrip()
{
    for (auto state : {FlagState::NoInformation, FlagState::Historic, FlagState::Current})
        QCOMPARE(tv::flags::stateFromWireName(tv::flags::stateWireName(state)), state);
    for (FlagKind kind : tv::flags::allKinds())
        QCOMPARE(tv::flags::kindFromWireName(tv::flags::kindWireName(kind)), kind);
}

void TestFlag::unknownWireNamesAreRejected()
{
    QVERIFY(!tv::flags::stateFromWireName(u"Current"_s)); // display words are not wire names
    QVERIFY(!tv::flags::stateFromWireName(QString()));
    QVERIFY(!tv::flags::kindFromWireName(u"child-protection "_s));
}

void TestFlag::everyKindBelongsToExactlyOneGroup()
{
    QSet<FlagKind> seen;
    for (auto group : {FlagGroup::VulnerabilityCriteria, FlagGroup::IndividualFlags,
                       FlagGroup::TransformVulnerability}) {
        for (FlagKind kind : tv::flags::kindsIn(group)) {
            QVERIFY2(!seen.contains(kind), qPrintable(tv::flags::kindWireName(kind)));
            seen.insert(kind);
            QCOMPARE(tv::flags::groupOf(kind), group);
        }
    }
    QCOMPARE(seen.size(), tv::flags::allKinds().size());
}

void TestFlag::groupsHoldTheAgreementsFlags()
{
    // Appendix C 7.6 (3 criteria), 7.7 (7 individual flags), 7.8 (9 Transform criteria).
    QCOMPARE(tv::flags::kindsIn(FlagGroup::VulnerabilityCriteria).size(), 3);
    QCOMPARE(tv::flags::kindsIn(FlagGroup::IndividualFlags).size(), 7);
    QCOMPARE(tv::flags::kindsIn(FlagGroup::TransformVulnerability).size(), 9);
    QCOMPARE(tv::flags::kindText(FlagKind::ChildLookedAfter), u"Child looked after"_s);
    QCOMPARE(tv::flags::kindText(FlagKind::DomesticViolence), u"Domestic violence"_s);
}

QTEST_GUILESS_MAIN(TestFlag)
#include "tst_flag.moc"
