#include "server/search/Nicknames.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::search::Nicknames;

class TestNicknames final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void holdsAbout100Groups() { QVERIFY(Nicknames::groupCount() >= 100); }

    void groupsNicknames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Bill William") << u"BILL"_s << u"WILLIAM"_s << true;
        QTest::newRow("Bill Will") << u"BILL"_s << u"WILL"_s << true;
        QTest::newRow("Bob Robert") << u"BOB"_s << u"ROBERT"_s << true;
        QTest::newRow("Peggy Margaret") << u"PEGGY"_s << u"MARGARET"_s << true;
        QTest::newRow("Jim James") << u"JIM"_s << u"JAMES"_s << true;
        QTest::newRow("Liz Elizabeth") << u"LIZ"_s << u"ELIZABETH"_s << true;
        QTest::newRow("Kate Catherine") << u"KATE"_s << u"CATHERINE"_s << true;
        QTest::newRow("Kathryn Cathy") << u"KATHRYN"_s << u"CATHY"_s << true;
        QTest::newRow("Ted Edward") << u"TED"_s << u"EDWARD"_s << true;
        QTest::newRow("Ted Theodore") << u"TED"_s << u"THEODORE"_s << true;
        QTest::newRow("Edward Theodore") << u"EDWARD"_s << u"THEODORE"_s << false;
        QTest::newRow("Bill Robert") << u"BILL"_s << u"ROBERT"_s << false;
        QTest::newRow("same unknown name") << u"ZEBEDEE"_s << u"ZEBEDEE"_s << true;
        QTest::newRow("two unknown names") << u"ZEBEDEE"_s << u"ZACHEUS"_s << false;
    }

    void groupsNicknames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Nicknames::sameGroup(a, b), same);
        QCOMPARE(Nicknames::sameGroup(b, a), same);
    }

    void namesTheCanonicalNames()
    {
        QCOMPARE(Nicknames::canonicalNames(u"BILL"_s), QStringList{u"WILLIAM"_s});
        QCOMPARE(Nicknames::canonicalNames(u"WILLIAM"_s), QStringList{u"WILLIAM"_s});
        QCOMPARE(Nicknames::canonicalNames(u"ZEBEDEE"_s), QStringList{u"ZEBEDEE"_s});
        const QStringList sandy = Nicknames::canonicalNames(u"SANDY"_s);
        QCOMPARE(sandy.size(), 3);
        QVERIFY(sandy.contains(u"ALEXANDER"_s));
        QVERIFY(sandy.contains(u"ALEXANDRA"_s));
        QVERIFY(sandy.contains(u"SANDRA"_s));
    }
};

QTEST_GUILESS_MAIN(TestNicknames)
#include "tst_nicknames.moc"
