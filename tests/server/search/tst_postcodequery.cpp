#include "server/search/PostcodeQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::search::PostcodeQuery;

class TestPostcodeQuery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalisesTheShapesItKnows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("sqlValue");
        const int full = int(PostcodeQuery::Kind::Full);
        const int sector = int(PostcodeQuery::Kind::Sector);
        const int district = int(PostcodeQuery::Kind::District);
        QTest::newRow("full") << u"TA1 1AA"_s << full << u"TA1 1AA"_s << u"TA1 1AA"_s;
        QTest::newRow("full, lower case, no space")
            << u"ta11aa"_s << full << u"TA1 1AA"_s << u"TA1 1AA"_s;
        QTest::newRow("full, spaces") << u"  ta1   1aa "_s << full << u"TA1 1AA"_s << u"TA1 1AA"_s;
        QTest::newRow("full, two-digit district")
            << u"ta11 1xy"_s << full << u"TA11 1XY"_s << u"TA11 1XY"_s;
        QTest::newRow("full, letter in district")
            << u"SW1A1AA"_s << full << u"SW1A 1AA"_s << u"SW1A 1AA"_s;
        QTest::newRow("full, one-letter area") << u"B1 1AA"_s << full << u"B1 1AA"_s << u"B1 1AA"_s;
        QTest::newRow("sector") << u"ta1 1"_s << sector << u"TA1 1"_s << u"TA1 1%"_s;
        QTest::newRow("district") << u"ta1"_s << district << u"TA1"_s << u"TA1 %"_s;
        QTest::newRow("district, two digits") << u"TA11"_s << district << u"TA11"_s << u"TA11 %"_s;
        QTest::newRow("district, letter") << u" sw1a "_s << district << u"SW1A"_s << u"SW1A %"_s;
    }

    void normalisesTheShapesItKnows()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, sqlValue);
        const auto parsed = PostcodeQuery::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(int(parsed->kind()), kind);
        QCOMPARE(parsed->value(), value);
        QCOMPARE(parsed->sqlValue(), sqlValue);
    }

    void refusesNonsense_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("digits") << u"12345"_s;
        QTest::newRow("half an inward code") << u"TA1 1A"_s;
        QTest::newRow("inward code too long") << u"TA1 1AAA"_s;
        QTest::newRow("a town") << u"Taunton"_s;
        QTest::newRow("area only") << u"TA"_s;
        QTest::newRow("three-letter area") << u"TAA1 1AA"_s;
        QTest::newRow("wildcard") << u"TA1%"_s;
        QTest::newRow("underscore") << u"TA_ 1AA"_s;
        QTest::newRow("SQL") << u"'; DROP TABLE households--"_s;
        QTest::newRow("very long") << QString(100, u'A');
    }

    void refusesNonsense()
    {
        QFETCH(QString, text);
        QVERIFY(!PostcodeQuery::parse(text).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPostcodeQuery)
#include "tst_postcodequery.moc"
