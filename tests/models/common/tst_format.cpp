#include "models/common/Format.h"
#include "tests/models/support/ModelTestCase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::Format;

class TestFormat final : public tv::testing::BritishLocaleTestCase {
    Q_OBJECT

private Q_SLOTS:
    void datesAreDayMonthYear_data();
    void datesAreDayMonthYear();
    void dateRanges();
    void percentagesHaveOneDecimalPlace_data();
    void percentagesHaveOneDecimalPlace();
    void nhsNumbersAreGroupedThreeThreeFour_data();
    void nhsNumbersAreGroupedThreeThreeFour();
    void missingValuesReadNotRecorded_data();
    void missingValuesReadNotRecorded();
};

void TestFormat::datesAreDayMonthYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("words");
    QTest::newRow("single-digit day") << QDate(2014, 3, 3) << u"3 Mar 2014"_s;
    QTest::newRow("day above 12") << QDate(2023, 12, 20) << u"20 Dec 2023"_s;
    QTest::newRow("leap day") << QDate(1988, 2, 29) << u"29 Feb 1988"_s;
    // The month's abbreviation is the locale's own: British English writes "Sept".
    QTest::newRow("september") << QDate(2023, 9, 4) << u"4 Sept 2023"_s;
    QTest::newRow("invalid") << QDate() << u"Not recorded"_s;
}

void TestFormat::datesAreDayMonthYear()
{
    QFETCH(QDate, date);
    QFETCH(QString, words);
    QCOMPARE(Format::date(date), words);
}

void TestFormat::dateRanges()
{
    QCOMPARE(Format::dateRange(QDate(2023, 9, 4), QDate(2023, 12, 20)),
             u"4 Sept 2023 – 20 Dec 2023"_s);
    QCOMPARE(Format::spokenDateRange(QDate(2023, 9, 4), QDate(2023, 12, 20)),
             u"4 Sept 2023 to 20 Dec 2023"_s);
}

void TestFormat::percentagesHaveOneDecimalPlace_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("words");
    QTest::newRow("one place") << 93.5 << u"93.5%"_s;
    QTest::newRow("whole") << 90.0 << u"90.0%"_s;
    QTest::newRow("rounded") << 89.96 << u"90.0%"_s;
    QTest::newRow("hundred") << 100.0 << u"100.0%"_s;
    QTest::newRow("zero") << 0.0 << u"0.0%"_s;
}

void TestFormat::percentagesHaveOneDecimalPlace()
{
    QFETCH(double, percent);
    QFETCH(QString, words);
    QCOMPARE(Format::percentage(percent), words);
}

void TestFormat::nhsNumbersAreGroupedThreeThreeFour_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("shown");
    QTest::newRow("digits only") << u"9434765919"_s << u"943 476 5919"_s;
    QTest::newRow("grouped already") << u"943 476 5919"_s << u"943 476 5919"_s;
    QTest::newRow("odd spacing") << u" 94 34765 919 "_s << u"943 476 5919"_s;
    QTest::newRow("nine digits, as given") << u"943476591"_s << u"943476591"_s;
    QTest::newRow("not digits, as given") << u"943-476-5919"_s << u"943-476-5919"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestFormat::nhsNumbersAreGroupedThreeThreeFour()
{
    QFETCH(QString, given);
    QFETCH(QString, shown);
    QCOMPARE(Format::nhsNumber(given), shown);
}

void TestFormat::missingValuesReadNotRecorded_data()
{
    QTest::addColumn<std::optional<QString>>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("absent") << std::optional<QString>() << u"Not recorded"_s;
    QTest::newRow("empty") << std::optional<QString>(QString()) << u"Not recorded"_s;
    QTest::newRow("blank") << std::optional<QString>(u"  "_s) << u"Not recorded"_s;
    QTest::newRow("given") << std::optional<QString>(u"LCS-0001"_s) << u"LCS-0001"_s;
}

void TestFormat::missingValuesReadNotRecorded()
{
    QFETCH(std::optional<QString>, value);
    QFETCH(QString, words);
    QCOMPARE(Format::orNotRecorded(value), words);
    QCOMPARE(Format::orNotRecorded(value.value_or(QString())), words);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
