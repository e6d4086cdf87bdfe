#include "models/search/PersonSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::PersonSummaryModel;

class TestPersonSummaryModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsResultsReadOnly();
    void absentValuesReadNotRecorded();
    void clearWipesEverything();
    void ageOnTheServiceDate_data();
    void ageOnTheServiceDate();
    void restrictedRowSaysSoInWords();
};

namespace {
QList<tv::PersonSummary> twoPeople()
{
    return {
        {u"p-1"_s, u"Ada Fictional"_s, QDate(2012, 3, 4), u"Taunton TA1"_s, u"Example School"_s},
        {u"p-2"_s, u"Bo Fictional"_s, QDate(2014, 5, 6), u"Yeovil BA20"_s, std::nullopt}};
}
} // namespace

void TestPersonSummaryModel::showsResultsReadOnly()
{
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(twoPeople());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PersonSummaryModel::ColumnCount));
    const QModelIndex name = model.index(0, PersonSummaryModel::NameColumn);
    QCOMPARE(name.data().toString(), u"Ada Fictional"_s);
    QCOMPARE(name.data(PersonSummaryModel::PersonIdRole).toString(), u"p-1"_s);
    QCOMPARE(model.index(1, PersonSummaryModel::DateOfBirthColumn)
                 .data(PersonSummaryModel::SortRole)
                 .toDate(),
             QDate(2014, 5, 6));
    QCOMPARE(model.index(0, PersonSummaryModel::SchoolColumn).data().toString(),
             u"Example School"_s);
    QVERIFY(!(model.flags(name) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(name) & Qt::ItemIsDragEnabled));
    QVERIFY(!model.setData(name, u"changed"_s));
    QCOMPARE(model.headerData(PersonSummaryModel::AddressColumn, Qt::Horizontal).toString(),
             u"Area"_s);
}

// A value the service does not have reads "Not recorded", as in every other panel, never a blank
// cell; it still sorts as empty, so such rows stay together.
void TestPersonSummaryModel::absentValuesReadNotRecorded()
{
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<tv::PersonSummary> people = twoPeople();
    people << tv::PersonSummary{u"p-3"_s, u" "_s, QDate(), QString(), u"  "_s};
    model.setResults(people);
    const auto text = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(text(1, PersonSummaryModel::SchoolColumn), u"Not recorded"_s);
    QCOMPARE(text(1, PersonSummaryModel::SchoolColumn, Qt::AccessibleTextRole), u"Not recorded"_s);
    QCOMPARE(text(1, PersonSummaryModel::SchoolColumn, PersonSummaryModel::SortRole), QString());
    for (const int column :
         {int(PersonSummaryModel::NameColumn), int(PersonSummaryModel::DateOfBirthColumn),
          int(PersonSummaryModel::AddressColumn), int(PersonSummaryModel::SchoolColumn)}) {
        QCOMPARE(text(2, column), u"Not recorded"_s);
        QCOMPARE(text(2, column, Qt::AccessibleTextRole), u"Not recorded"_s);
    }
    QCOMPARE(text(2, PersonSummaryModel::AddressColumn, PersonSummaryModel::SortRole), QString());
    QCOMPARE(text(2, PersonSummaryModel::SchoolColumn, PersonSummaryModel::SortRole), QString());
    // Recorded values are as the service sent them.
    QCOMPARE(text(1, PersonSummaryModel::AddressColumn), u"Yeovil BA20"_s);
}

void TestPersonSummaryModel::clearWipesEverything()
{
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(twoPeople());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.personAt(0), nullptr);
}

void TestPersonSummaryModel::ageOnTheServiceDate_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("spoken");
    QTest::addColumn<int>("sorted");
    // As of 24 November 2026.
    QTest::newRow("birthday today") << QDate(2014, 11, 24) << u"12"_s << u"12 years old"_s << 12;
    QTest::newRow("birthday tomorrow") << QDate(2014, 11, 25) << u"11"_s << u"11 years old"_s << 11;
    QTest::newRow("one") << QDate(2025, 11, 1) << u"1"_s << u"1 year old"_s << 1;
    QTest::newRow("a baby") << QDate(2026, 3, 1) << u"Under 1"_s << u"Under 1 year old"_s << 0;
    QTest::newRow("birthday next month")
        << QDate(2008, 12, 1) << u"17"_s << u"17 years old"_s << 17;
    QTest::newRow("no date of birth") << QDate() << u"Not recorded"_s << u"Not recorded"_s << -1;
}

// The Age column counts whole years to the date the service searched as of, not to the day the
// computer's clock shows: the order (school age first) and the ages shown agree.
void TestPersonSummaryModel::ageOnTheServiceDate()
{
    QFETCH(QDate, born);
    QFETCH(QString, shown);
    QFETCH(QString, spoken);
    QFETCH(int, sorted);
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults({{u"p-1"_s, u"Ada Fictional"_s, born, u"Taunton TA1"_s, std::nullopt}},
                     QDate(2026, 11, 24));
    QCOMPARE(model.headerData(PersonSummaryModel::AgeColumn, Qt::Horizontal).toString(), u"Age"_s);
    const QModelIndex age = model.index(0, PersonSummaryModel::AgeColumn);
    QCOMPARE(age.data().toString(), shown);
    QCOMPARE(age.data(Qt::AccessibleTextRole).toString(), spoken);
    QCOMPARE(age.data(PersonSummaryModel::SortRole).toInt(), sorted);
}

// A restricted person (Appendix C 13.6) is marked before anyone gives a reason to open them: the
// name says "Restricted" and every cell of the row describes why, for a screen reader too.
void TestPersonSummaryModel::restrictedRowSaysSoInWords()
{
    PersonSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<tv::PersonSummary> people = twoPeople();
    people[1].restricted = true;
    model.setResults(people);
    const QModelIndex open = model.index(0, PersonSummaryModel::NameColumn);
    QCOMPARE(open.data().toString(), u"Ada Fictional"_s);
    QVERIFY(!open.data(PersonSummaryModel::RestrictedRole).toBool());
    QVERIFY(open.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
    const QModelIndex closed = model.index(1, PersonSummaryModel::NameColumn);
    QCOMPARE(closed.data().toString(), u"Bo Fictional (Restricted)"_s);
    QCOMPARE(closed.data(Qt::AccessibleTextRole).toString(), u"Bo Fictional (Restricted)"_s);
    QCOMPARE(closed.data(PersonSummaryModel::SortRole).toString(), u"Bo Fictional"_s);
    QVERIFY(closed.data(PersonSummaryModel::RestrictedRole).toBool());
    for (int column = 0; column < PersonSummaryModel::ColumnCount; ++column) {
        const QModelIndex cell = model.index(1, column);
        const QString description = cell.data(Qt::AccessibleDescriptionRole).toString();
        QVERIFY2(description.startsWith(u"Restricted: "_s), qPrintable(description));
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), description);
    }
}

QTEST_GUILESS_MAIN(TestPersonSummaryModel)
#include "tst_personsummarymodel.moc"
