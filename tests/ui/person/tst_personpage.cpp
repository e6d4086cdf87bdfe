// PersonPage on the offscreen platform, showing the model tests' fictional person.

#include "models/person/CoverageModel.h"
#include "models/person/PersonPageModels.h"
#include "tests/models/support/PersonViewSamples.h"
#include "ui/common/StateLine.h"
#include "ui/household/HouseholdPanel.h"
#include "ui/person/AttendanceChart.h"
#include "ui/person/PersonPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using tv::models::PersonPageModels;
using tv::ui::PersonPage;

namespace {

const QStringList PanelNames{u"detailsView"_s,   u"criteriaView"_s,     u"individualFlagsView"_s,
                             u"transformView"_s, u"involvementsView"_s, u"assessmentsView"_s,
                             u"attendanceView"_s};

struct Fixture {
    PersonPageModels models;
    PersonPage page{&models};

    explicit Fixture(const tv::PersonView &view = tv::testing::samplePersonView())
    {
        models.setView(view);
        page.resize(1280, 720);
        page.show();
    }
    template <typename T = QWidget>
    T *child(const QString &name) const
    {
        T *found = page.findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QTableView *view(const QString &name) const { return child<QTableView>(name); }
    QTabWidget *tabs() const { return child<QTabWidget>(u"personTabs"_s); }
    // Shows the tab that holds `widget`, as the person would.
    void showTabOf(QWidget *widget) const
    {
        for (int i = 0; i < tabs()->count(); ++i) {
            if (tabs()->widget(i)->isAncestorOf(widget))
                tabs()->setCurrentIndex(i);
        }
    }
    // Every word a column of a view shows.
    static QStringList column(const QTableView *view, int column)
    {
        QStringList words;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            words.append(view->model()->index(row, column).data().toString());
        return words;
    }
};

} // namespace

// Receives the URLs QDesktopServices would hand to the desktop.
class UrlCatcher final : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestPersonPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidgetIsNamed();
    void headerShowsNameBirthAndSources();
    void detailsShowNotRecorded();
    void flagsShowTheThreeStatesInWordsWithIcons();
    void listsShowTheirRows();
    void chartDescribesTheNinetyPercentLine();
    void reportFromARowOfEachGroupByKeyboard_data();
    void reportFromARowOfEachGroupByKeyboard();
    void reportButtonActsOnTheLastPanel();
    void contextMenuReportsAndContacts();
    void contactLeadProfessionalOpensMail();
    void contactWithNoMailProgramShowsTheAddress();
    void headerSaysCurrentAndHistoricAtAGlance();
    void tabsByMnemonicAndBack();
    void householdMemberIsForwarded();
    void copyLeavesTheClipboardEmpty();
    void clearEmptiesEveryPanel();
    void fiveHundredInvolvementsAddNoWidgets();
    void followsALargerFont();
    void switchingModelsLeavesTheOldOnesAlone();
    void scrollsInsteadOfGrowing();
};

void TestPersonPage::everyInteractiveWidgetIsNamed()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    for (const QString &name : PanelNames) {
        QTableView *view = f.view(name);
        QVERIFY2(view, qPrintable(name));
        QVERIFY2(!view->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(!view->accessibleDescription().isEmpty(), qPrintable(name));
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!view->dragEnabled());
    }
    for (const QAbstractButton *button : f.page.findChildren<QAbstractButton *>()) {
        if (button->parent()->inherits("QTabBar") ||
            button->parent()->inherits("QAbstractItemView"))
            continue; // Qt's own: the tab bar's scroll buttons, a table's (disabled) corner
        QVERIFY2(!button->objectName().isEmpty(),
                 qPrintable(button->text() + u' ' +
                            QString::fromLatin1(button->metaObject()->className()) + u' ' +
                            button->parent()->objectName()));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    }
    for (const QLabel *label : f.page.findChildren<QLabel *>()) {
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
    }
    QVERIFY(f.child(u"attendanceChart"_s));
    QVERIFY(f.child(u"householdPanel"_s));
    QVERIFY(!f.tabs()->accessibleName().isEmpty());
    for (int i = 0; i < f.tabs()->count(); ++i)
        QVERIFY2(!f.tabs()->widget(i)->accessibleName().isEmpty() ||
                     f.tabs()->widget(i)->findChild<QTableView *>(),
                 qPrintable(f.tabs()->widget(i)->objectName()));
    QVERIFY(!f.child(u"flagsScroll"_s)->accessibleName().isEmpty());
}

void TestPersonPage::headerShowsNameBirthAndSources()
{
    Fixture f;
    QCOMPARE(f.child<QLabel>(u"personNameLabel"_s)->text(), u"Ada Fictional"_s);
    QCOMPARE(f.child<QLabel>(u"personBornLabel"_s)->text(),
             u"Born 3 Mar 2014, aged 10 on 4 Mar 2024 (the date this view is for)"_s);
    const QString coverage = f.child<QLabel>(u"coverageLabel"_s)->text();
    QVERIFY(f.child<QLabel>(u"coverageLabel"_s)->isVisible());
    for (const tv::SourceCoverage &source : tv::testing::sampleCoverage()) {
        const QString line = tv::models::CoverageModel::lineFor(source);
        QVERIFY2(coverage.contains(line), qPrintable(coverage));
    }
    QVERIFY2(coverage.contains(u"Education: covers 1 Sep 2021 – 29 Feb 2024, last updated "
                               "3 Mar 2024"_s),
             qPrintable(coverage));
}

void TestPersonPage::detailsShowNotRecorded()
{
    tv::PersonView view = tv::testing::samplePersonView();
    view.details.upn.reset();
    Fixture f(view);
    const QTableView *details = f.view(u"detailsView"_s);
    QCOMPARE(details->model()->rowCount(), 8);
    const QStringList labels = Fixture::column(details, 0);
    const QStringList values = Fixture::column(details, 1);
    QCOMPARE(values.at(labels.indexOf(u"UPN (student ID)"_s)), u"Not recorded"_s);
    QCOMPARE(values.at(labels.indexOf(u"NHS number"_s)), u"943 476 5919"_s);
    QVERIFY(details->isVisible());
    // The panel is as tall as its rows: every row is in view, no scroll bar.
    QVERIFY(details->viewport()->height() >=
            details->rowViewportPosition(7) + details->rowHeight(7));
}

void TestPersonPage::flagsShowTheThreeStatesInWordsWithIcons()
{
    Fixture f;
    QStringList states;
    for (const QString &name : {u"criteriaView"_s, u"individualFlagsView"_s, u"transformView"_s}) {
        const QTableView *view = f.view(name);
        QVERIFY(view->model()->rowCount() > 0);
        states += Fixture::column(view, 1);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QVariant icon = view->model()->index(row, 1).data(Qt::DecorationRole);
            QVERIFY2(icon.canConvert<QIcon>() && !icon.value<QIcon>().isNull(), qPrintable(name));
            QVERIFY(!icon.value<QIcon>().pixmap(16, 16).isNull());
        }
    }
    QCOMPARE(f.view(u"criteriaView"_s)->model()->rowCount(), 3);
    QCOMPARE(f.view(u"individualFlagsView"_s)->model()->rowCount(), 7);
    QCOMPARE(f.view(u"transformView"_s)->model()->rowCount(), 9);
    QVERIFY(states.contains(u"No information on database"_s));
    QVERIFY(states.contains(u"Historic"_s));
    QVERIFY(states.contains(u"Current"_s));
    // The assessment and, where given, who did it.
    const QStringList assessments = Fixture::column(f.view(u"individualFlagsView"_s), 2) +
                                    Fixture::column(f.view(u"criteriaView"_s), 2);
    QVERIFY(assessments.contains(u"Assessed by Sam Worker"_s));
    QVERIFY(assessments.contains(u"Not assessed"_s));
    // The three icons differ: the state is never shown by one picture in three colours.
    const QTableView *criteria = f.view(u"criteriaView"_s);
    QList<QImage> images;
    for (int row = 0; row < 3; ++row)
        images.append(criteria->model()
                          ->index(row, 1)
                          .data(Qt::DecorationRole)
                          .value<QIcon>()
                          .pixmap(24, 24)
                          .toImage()
                          .convertToFormat(QImage::Format_Grayscale8));
    QVERIFY(images[0] != images[1]);
    QVERIFY(images[1] != images[2]);
    QVERIFY(images[0] != images[2]);
}

void TestPersonPage::listsShowTheirRows()
{
    Fixture f;
    const QTableView *involvements = f.view(u"involvementsView"_s);
    QCOMPARE(involvements->model()->rowCount(), 2);
    QCOMPARE(Fixture::column(involvements, 0),
             (QStringList{u"Children's social care"_s, u"Early help"_s}));
    QCOMPARE(Fixture::column(involvements, 4).at(1), u"Not recorded"_s);
    QCOMPARE(f.view(u"assessmentsView"_s)->model()->rowCount(), 2);
    QCOMPARE(Fixture::column(f.view(u"attendanceView"_s), 2),
             (QStringList{u"85.0%"_s, u"90.0%"_s, u"93.5%"_s}));
    QCOMPARE(f.tabs()->tabText(1), u"&Involvements (2)"_s);
    QCOMPARE(f.tabs()->tabText(3), u"A&ttendance (3)"_s);
}

void TestPersonPage::chartDescribesTheNinetyPercentLine()
{
    Fixture f;
    auto *chart = f.child<tv::ui::AttendanceChart>(u"attendanceChart"_s);
    const QString description = chart->accessibleDescription();
    QVERIFY2(description.contains(u"90.0% persistent absence line"_s), qPrintable(description));
    QVERIFY2(description.contains(u"85.0%, below the 90.0% line"_s), qPrintable(description));
    f.showTabOf(chart);
    QVERIFY(chart->isVisible());
    QVERIFY(chart->height() >= chart->minimumSizeHint().height());
}

void TestPersonPage::reportFromARowOfEachGroupByKeyboard_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("summary");
    QTest::newRow("personal") << u"detailsView"_s << 6 << u"personal/nhsNumber"_s
                              << u"NHS number, 943 476 5919"_s;
    QTest::newRow("criteria") << u"criteriaView"_s << 1
                              << u"vulnerability-criteria/known-to-social-care-or-early-help"_s
                              << u"Known to social care / early help, Historic, Assessed by Sam "
                                 "Worker"_s;
    QTest::newRow("individual") << u"individualFlagsView"_s << 3
                                << u"individual-flags/young-carer"_s
                                << u"Young carer, No information on database, Assessed"_s;
    QTest::newRow("transform") << u"transformView"_s << 8
                               << u"transform-vulnerability/domestic-violence"_s << QString();
    QTest::newRow("involvements") << u"involvementsView"_s << 1 << u"involvements/1"_s
                                  << u"Early help, 1 Feb 2023, Open, Not recorded, Not recorded"_s;
    QTest::newRow("assessments") << u"assessmentsView"_s << 0 << u"assessments/0"_s << QString();
    QTest::newRow("education") << u"attendanceView"_s << 2 << u"education/2"_s << QString();
}

void TestPersonPage::reportFromARowOfEachGroupByKeyboard()
{
    QFETCH(QString, view);
    QFETCH(int, row);
    QFETCH(QString, item);
    QFETCH(QString, summary);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QSignalSpy reported(&f.page, &PersonPage::reportRequested);
    QTableView *table = f.view(view);
    f.showTabOf(table);
    table->setFocus(Qt::TabFocusReason);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), row);
    QTest::keySequence(table, PersonPage::reportShortcut());
    QCOMPARE(reported.count(), 1);
    QCOMPARE(reported.at(0).at(0).toString(), item);
    const QString shown = reported.at(0).at(1).toString();
    if (!summary.isEmpty())
        QCOMPARE(shown, summary);
    QVERIFY(!shown.isEmpty());
}

void TestPersonPage::reportButtonActsOnTheLastPanel()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QSignalSpy reported(&f.page, &PersonPage::reportRequested);
    QTableView *individual = f.view(u"individualFlagsView"_s);
    individual->setFocus(Qt::TabFocusReason);
    QTest::keyClick(individual, Qt::Key_End);
    auto *button = f.child<QPushButton>(u"reportButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(reported.count(), 1);
    QCOMPARE(reported.at(0).at(0).toString(), u"individual-flags/safeguarding-notifications"_s);
    // Its mnemonic, from anywhere on the page.
    QTest::keyClick(&f.page, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(reported.count(), 2); // a mnemonic animates the click first
    QCOMPARE(reported.at(1).at(0).toString(), u"individual-flags/safeguarding-notifications"_s);
    // Another tab: the keyboard goes with it to its panel, whose first row becomes current (what
    // the person sees highlighted), and the button reports that row.
    QTest::keyClick(&f.page, Qt::Key_A, Qt::AltModifier);
    QCOMPARE(f.tabs()->currentWidget()->objectName(), u"assessmentsTab"_s);
    QTableView *assessments = f.view(u"assessmentsView"_s);
    QVERIFY(assessments->hasFocus());
    QCOMPARE(assessments->currentIndex().row(), 0);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(reported.count(), 3);
    QCOMPARE(reported.at(2).at(0).toString(), u"assessments/0"_s);
    // In the household, where nothing of this record is listed, the shortcut reports nothing.
    QVERIFY(f.models.setHousehold(tv::testing::sampleHousehold()));
    f.page.householdPanel()->setState(tv::ui::HouseholdPanel::State::Loaded);
    QTest::keyClick(&f.page, Qt::Key_U, Qt::AltModifier);
    f.page.householdPanel()->view()->setFocus(Qt::TabFocusReason);
    QTest::keySequence(f.page.householdPanel()->view(), PersonPage::reportShortcut());
    QCOMPARE(reported.count(), 3);
}

void TestPersonPage::contextMenuReportsAndContacts()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QSignalSpy reported(&f.page, &PersonPage::reportRequested);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"mailto"_s, &catcher, "open");
    QTableView *involvements = f.view(u"involvementsView"_s);
    f.showTabOf(involvements);
    QStringList seen;
    const auto chooseFromMenu = [&](const QString &actionName) {
        QTimer::singleShot(0, this, [&seen, actionName] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            seen.clear();
            for (QAction *action : menu->actions()) {
                seen.append(action->objectName());
                QVERIFY(!action->text().contains(u"Copy"_s, Qt::CaseInsensitive));
            }
            auto *chosen = menu->findChild<QAction *>(actionName);
            QVERIFY(chosen);
            menu->close();
            chosen->trigger();
        });
    };
    const QPoint firstRow = involvements->visualRect(involvements->model()->index(0, 1)).center();
    chooseFromMenu(u"contextReportAction"_s);
    Q_EMIT involvements->customContextMenuRequested(firstRow);
    QCOMPARE(seen, (QStringList{u"contextReportAction"_s, u"contextContactAction"_s}));
    QCOMPARE(reported.count(), 1);
    QCOMPARE(reported.at(0).at(0).toString(), u"involvements/0"_s);

    chooseFromMenu(u"contextContactAction"_s);
    Q_EMIT involvements->customContextMenuRequested(firstRow);
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(u"mailto:sam.worker@example.invalid"_s)});

    // Every other panel's menu reports too.
    QTableView *details = f.view(u"detailsView"_s);
    f.showTabOf(details);
    chooseFromMenu(u"contextReportAction"_s);
    Q_EMIT details->customContextMenuRequested(
        details->visualRect(details->model()->index(2, 1)).center());
    QCOMPARE(seen, QStringList{u"contextReportAction"_s});
    QCOMPARE(reported.count(), 2);
    QCOMPARE(reported.at(1).at(0).toString(), u"personal/dateOfBirth"_s);
    QDesktopServices::unsetUrlHandler(u"mailto"_s);
}

void TestPersonPage::contactLeadProfessionalOpensMail()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"mailto"_s, &catcher, "open");
    QTableView *involvements = f.view(u"involvementsView"_s);
    auto *button = f.child<QPushButton>(u"contactLeadProfessionalButton"_s);
    f.showTabOf(involvements);
    involvements->setFocus(Qt::TabFocusReason);
    QTest::keyClick(involvements, Qt::Key_Home);
    QVERIFY(button->isEnabled());
    QVERIFY(button->accessibleDescription().contains(u"sam.worker@example.invalid"_s));
    // Tab to the button and press it, all from the keyboard.
    QTest::keyClick(involvements, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(u"mailto:sam.worker@example.invalid"_s)});
    QCOMPARE(catcher.urls.at(0).scheme(), u"mailto"_s);
    QCOMPARE(catcher.urls.at(0).path(), u"sam.worker@example.invalid"_s);
    // The open involvement has no lead professional recorded: nothing to contact.
    involvements->setFocus(Qt::TabFocusReason);
    QTest::keyClick(involvements, Qt::Key_Down);
    QVERIFY(!button->isEnabled());
    QTest::keyClick(&f.page, Qt::Key_C, Qt::AltModifier);
    QTest::qWait(300); // a mnemonic's click is animated
    QCOMPARE(catcher.urls.size(), 1);
    // Back on the first row, its mnemonic writes to them again.
    QTest::keyClick(involvements, Qt::Key_Up);
    QTest::keyClick(&f.page, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(catcher.urls.size(), 2);
    QCOMPARE(catcher.urls.at(1), QUrl(u"mailto:sam.worker@example.invalid"_s));
    QDesktopServices::unsetUrlHandler(u"mailto"_s);
}

void TestPersonPage::contactWithNoMailProgramShowsTheAddress()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QList<QUrl> asked;
    bool mailProgram = false;
    f.page.setUrlOpener([&](const QUrl &url) {
        asked.append(url);
        return mailProgram;
    });
    auto *involvements = f.view(u"involvementsView"_s);
    auto *button = f.child<QPushButton>(u"contactLeadProfessionalButton"_s);
    auto *state = f.child<tv::ui::StateLine>(u"contactState"_s);
    auto *words = f.child<QLabel>(u"contactStateText"_s);
    f.showTabOf(involvements);
    QVERIFY(words->text().isEmpty());
    involvements->setFocus(Qt::TabFocusReason);
    QTest::keyClick(involvements, Qt::Key_Home);
    QTest::keyClick(involvements, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(asked, QList<QUrl>{QUrl(u"mailto:sam.worker@example.invalid"_s)});
    // Said in words on the page, with the address to read.
    QCOMPARE(state->state(), tv::ui::StateLine::State::Warning);
    QVERIFY(words->isVisible());
    QVERIFY2(words->text().contains(u"No mail program"_s), qPrintable(words->text()));
    QVERIFY2(words->text().contains(u"sam.worker@example.invalid"_s), qPrintable(words->text()));
    QCOMPARE(words->accessibleDescription(), words->text());
    // Read, not copied: the words cannot be selected and never reach the clipboard.
    QCOMPARE(words->textInteractionFlags(), Qt::NoTextInteraction);
    QCOMPARE(words->focusPolicy(), Qt::NoFocus);
    QApplication::clipboard()->clear();
    QTest::keyClick(button, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    // Again, by its mnemonic: the same words, asked again.
    QTest::keyClick(&f.page, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(asked.size(), 2);
    QVERIFY(words->text().contains(u"sam.worker@example.invalid"_s));
    // Another involvement: what was said was about the one before.
    involvements->setFocus(Qt::TabFocusReason);
    QTest::keyClick(involvements, Qt::Key_Down);
    QCOMPARE(state->state(), tv::ui::StateLine::State::None);
    QVERIFY(words->text().isEmpty());
    // With a mail program, nothing to say.
    mailProgram = true;
    QTest::keyClick(involvements, Qt::Key_Up);
    QTest::keyClick(involvements, Qt::Key_Tab);
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(asked.size(), 3);
    QVERIFY(words->text().isEmpty());
}

void TestPersonPage::headerSaysCurrentAndHistoricAtAGlance()
{
    tv::PersonView view = tv::testing::samplePersonView();
    for (tv::Flag &flag : view.flags)
        flag.state = tv::FlagState::NoInformation;
    view.flags[0].state = tv::FlagState::Current;  // active social care / early help
    view.flags[5].state = tv::FlagState::Historic; // child in need
    Fixture f(view);
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    auto *glance = f.child<QLabel>(u"personAtAGlanceLabel"_s);
    // On the first tab and every other: it is above the tabs, in one line.
    QVERIFY(glance->isVisible());
    QCOMPARE(glance->text(),
             u"Current: Active social care / early help involvement. Historic: Child in need."_s);
    QCOMPARE(glance->accessibleDescription(), glance->text());
    QVERIFY(!glance->accessibleName().isEmpty());
    QCOMPARE(glance->textInteractionFlags(), Qt::NoTextInteraction);
    f.tabs()->setCurrentIndex(f.tabs()->count() - 1);
    QVERIFY(glance->isVisible());
    QVERIFY(glance->geometry().bottom() < f.tabs()->geometry().top());

    // Another person: the line follows; with none Current or Historic it says so.
    view.flags[0].state = tv::FlagState::NoInformation;
    view.flags[5].state = tv::FlagState::NoInformation;
    f.models.setView(view);
    QCOMPARE(glance->text(), u"No current or historic flags."_s);
    f.models.clear();
    QVERIFY(glance->text().isEmpty());
    QVERIFY(!glance->isVisible());
}

void TestPersonPage::tabsByMnemonicAndBack()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QTest::keyClick(&f.page, Qt::Key_I, Qt::AltModifier);
    QCOMPARE(f.tabs()->currentWidget()->objectName(), u"involvementsTab"_s);
    QTest::keyClick(&f.page, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(f.tabs()->currentWidget()->objectName(), u"attendanceTab"_s);
    QTest::keyClick(&f.page, Qt::Key_U, Qt::AltModifier);
    QCOMPARE(f.tabs()->currentWidget()->objectName(), u"householdPanel"_s);
    QTest::keyClick(&f.page, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(f.tabs()->currentIndex(), 0);

    QSignalSpy back(&f.page, &PersonPage::backRequested);
    QSignalSpy reports(&f.page, &PersonPage::myReportsRequested);
    f.view(u"detailsView"_s)->setFocus();
    QTest::keyClick(f.view(u"detailsView"_s), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(back.count(), 1);
    QTest::mouseClick(f.child<QPushButton>(u"backButton"_s), Qt::LeftButton);
    QCOMPARE(back.count(), 2);
    QTest::mouseClick(f.child<QPushButton>(u"myReportsButton"_s), Qt::LeftButton);
    QCOMPARE(reports.count(), 1);
}

void TestPersonPage::householdMemberIsForwarded()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    auto *panel = f.page.householdPanel();
    QCOMPARE(panel->state(), tv::ui::HouseholdPanel::State::NotLoaded);
    QCOMPARE(f.tabs()->tabText(4), u"Ho&usehold"_s);
    QVERIFY(f.models.setHousehold(tv::testing::sampleHousehold()));
    panel->setState(tv::ui::HouseholdPanel::State::Loaded);
    QCOMPARE(f.tabs()->tabText(4), u"Ho&usehold (3)"_s);
    QSignalSpy requested(&f.page, &PersonPage::householdMemberRequested);
    QTest::keyClick(&f.page, Qt::Key_U, Qt::AltModifier);
    QTableView *view = panel->view();
    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), u"p-2"_s);
    // Another person shown: the household is not theirs until it is loaded.
    f.models.setView(tv::testing::samplePersonView());
    QCOMPARE(panel->state(), tv::ui::HouseholdPanel::State::NotLoaded);
    QCOMPARE(f.tabs()->tabText(4), u"Ho&usehold"_s);
}

void TestPersonPage::copyLeavesTheClipboardEmpty()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    for (const QString &name : PanelNames) {
        QApplication::clipboard()->clear();
        QTableView *view = f.view(name);
        f.showTabOf(view);
        view->setFocus(Qt::TabFocusReason);
        view->setCurrentIndex(view->model()->index(0, 1));
        QTest::keySequence(view, QKeySequence::Copy);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QVERIFY2(QApplication::clipboard()->text().isEmpty(), qPrintable(name));
    }
}

void TestPersonPage::clearEmptiesEveryPanel()
{
    Fixture f;
    QVERIFY(f.models.setHousehold(tv::testing::sampleHousehold()));
    f.models.clear();
    for (const QString &name : PanelNames)
        QCOMPARE(f.view(name)->model()->rowCount(), 0);
    QCOMPARE(f.page.householdPanel()->view()->model()->rowCount(), 0);
    QCOMPARE(f.child<QLabel>(u"personNameLabel"_s)->text(), u"No one is shown"_s);
    QVERIFY(f.child<QLabel>(u"personBornLabel"_s)->text().isEmpty());
    QVERIFY(f.child<QLabel>(u"coverageLabel"_s)->text().isEmpty());
    QVERIFY(!f.child<QLabel>(u"coverageLabel"_s)->isVisible());
    QVERIFY(!f.child<QPushButton>(u"reportButton"_s)->isEnabled());
    const QString chart =
        f.child<tv::ui::AttendanceChart>(u"attendanceChart"_s)->accessibleDescription();
    QVERIFY(!chart.contains(u"85.0%"_s));
    QCOMPARE(f.tabs()->tabText(1), u"&Involvements (0)"_s);
    // Nothing of the person is left in any label of the page.
    for (const QLabel *label : f.page.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(u"Ada"_s), qPrintable(label->objectName()));
        QVERIFY2(!label->text().contains(u"Fictional"_s), qPrintable(label->objectName()));
    }
}

void TestPersonPage::fiveHundredInvolvementsAddNoWidgets()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QTableView *involvements = f.view(u"involvementsView"_s);
    f.showTabOf(involvements);
    QCoreApplication::processEvents();
    const qsizetype widgetsWithTwo = f.page.findChildren<QWidget *>().size();

    tv::PersonView many = tv::testing::samplePersonView();
    many.involvements = tv::testing::manyInvolvements(500);
    QElapsedTimer timer;
    timer.start();
    f.models.setView(many);
    f.showTabOf(involvements);
    f.page.repaint(); // painted, synchronously
    const qint64 elapsed = timer.elapsed();
    qInfo("500 involvements: setView to painted in %lld ms", elapsed);
    QCOMPARE(involvements->model()->rowCount(), 500);
    QCOMPARE(f.page.findChildren<QWidget *>().size(), widgetsWithTwo);
    // Scrolling to the end builds nothing either, and the last row is there to report.
    involvements->setFocus(Qt::TabFocusReason);
    QTest::keyClick(involvements, Qt::Key_End);
    QCOMPARE(involvements->currentIndex().row(), 499);
    involvements->verticalScrollBar()->setValue(involvements->verticalScrollBar()->maximum());
    f.page.repaint();
    QCOMPARE(f.page.findChildren<QWidget *>().size(), widgetsWithTwo);
    QSignalSpy reported(&f.page, &PersonPage::reportRequested);
    QTest::keySequence(involvements, PersonPage::reportShortcut());
    QCOMPARE(reported.at(0).at(0).toString(), u"involvements/499"_s);
    // Generous: a laptop under load still shows 500 rows well inside a second.
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
}

void TestPersonPage::followsALargerFont()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    QTableView *transform = f.view(u"transformView"_s);
    auto *name = f.child<QLabel>(u"personNameLabel"_s);
    const int rowBefore = transform->rowHeight(0);
    const int heightBefore = transform->height();
    const qreal nameBefore = name->font().pointSizeF();
    QFont larger = f.page.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    f.page.setFont(larger);
    QCoreApplication::processEvents();
    QVERIFY(transform->rowHeight(0) > rowBefore);
    QTRY_VERIFY(transform->height() > heightBefore);
    QVERIFY(name->font().pointSizeF() > nameBefore);
    QVERIFY(name->font().bold());
    // Still every row in view: the panel grew with its rows.
    QVERIFY(transform->viewport()->height() >=
            transform->rowViewportPosition(8) + transform->rowHeight(8));
}

void TestPersonPage::switchingModelsLeavesTheOldOnesAlone()
{
    Fixture f;
    PersonPageModels other;
    tv::PersonView bo = tv::testing::samplePersonView();
    bo.details.givenName = u"Bo"_s;
    bo.involvements.clear();
    other.setView(bo);
    f.page.setModels(&other);
    QCOMPARE(f.page.models(), &other);
    auto *name = f.child<QLabel>(u"personNameLabel"_s);
    QCOMPARE(name->text(), u"Bo Fictional"_s);
    QCOMPARE(f.view(u"involvementsView"_s)->model()->rowCount(), 0);
    QVERIFY(!f.child<QLabel>(u"involvementsEmpty"_s)->isHidden());
    // The models the page no longer shows do not reach it.
    f.models.clear();
    QCOMPARE(name->text(), u"Bo Fictional"_s);
    QVERIFY(!f.child<QLabel>(u"coverageLabel"_s)->text().isEmpty());

    f.page.setModels(nullptr);
    QCOMPARE(name->text(), u"No one is shown"_s);
    for (const QString &panel : PanelNames)
        QCOMPARE(f.view(panel)->model(), nullptr);
}

// On a small screen (1366x768 at 2x is 683x384) the record scrolls inside the room it is given
// rather than asking for more: its smallest height is far less than what its content needs.
void TestPersonPage::scrollsInsteadOfGrowing()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.page));
    f.page.resize(600, 220);
    QTRY_COMPARE(f.page.size(), QSize(600, 220));
    auto *scroll = f.child<QScrollArea>(u"personPageScroll"_s);
    QVERIFY(scroll);
    QVERIFY(scroll->widget()->minimumSizeHint().height() > 220);
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    QCOMPARE(scroll->focusPolicy(), Qt::NoFocus); // its panels take the focus
}

QTEST_MAIN(TestPersonPage)
#include "tst_personpage.moc"
