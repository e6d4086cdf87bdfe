#include "server/search/SearchService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::search::isValidNhsNumber;

class TestNhsNumber final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checksTheCheckDigit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << u"9434765919"_s << true;
        QTest::newRow("valid, spaced 3-3-4") << u"943 476 5919"_s << true;
        QTest::newRow("valid, padded") << u"  4010232137 "_s << true;
        QTest::newRow("valid, check digit from 11 is 0") << u"0000000000"_s << true;
        QTest::newRow("valid, other") << u"4010232137"_s << true;
        QTest::newRow("wrong check digit") << u"9434765918"_s << false;
        QTest::newRow("two digits transposed") << u"9434765991"_s << false;
        QTest::newRow("check digit would be 10") << u"0000000060"_s << false;
        QTest::newRow("nine digits") << u"943476591"_s << false;
        QTest::newRow("eleven digits") << u"94347659190"_s << false;
        QTest::newRow("hyphens") << u"943-476-5919"_s << false;
        QTest::newRow("letters") << u"94347659l9"_s << false;
        QTest::newRow("Arabic-Indic digits")
            << u"\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("SQL") << u"' OR 1=1 --"_s << false;
    }

    void checksTheCheckDigit()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidNhsNumber(text), valid);
    }
};

QTEST_GUILESS_MAIN(TestNhsNumber)
#include "tst_nhsnumber.moc"
