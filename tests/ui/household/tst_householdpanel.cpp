// HouseholdPanel on the offscreen platform, with the household of the model tests' samples.

#include "models/household/HouseholdModel.h"
#include "tests/models/support/PersonViewSamples.h"
#include "ui/household/HouseholdPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::HouseholdModel;
using tv::ui::HouseholdPanel;

namespace {

struct Fixture {
    HouseholdModel model;
    HouseholdPanel panel;
    QAbstractItemModelTester tester{&model};

    Fixture()
    {
        panel.setModel(&model);
        panel.resize(700, 400);
        panel.show();
    }
    QTableView *view() const { return panel.findChild<QTableView *>(u"householdView"_s); }
    QPushButton *openButton() const
    {
        return panel.findChild<QPushButton *>(u"householdOpenButton"_s);
    }
    void load()
    {
        model.setHousehold(tv::testing::sampleHousehold(), u"p-1"_s);
        panel.setState(HouseholdPanel::State::Loaded);
    }
};

} // namespace

class TestHouseholdPanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void namedAndAccessible();
    void statesInWords();
    void listsTheOtherMembersWithFlagSummaries();
    void enterOpensTheCurrentMember();
    void doubleClickAndButtonOpen();
    void clearEmptiesTheTable();
    void copyDoesNothing();
};

void TestHouseholdPanel::namedAndAccessible()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    for (const QString &name : {u"householdView"_s, u"householdOpenButton"_s, u"householdMessage"_s,
                                u"householdTitle"_s}) {
        auto *widget = f.panel.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
    }
    QVERIFY(!f.view()->accessibleName().isEmpty());
    QVERIFY(!f.openButton()->accessibleName().isEmpty());
    QVERIFY(!f.openButton()->accessibleDescription().isEmpty());
    auto *title = f.panel.findChild<QLabel *>(u"householdTitle"_s);
    QCOMPARE(title->buddy(), f.view());
    QVERIFY(title->text().contains(u'&'));
    QCOMPARE(f.view()->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TestHouseholdPanel::statesInWords()
{
    Fixture f;
    QCOMPARE(f.panel.state(), HouseholdPanel::State::NotLoaded);
    QCOMPARE(f.panel.message(), u"The household has not been loaded."_s);
    QVERIFY(!f.view()->isVisible());

    QSignalSpy changed(&f.panel, &HouseholdPanel::stateChanged);
    f.panel.setState(HouseholdPanel::State::Loading);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(f.panel.message(), u"Loading the household…"_s);

    f.panel.showError(u"The service did not answer."_s);
    QCOMPARE(f.panel.state(), HouseholdPanel::State::Error);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(f.panel.message(),
             u"The household could not be loaded: The service did not answer."_s);
    QVERIFY(!f.view()->isVisible());

    // Loaded, but no one else at the address.
    tv::Household alone = tv::testing::sampleHousehold();
    alone.members = {alone.members.first()};
    f.model.setHousehold(alone, u"p-1"_s);
    f.panel.setState(HouseholdPanel::State::Loaded);
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.panel.message(), u"No one else is recorded at this address."_s);
    QVERIFY(!f.view()->isVisible());
    QVERIFY(!f.openButton()->isVisible());
}

void TestHouseholdPanel::listsTheOtherMembersWithFlagSummaries()
{
    Fixture f;
    f.load();
    QVERIFY(f.panel.message().isEmpty());
    QVERIFY(f.view()->isVisible());
    QCOMPARE(f.view()->model()->rowCount(), 3); // Ada herself is left out
    const auto cell = [&](int row, int column) {
        return f.view()->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, HouseholdModel::NameColumn), u"Bo Fictional"_s);
    // The flags named, in words: not "2 current", not "None", and a restricted member's row says
    // so rather than reading as "no flags".
    QCOMPARE(cell(0, HouseholdModel::FlagsColumn),
             u"Current: Active social care / early help involvement; Child protection. "
             u"Historic: Child in need."_s);
    QCOMPARE(cell(1, HouseholdModel::FlagsColumn), u"No information on database"_s);
    QCOMPARE(cell(2, HouseholdModel::FlagsColumn), u"Restricted record"_s);
    QVERIFY(f.openButton()->isEnabled());
}

void TestHouseholdPanel::enterOpensTheCurrentMember()
{
    Fixture f;
    f.load();
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    QSignalSpy requested(&f.panel, &HouseholdPanel::memberRequested);
    f.view()->setFocus();
    QTest::keyClick(f.view(), Qt::Key_Home);
    QTest::keyClick(f.view(), Qt::Key_Down);
    QTest::keyClick(f.view(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"p-3"_s);
    // Tab reaches the button, Space presses it.
    QTest::keyClick(f.view(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), f.openButton());
    QTest::keyClick(f.openButton(), Qt::Key_Space);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), u"p-3"_s);
}

void TestHouseholdPanel::doubleClickAndButtonOpen()
{
    Fixture f;
    f.load();
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    QSignalSpy requested(&f.panel, &HouseholdPanel::memberRequested);
    const QRect rect = f.view()->visualRect(f.view()->model()->index(2, 0));
    QTest::mouseClick(f.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(f.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"p-4"_s);
    QTest::mouseClick(f.openButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), u"p-4"_s);
}

void TestHouseholdPanel::clearEmptiesTheTable()
{
    Fixture f;
    f.load();
    f.model.clear();
    f.panel.setState(HouseholdPanel::State::NotLoaded);
    QCOMPARE(f.view()->model()->rowCount(), 0);
    QVERIFY(!f.view()->isVisible());
    QSignalSpy requested(&f.panel, &HouseholdPanel::memberRequested);
    QTest::mouseClick(f.openButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
}

void TestHouseholdPanel::copyDoesNothing()
{
    Fixture f;
    f.load();
    QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
    QApplication::clipboard()->clear();
    f.view()->setFocus();
    f.view()->setCurrentIndex(f.view()->model()->index(0, 0));
    QTest::keySequence(f.view(), QKeySequence::Copy);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TestHouseholdPanel)
#include "tst_householdpanel.moc"
