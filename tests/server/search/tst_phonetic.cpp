#include "server/search/Phonetic.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::search::Phonetic;

class TestPhonetic final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codesNamesBySound_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("William") << u"WILLIAM"_s << u"WLM"_s;
        QTest::newRow("Wiliam (one L)") << u"WILIAM"_s << u"WLM"_s;
        QTest::newRow("Wlliam (transposed)") << u"WLLIAM"_s << u"WLM"_s;
        QTest::newRow("Smith") << u"SMITH"_s << u"SMT"_s;
        QTest::newRow("Smyth") << u"SMYTH"_s << u"SMT"_s;
        QTest::newRow("Smtih (transposed)") << u"SMTIH"_s << u"SMT"_s;
        QTest::newRow("Catherine") << u"CATHERINE"_s << u"KTRN"_s;
        QTest::newRow("Kathryn") << u"KATHRYN"_s << u"KTRN"_s;
        QTest::newRow("Thomas") << u"THOMAS"_s << u"TMS"_s;
        QTest::newRow("Tomas") << u"TOMAS"_s << u"TMS"_s;
        QTest::newRow("Philip") << u"PHILIP"_s << u"FLP"_s;
        QTest::newRow("Phillip") << u"PHILLIP"_s << u"FLP"_s;
        QTest::newRow("Knight") << u"KNIGHT"_s << u"NT"_s;
        QTest::newRow("Wright") << u"WRIGHT"_s << u"RT"_s;
        QTest::newRow("Elizabeth") << u"ELIZABETH"_s << u"ALSBT"_s;
        QTest::newRow("John") << u"JOHN"_s << u"JN"_s;
        QTest::newRow("Jon") << u"JON"_s << u"JN"_s;
        QTest::newRow("MacDonald") << u"MACDONALD"_s << u"MKTNLT"_s;
        QTest::newRow("McDonald") << u"MCDONALD"_s << u"MKTNLT"_s;
        QTest::newRow("Christopher") << u"CHRISTOPHER"_s << u"KRSTFR"_s;
        QTest::newRow("Fletcher") << u"FLETCHER"_s << u"FLXR"_s;
        QTest::newRow("Bob keeps both Bs") << u"BOB"_s << u"BB"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("outside A-Z kept") << u"\u00C6SA"_s << u"\u00C6S"_s;
    }

    void codesNamesBySound()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(Phonetic::code(name), code);
    }

    void tellsDifferentNamesApart()
    {
        QVERIFY(Phonetic::code(u"SMITH"_s) != Phonetic::code(u"JONES"_s));
        QVERIFY(Phonetic::code(u"WILLIAM"_s) != Phonetic::code(u"JAMES"_s));
        QVERIFY(Phonetic::code(u"ROBERT"_s) != Phonetic::code(u"RICHARD"_s));
    }
};

QTEST_GUILESS_MAIN(TestPhonetic)
#include "tst_phonetic.moc"
