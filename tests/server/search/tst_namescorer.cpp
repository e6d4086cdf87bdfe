#include "server/search/NameKeys.h"
#include "server/search/NameScorer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::search::NameKeys;
using tv::server::search::NameScorer;

class TestNameScorer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void measuresEditDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << u"SMITH"_s << u"SMITH"_s << 0;
        QTest::newRow("transposition") << u"SMITH"_s << u"SMTIH"_s << 1;
        QTest::newRow("transposition at start") << u"WILLIAM"_s << u"IWLLIAM"_s << 1;
        QTest::newRow("deletion") << u"WILLIAM"_s << u"WILIAM"_s << 1;
        QTest::newRow("insertion") << u"JON"_s << u"JOHN"_s << 1;
        QTest::newRow("substitution") << u"SMITH"_s << u"SMYTH"_s << 1;
        QTest::newRow("kitten sitting") << u"KITTEN"_s << u"SITTING"_s << 3;
        QTest::newRow("empty") << QString() << u"ABC"_s << 3;
        QTest::newRow("two-letter swap") << u"CA"_s << u"AC"_s << 1;
    }

    void measuresEditDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(NameScorer::editDistance(a, b), distance);
        QCOMPARE(NameScorer::editDistance(b, a), distance);
    }

    void ranksWordMatches()
    {
        const double exact = NameScorer::wordScore(u"WILLIAM"_s, u"WILLIAM"_s);
        const double nickname = NameScorer::wordScore(u"BILL"_s, u"WILLIAM"_s);
        const double typo = NameScorer::wordScore(u"WILIAM"_s, u"WILLIAM"_s);
        const double nicknameTypo = NameScorer::wordScore(u"WILIAM"_s, u"BILL"_s);
        const double phonetic = NameScorer::wordScore(u"KATHRYN"_s, u"CATHRIN"_s);
        QCOMPARE(exact, 1.0);
        QVERIFY(exact > nickname);
        QVERIFY(nickname > typo);
        QVERIFY(typo > nicknameTypo);
        QVERIFY(nicknameTypo > phonetic);
        QVERIFY(phonetic >= NameScorer::MinimumWordScore);
        QCOMPARE(NameScorer::wordScore(u"ROBERT"_s, u"WILLIAM"_s), 0.0);
        QCOMPARE(NameScorer::wordScore(u"SMITH"_s, u"JONES"_s), 0.0);
    }

    void scoresNames_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<double>("score");
        QTest::newRow("exact") << u"William Smith"_s << u"William"_s << u"Smith"_s << 1.0;
        QTest::newRow("nickname") << u"Bill Smith"_s << u"William"_s << u"Smith"_s << 0.95;
        QTest::newRow("swapped") << u"Smith William"_s << u"William"_s << u"Smith"_s << 0.92;
        QTest::newRow("typo") << u"William Smtih"_s << u"William"_s << u"Smith"_s << 0.925;
        QTest::newRow("middle name held")
            << u"John Smith"_s << u"William John"_s << u"Smith"_s << 0.95;
        QTest::newRow("double-barrelled")
            << u"Mary Jones"_s << u"Mary-Anne"_s << u"Smith-Jones"_s << 1.0;
        QTest::newRow("family alone") << u"Smith"_s << u"William"_s << u"Smith"_s << 1.0;
        QTest::newRow("given alone") << u"William"_s << u"William"_s << u"Smith"_s << 0.95;
        QTest::newRow("other given name") << u"Robert Smith"_s << u"William"_s << u"Smith"_s << 0.0;
        QTest::newRow("other family name")
            << u"William Jones"_s << u"William"_s << u"Smith"_s << 0.0;
    }

    void scoresNames()
    {
        QFETCH(QString, query);
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(double, score);
        QVERIFY(qAbs(NameScorer::score(NameKeys::tokens(query), given, family) - score) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestNameScorer)
#include "tst_namescorer.moc"
