// MyReportsPanel on the offscreen platform: the table of one's reports, its states in words,
// the selected report in full, and the Refresh and Back buttons.

#include "models/reports/MyReportsModel.h"
#include "tests/models/support/PersonViewSamples.h"
#include "tests/ui/support/Child.h"
#include "tests/ui/support/Windows.h"
#include "ui/reports/MyReportsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::MyReportsModel;
using tv::test::child;
using tv::testing::sampleReports;
using tv::ui::MyReportsPanel;

namespace {

class Fixture {
public:
    Fixture()
    {
        panel.setModel(&model);
        panel.resize(800, 500);
        QVERIFY(tv::test::showActive(panel));
    }
    QTableView *table() const { return child<QTableView>(panel, u"reportsTable"_s); }
    QString detail() const { return child<QLabel>(panel, u"reportDetailLabel"_s)->text(); }

    MyReportsModel model;
    MyReportsPanel panel;
};

} // namespace

class TestMyReportsPanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidgetIsNamed();
    void statesInWords();
    void showsTheReportsAndTheSelectedOneInFull();
    void sortsByDateFiled();
    void readOnlyAndNothingCopies();
    void buttons();
};

void TestMyReportsPanel::everyInteractiveWidgetIsNamed()
{
    Fixture f;
    for (const QString &name :
         {u"reportsTable"_s, u"refreshButton"_s, u"backButton"_s, u"reportsStateText"_s}) {
        auto *widget = child<QWidget>(f.panel, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    const auto buttons = f.panel.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);
    for (const QPushButton *button : buttons) {
        QVERIFY(!button->accessibleDescription().isEmpty());
        QVERIFY(button->text().contains(u'&'));
    }
    QVERIFY(!f.table()->accessibleDescription().isEmpty());
    // Tab order: the table, Refresh, Back.
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"refreshButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"backButton"_s);
}

void TestMyReportsPanel::statesInWords()
{
    Fixture f;
    QCOMPARE(f.panel.stateText(), u"You have not reported any inaccuracies yet."_s);
    f.panel.setBusy(true);
    QCOMPARE(f.panel.stateText(), u"Loading your reports…"_s);
    QVERIFY(child<QProgressBar>(f.panel, u"reportsStateProgress"_s)->isVisible());
    QVERIFY(!child<QPushButton>(f.panel, u"refreshButton"_s)->isEnabled());
    f.model.setRows(sampleReports());
    QCOMPARE(f.panel.stateText(), u"Loading your reports…"_s); // until the caller says done
    f.panel.setBusy(false);
    QCOMPARE(f.panel.stateText(), u"3 reports."_s);
    QVERIFY(!child<QProgressBar>(f.panel, u"reportsStateProgress"_s)->isVisible());
    f.model.setRows(sampleReports().mid(0, 1));
    QCOMPARE(f.panel.stateText(), u"1 report."_s);

    f.panel.setBusy(true);
    f.panel.showError(u"Your reports could not be loaded. Try again."_s);
    QVERIFY(!f.panel.isBusy());
    QCOMPARE(f.panel.stateText(), u"Your reports could not be loaded. Try again."_s);
    QVERIFY(child<QLabel>(f.panel, u"reportsStateText"_s)->font().bold());
    QVERIFY(child<QLabel>(f.panel, u"reportsStateIcon"_s)->isVisible());
    QVERIFY(child<QPushButton>(f.panel, u"refreshButton"_s)->isEnabled());
}

void TestMyReportsPanel::showsTheReportsAndTheSelectedOneInFull()
{
    Fixture f;
    QAbstractItemModelTester tester(f.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.model.setRows(sampleReports());
    const QAbstractItemModel *view = f.table()->model();
    QCOMPARE(view->rowCount(), 3);
    QCOMPARE(view->index(0, MyReportsModel::ItemColumn).data().toString(),
             u"Personal details: NHS number"_s);
    QCOMPARE(view->index(1, MyReportsModel::StatusColumn).data().toString(), u"Resolved"_s);
    // Whom each is about, first: name and date of birth (two children may share a name).
    QCOMPARE(view->index(0, MyReportsModel::PersonColumn).data().toString(),
             u"Ada Fictional, born 3 Mar 2014"_s);
    QCOMPARE(f.table()->horizontalHeader()->visualIndex(MyReportsModel::PersonColumn), 0);
    QVERIFY(!f.table()->isColumnHidden(MyReportsModel::PersonColumn));
    QVERIFY(!child<QLabel>(f.panel, u"reportDetailLabel"_s)->isVisible());

    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Down); // to the first row
    QTest::keyClick(f.table(), Qt::Key_Down); // to the second
    QCOMPARE(f.table()->currentIndex().row(), 1);
    QVERIFY(child<QLabel>(f.panel, u"reportDetailLabel"_s)->isVisible());
    QVERIFY2(f.detail().contains(u"You wrote: This involvement ended last year."_s),
             qPrintable(f.detail()));
    QVERIFY(f.detail().contains(u"Status: Resolved"_s));
    QVERIFY2(
        f.detail().startsWith(u"Person: Sienna Smith, born 12 Oct 2016 (restricted record)\n"_s),
        qPrintable(f.detail()));
    QVERIFY(f.detail().contains(u"Resolution: The source has been corrected."_s));
    QCOMPARE(child<QLabel>(f.panel, u"reportDetailLabel"_s)->textInteractionFlags(),
             Qt::NoTextInteraction);

    // Emptied (sign-out): nothing of the old rows stays on screen.
    f.model.clear();
    QVERIFY(f.detail().isEmpty());
    QVERIFY(!child<QLabel>(f.panel, u"reportDetailLabel"_s)->isVisible());
}

void TestMyReportsPanel::sortsByDateFiled()
{
    Fixture f;
    f.model.setRows(sampleReports());
    QTableView *table = f.table();
    const auto ids = [&] {
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown << table->model()->index(row, 0).data(MyReportsModel::ReportIdRole).toString();
        return shown;
    };
    QCOMPARE(ids(), (QStringList{u"r-1"_s, u"r-2"_s, u"r-3"_s})); // the service's order
    // By date (January before March), not by the words ("15 Jan 2024" after "3 Mar 2024").
    table->sortByColumn(MyReportsModel::FiledColumn, Qt::AscendingOrder);
    QCOMPARE(ids().constFirst(), u"r-2"_s);
    // Open < forwarded < resolved, not alphabetical ("Forwarded" < "Open" < "Resolved").
    table->sortByColumn(MyReportsModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QStringList{u"r-2"_s, u"r-3"_s, u"r-1"_s}));
}

void TestMyReportsPanel::readOnlyAndNothingCopies()
{
    Fixture f;
    f.model.setRows(sampleReports());
    QTableView *table = f.table();
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!table->dragEnabled());
    QCOMPARE(table->contextMenuPolicy(), Qt::NoContextMenu);
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QGuiApplication::clipboard()->clear();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, MyReportsModel::DescriptionColumn));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestMyReportsPanel::buttons()
{
    Fixture f;
    QSignalSpy refresh(&f.panel, &MyReportsPanel::refreshRequested);
    QSignalSpy back(&f.panel, &MyReportsPanel::backRequested);
    QTest::mouseClick(child<QPushButton>(f.panel, u"refreshButton"_s), Qt::LeftButton);
    QCOMPARE(refresh.count(), 1);
    auto *backButton = child<QPushButton>(f.panel, u"backButton"_s);
    backButton->setFocus();
    QTest::keyClick(backButton, Qt::Key_Space);
    QCOMPARE(back.count(), 1);
    QCOMPARE(refresh.count(), 1);
}

QTEST_MAIN(TestMyReportsPanel)
#include "tst_myreportspanel.moc"
