#include "models/person/PersonViewGroup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::PersonViewGroups;
using tv::models::ViewGroup;

class TestPersonViewGroup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupsHaveTitlesAndTheServicesKeys_data();
    void groupsHaveTitlesAndTheServicesKeys();
    void reportItemsInWords_data();
    void reportItemsInWords();
};

void TestPersonViewGroup::groupsHaveTitlesAndTheServicesKeys_data()
{
    QTest::addColumn<ViewGroup>("group");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");
    QTest::newRow("personal") << ViewGroup::Personal << u"Personal details"_s << u"personal"_s;
    QTest::newRow("criteria") << ViewGroup::VulnerabilityCriteria << u"Vulnerability criteria"_s
                              << u"vulnerability-criteria"_s;
    QTest::newRow("individual") << ViewGroup::IndividualFlags << u"Individual flags"_s
                                << u"individual-flags"_s;
    QTest::newRow("transform") << ViewGroup::TransformVulnerability << u"Transform vulnerability"_s
                               << u"transform-vulnerability"_s;
    QTest::newRow("involvements") << ViewGroup::Involvements << u"Involvements"_s
                                  << u"involvements"_s;
    QTest::newRow("assessments") << ViewGroup::Assessments << u"Assessments"_s << u"assessments"_s;
    QTest::newRow("education") << ViewGroup::Education << u"Education (attendance)"_s
                               << u"education"_s;
}

void TestPersonViewGroup::groupsHaveTitlesAndTheServicesKeys()
{
    QFETCH(ViewGroup, group);
    QFETCH(QString, title);
    QFETCH(QString, key);
    QCOMPARE(PersonViewGroups::title(group), title);
    QCOMPARE(PersonViewGroups::key(group), key);
    QCOMPARE(PersonViewGroups::reportItem(group, 7), key + u"/7"_s);
}

void TestPersonViewGroup::reportItemsInWords_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("words");
    QTest::newRow("personal") << u"personal/nhsNumber"_s << u"Personal details: NHS number"_s;
    QTest::newRow("flag") << u"individual-flags/young-carer"_s
                          << u"Individual flags: Young carer"_s;
    QTest::newRow("transform") << u"transform-vulnerability/crime"_s
                               << u"Transform vulnerability: Crime"_s;
    QTest::newRow("involvement") << u"involvements/3"_s << u"Involvements: row 4"_s;
    QTest::newRow("education") << u"education/0"_s << u"Education (attendance): row 1"_s;
    QTest::newRow("unknown group") << u"letters/1"_s << u"letters/1"_s;
    QTest::newRow("unknown field") << u"personal/shoeSize"_s << u"personal/shoeSize"_s;
    QTest::newRow("unknown flag") << u"individual-flags/tall"_s << u"individual-flags/tall"_s;
    QTest::newRow("bad row") << u"assessments/first"_s << u"assessments/first"_s;
    QTest::newRow("no slash") << u"personal"_s << u"personal"_s;
}

void TestPersonViewGroup::reportItemsInWords()
{
    QFETCH(QString, item);
    QFETCH(QString, words);
    QCOMPARE(PersonViewGroups::reportItemText(item), words);
}

QTEST_GUILESS_MAIN(TestPersonViewGroup)
#include "tst_personviewgroup.moc"
