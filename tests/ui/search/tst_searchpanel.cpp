// SearchPanel on the offscreen platform: the criteria it asks for, the words it shows, and what
// the keyboard does, on a results model filled with domain values.

#include "models/search/PersonSummaryModel.h"
#include "tests/ui/support/Child.h"
#include "tests/ui/support/Windows.h"
#include "ui/search/SearchPanel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::PersonSummary;
using tv::SearchCriteria;
using tv::models::PersonSummaryModel;
using tv::ui::SearchPanel;

namespace {

// Ranked best first, as the service sends them: not in name or date order.
QList<PersonSummary> threePeople()
{
    return {
        {u"p-2"_s, u"Bella Zephyr"_s, QDate(2012, 3, 4), u"Taunton TA1"_s, u"Castle School"_s},
        {u"p-1"_s, u"Alfie Young"_s, QDate(2014, 11, 30), u"Taunton TA2"_s, std::nullopt},
        {u"p-3"_s, u"Cara Xu"_s, QDate(2009, 1, 15), u"Wellington TA21"_s, u"Court Fields"_s},
    };
}

class Fixture {
public:
    Fixture()
    {
        panel.setModel(&model);
        panel.resize(900, 600);
        QVERIFY(tv::test::showActive(panel));
    }

    template <typename T>
    T *child(const QString &name) const
    {
        return tv::test::child<T>(panel, name);
    }
    QLineEdit *field(const QString &name) const { return child<QLineEdit>(name); }
    QTableView *table() const { return child<QTableView>(u"resultsTable"_s); }

    // What MainWindow does when the service answers.
    void answer(const QList<PersonSummary> &people, bool truncated = false)
    {
        model.setResults(people);
        panel.showResultsState(int(people.size()), truncated);
    }

    // The names down the table, top to bottom.
    QStringList names() const
    {
        QStringList shown;
        const QAbstractItemModel *view = table()->model();
        for (int row = 0; row < view->rowCount(); ++row)
            shown << view->index(row, PersonSummaryModel::NameColumn).data().toString();
        return shown;
    }

    PersonSummaryModel model;
    SearchPanel panel;
};

} // namespace

class TestSearchPanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidgetIsNamed();
    void tabOrderFollowsTheFields();
    void criteriaFromTheFields();
    void parsesUkDates_data();
    void parsesUkDates();
    void enterInAnyFieldSearches();
    void badDateIsNamedAndNothingIsSent_data();
    void badDateIsNamedAndNothingIsSent();
    void nothingToSearchBy();
    void statesInWords();
    void busyDisablesAndKeepsTheFields();
    void resultsTakeTheFocusAndEnterOpens();
    void resultsDoNotTakeTheFocusWhenNotAsked();
    void doubleClickOpens();
    void sortsDatesByDate();
    void sortByTheKeyboard();
    void tableIsReadOnly();
    void copyLeavesTheClipboardEmpty();
    void clearAllEmptiesEverything();
    void columnWidthsStayBetweenSearches();
    void ageColumnAndRestrictedRow();
    void nhsNumberProblemsInWords_data();
    void nhsNumberProblemsInWords();
    void nhsNumberShownAsThreeThreeFour();
};

void TestSearchPanel::everyInteractiveWidgetIsNamed()
{
    Fixture f;
    for (const QString &name :
         {u"nameEdit"_s, u"dateOfBirthEdit"_s, u"upnEdit"_s, u"nhsNumberEdit"_s, u"lcsCaseIdEdit"_s,
          u"postcodeEdit"_s, u"searchButton"_s, u"clearButton"_s, u"sortCombo"_s, u"resultsTable"_s,
          u"searchStateText"_s}) {
        auto *widget = f.child<QWidget>(name);
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        if (name != u"searchStateText"_s)
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(name));
    }
    // Every field and the sort box has a label with a mnemonic that leads to it.
    const auto labels = f.panel.findChildren<QLabel *>();
    int buddies = 0;
    for (const QLabel *label : labels) {
        if (!label->buddy())
            continue;
        ++buddies;
        QVERIFY2(label->text().contains(u'&'), qPrintable(label->objectName()));
    }
    QCOMPARE(buddies, 7);
    const auto buttons = f.panel.findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 2);
    for (const QAbstractButton *button : buttons)
        QVERIFY(!button->objectName().isEmpty() && !button->accessibleName().isEmpty());
    QCOMPARE(f.field(u"dateOfBirthEdit"_s)->placeholderText(), u"dd/mm/yyyy"_s);
}

void TestSearchPanel::tabOrderFollowsTheFields()
{
    Fixture f;
    f.model.setResults(threePeople());
    f.field(u"nameEdit"_s)->setFocus();
    QStringList order{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 9; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order,
             (QStringList{u"nameEdit"_s, u"dateOfBirthEdit"_s, u"upnEdit"_s, u"nhsNumberEdit"_s,
                          u"lcsCaseIdEdit"_s, u"postcodeEdit"_s, u"searchButton"_s,
                          u"clearButton"_s, u"sortCombo"_s, u"resultsTable"_s}));
}

void TestSearchPanel::criteriaFromTheFields()
{
    Fixture f;
    QSignalSpy requested(&f.panel, &SearchPanel::searchRequested);
    QTest::keyClicks(f.field(u"nameEdit"_s), u"  Bella   Zephyr "_s);
    QTest::keyClicks(f.field(u"dateOfBirthEdit"_s), u"04/03/2012"_s);
    QTest::keyClicks(f.field(u"upnEdit"_s), u"A123456789012"_s);
    QTest::keyClicks(f.field(u"nhsNumberEdit"_s), u"943 476 5919"_s);
    QTest::keyClicks(f.field(u"lcsCaseIdEdit"_s), u"LCS-42"_s);
    QTest::keyClicks(f.field(u"postcodeEdit"_s), u"ta1 1aa"_s);
    QTest::mouseClick(f.child<QPushButton>(u"searchButton"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    SearchCriteria expected;
    expected.name = u"Bella Zephyr"_s;
    expected.dateOfBirth = QDate(2012, 3, 4); // the 4th of March: day first
    expected.upn = u"A123456789012"_s;
    expected.nhsNumber = u"943 476 5919"_s;
    expected.lcsCaseId = u"LCS-42"_s;
    expected.postcode = u"ta1 1aa"_s;
    QCOMPARE(requested.constFirst().constFirst().value<SearchCriteria>(), expected);

    // Only what was filled in is sent.
    f.panel.clearAll();
    QTest::keyClicks(f.field(u"postcodeEdit"_s), u"TA1"_s);
    QTest::mouseClick(f.child<QPushButton>(u"searchButton"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
    SearchCriteria postcodeOnly;
    postcodeOnly.postcode = u"TA1"_s;
    QCOMPARE(requested.at(1).constFirst().value<SearchCriteria>(), postcodeOnly);
}

void TestSearchPanel::parsesUkDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("slashes") << u"04/03/2012"_s << QDate(2012, 3, 4);
    QTest::newRow("short day and month") << u"4/3/2012"_s << QDate(2012, 3, 4);
    QTest::newRow("dashes") << u"04-03-2012"_s << QDate(2012, 3, 4);
    QTest::newRow("dots") << u"31.12.2009"_s << QDate(2009, 12, 31);
    QTest::newRow("spaces") << u" 4 3 2012 "_s << QDate(2012, 3, 4);
    QTest::newRow("digits only") << u"04032012"_s << QDate(2012, 3, 4);
    QTest::newRow("leap day") << u"29/02/2012"_s << QDate(2012, 2, 29);
    QTest::newRow("not a leap year") << u"29/02/2013"_s << QDate();
    QTest::newRow("month 13") << u"01/13/2012"_s << QDate();
    QTest::newRow("two-digit year") << u"04/03/12"_s << QDate();
    QTest::newRow("words") << u"4 March 2012"_s << QDate();
    QTest::newRow("iso") << u"2012-03-04"_s << QDate();
    QTest::newRow("year 1066") << u"14/10/1066"_s << QDate();
}

void TestSearchPanel::parsesUkDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const std::optional<QDate> parsed = SearchPanel::parseDate(text);
    QCOMPARE(parsed.has_value(), date.isValid());
    if (parsed)
        QCOMPARE(*parsed, date);
}

void TestSearchPanel::enterInAnyFieldSearches()
{
    Fixture f;
    QSignalSpy requested(&f.panel, &SearchPanel::searchRequested);
    int expected = 0;
    for (const QString &name : {u"nameEdit"_s, u"dateOfBirthEdit"_s, u"upnEdit"_s,
                                u"nhsNumberEdit"_s, u"lcsCaseIdEdit"_s, u"postcodeEdit"_s}) {
        f.panel.clearAll();
        QLineEdit *edit = f.field(name);
        edit->setFocus();
        QTest::keyClicks(edit, name == u"dateOfBirthEdit"_s ? u"04/03/2012"_s
                               : name == u"nhsNumberEdit"_s ? u"9434765919"_s
                                                            : u"12345"_s);
        QTest::keyClick(edit, name == u"postcodeEdit"_s ? Qt::Key_Enter : Qt::Key_Return,
                        name == u"postcodeEdit"_s ? Qt::KeypadModifier : Qt::NoModifier);
        QCOMPARE(requested.count(), ++expected);
    }
    QCOMPARE(requested.constLast().constFirst().value<SearchCriteria>().postcode,
             std::optional<QString>(u"12345"_s));
}

void TestSearchPanel::badDateIsNamedAndNothingIsSent_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("words");
    QTest::newRow("not a date") << u"31/02/2012"_s << u"The date of birth is not a date"_s;
    QTest::newRow("american order") << u"03/24/2012"_s << u"The date of birth is not a date"_s;
    QTest::newRow("future") << QDate::currentDate().addDays(2).toString(u"dd/MM/yyyy"_s)
                            << u"The date of birth is in the future"_s;
}

void TestSearchPanel::badDateIsNamedAndNothingIsSent()
{
    QFETCH(QString, typed);
    QFETCH(QString, words);
    Fixture f;
    QSignalSpy requested(&f.panel, &SearchPanel::searchRequested);
    QTest::keyClicks(f.field(u"nameEdit"_s), u"Bella"_s);
    QLineEdit *date = f.field(u"dateOfBirthEdit"_s);
    QTest::keyClicks(date, typed);
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(f.panel.stateText().startsWith(words), qPrintable(f.panel.stateText()));
    QVERIFY(f.panel.stateText().contains(u"04/03/2012"_s)); // says how to write it
    QCOMPARE(f.child<QLabel>(u"searchStateText"_s)->accessibleDescription(), f.panel.stateText());
    QVERIFY(f.child<QLabel>(u"searchStateText"_s)->font().bold()); // an error, not only colour
    QVERIFY(f.child<QLabel>(u"searchStateIcon"_s)->isVisible());
    // The fields are kept, and the date is selected for retyping.
    QCOMPARE(date->text(), typed);
    QCOMPARE(f.field(u"nameEdit"_s)->text(), u"Bella"_s);
    QCOMPARE(QApplication::focusWidget(), date);
    QCOMPARE(date->selectedText(), typed);
}

void TestSearchPanel::nothingToSearchBy()
{
    Fixture f;
    QSignalSpy requested(&f.panel, &SearchPanel::searchRequested);
    QTest::keyClicks(f.field(u"upnEdit"_s), u"   "_s);
    QTest::keyClick(f.field(u"upnEdit"_s), Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QVERIFY2(f.panel.stateText().startsWith(u"Enter at least one detail"_s),
             qPrintable(f.panel.stateText()));
    QCOMPARE(QApplication::focusWidget(), f.field(u"nameEdit"_s));
}

void TestSearchPanel::statesInWords()
{
    Fixture f;
    f.answer(threePeople());
    QCOMPARE(f.panel.stateText(), u"3 people found."_s);
    f.answer(threePeople().mid(0, 1));
    QCOMPARE(f.panel.stateText(), u"1 person found."_s);
    f.answer({});
    // Nobody found is never a bare empty table: it says it does not mean "not known", and what
    // to add, the date of birth first.
    QCOMPARE(f.panel.stateText(),
             u"No one matched these details. That does not mean the child is unknown: add the "
             u"date of birth and search again, and check the spelling."_s);
    QVERIFY(f.child<QLabel>(u"searchStateIcon"_s)->isVisible());
    f.answer(threePeople(), true);
    QCOMPARE(f.panel.stateText(),
             u"3 people shown, but more matched: the child may not be among them. Add the date "
             u"of birth to narrow the search, then the postcode."_s);
    // Once the date of birth was given, the next thing to add.
    QTest::keyClicks(f.field(u"nameEdit"_s), u"Bella Zephyr"_s);
    QTest::keyClicks(f.field(u"dateOfBirthEdit"_s), u"04/03/2012"_s);
    QTest::keyClick(f.field(u"dateOfBirthEdit"_s), Qt::Key_Return);
    f.answer(threePeople(), true);
    QVERIFY2(f.panel.stateText().contains(u"Add the postcode, UPN or NHS number"_s),
             qPrintable(f.panel.stateText()));
    QTest::keyClick(f.field(u"dateOfBirthEdit"_s), Qt::Key_Return);
    f.answer({});
    QVERIFY2(f.panel.stateText().contains(u"check the spelling and the date of birth"_s),
             qPrintable(f.panel.stateText()));
    f.panel.showError(u"The service could not be reached. Try again in a minute."_s);
    QCOMPARE(f.panel.stateText(), u"The service could not be reached. Try again in a minute."_s);
    QVERIFY(f.child<QLabel>(u"searchStateText"_s)->font().bold());
}

void TestSearchPanel::busyDisablesAndKeepsTheFields()
{
    Fixture f;
    QSignalSpy requested(&f.panel, &SearchPanel::searchRequested);
    QLineEdit *name = f.field(u"nameEdit"_s);
    QTest::keyClicks(name, u"Bella"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    f.panel.setBusy(true);
    QVERIFY(f.panel.isBusy());
    QCOMPARE(f.panel.stateText(), u"Searching…"_s);
    auto *progress = f.child<QProgressBar>(u"searchStateProgress"_s);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0); // indeterminate
    QVERIFY(!progress->accessibleName().isEmpty());
    QCOMPARE(progress->accessibleDescription(), u"Searching…"_s);
    // The focus stays in the panel, on the busy indicator.
    QCOMPARE(QApplication::focusWidget(), progress);
    for (const QString &field : {u"nameEdit"_s, u"dateOfBirthEdit"_s, u"upnEdit"_s,
                                 u"nhsNumberEdit"_s, u"lcsCaseIdEdit"_s, u"postcodeEdit"_s})
        QVERIFY(!f.field(field)->isEnabled());
    QVERIFY(!f.child<QPushButton>(u"searchButton"_s)->isEnabled());
    QVERIFY(!f.table()->isEnabled());
    // Neither Enter nor Escape does anything while busy; the fields stay.
    QTest::keyClick(progress, Qt::Key_Escape);
    QTest::keyClick(progress, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(name->text(), u"Bella"_s);

    f.panel.setBusy(false);
    QVERIFY(name->isEnabled());
    QVERIFY(!progress->isVisible());
    QCOMPARE(f.panel.stateText(), QString());
    QCOMPARE(QApplication::focusWidget(), name); // back where it was
    QTest::keyClick(name, Qt::Key_Escape);
    QCOMPARE(name->text(), u"Bella"_s);
}

void TestSearchPanel::resultsTakeTheFocusAndEnterOpens()
{
    Fixture f;
    QSignalSpy opened(&f.panel, &SearchPanel::openRequested);
    QLineEdit *name = f.field(u"nameEdit"_s);
    name->setFocus();
    QTest::keyClicks(name, u"a"_s);
    QTest::keyClick(name, Qt::Key_Return);
    f.panel.setBusy(true);
    f.answer(threePeople());
    QVERIFY(!f.panel.isBusy());
    QCOMPARE(QApplication::focusWidget(), f.table());
    QCOMPARE(f.table()->currentIndex().row(), 0);

    // Down, then Enter: the second person in the service's order.
    QTest::keyClick(f.table(), Qt::Key_Down);
    QTest::keyClick(f.table(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), u"p-1"_s);
    // Keypad Enter on the first row, after sorting by name (Alfie, Bella, Cara): the id of the
    // source row behind the sorted one.
    f.table()->sortByColumn(PersonSummaryModel::NameColumn, Qt::AscendingOrder);
    f.table()->setCurrentIndex(f.table()->model()->index(2, 0));
    QTest::keyClick(f.table(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(1).constFirst().toString(), u"p-3"_s);
}

void TestSearchPanel::resultsDoNotTakeTheFocusWhenNotAsked()
{
    Fixture f;
    // Results that arrive without a search from the fields (or after typing resumed) leave the
    // focus where the person is typing.
    QLineEdit *postcode = f.field(u"postcodeEdit"_s);
    postcode->setFocus();
    f.answer(threePeople());
    QCOMPARE(QApplication::focusWidget(), postcode);

    QTest::keyClicks(postcode, u"TA1"_s);
    QTest::keyClick(postcode, Qt::Key_Return);
    QTest::keyClicks(postcode, u" 1"_s); // still typing when the answer comes
    f.answer(threePeople());
    QCOMPARE(QApplication::focusWidget(), postcode);
    QCOMPARE(postcode->text(), u"TA1 1"_s);

    // No one found: the focus stays in the fields, to change them.
    QTest::keyClick(postcode, Qt::Key_Return);
    f.panel.setBusy(true);
    f.answer({});
    QCOMPARE(QApplication::focusWidget(), postcode);
}

void TestSearchPanel::doubleClickOpens()
{
    Fixture f;
    QSignalSpy opened(&f.panel, &SearchPanel::openRequested);
    f.answer(threePeople());
    QTableView *table = f.table();
    const QRect cell = table->visualRect(table->model()->index(2, 1));
    // A real double click: press and release, then the second press arrives as a double click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 0); // one click only selects
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.constFirst().constFirst().toString(), u"p-3"_s);
}

void TestSearchPanel::sortsDatesByDate()
{
    Fixture f;
    QAbstractItemModelTester tester(f.table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.answer(threePeople());
    // Best match first until asked otherwise.
    QCOMPARE(f.names(), (QStringList{u"Bella Zephyr"_s, u"Alfie Young"_s, u"Cara Xu"_s}));
    // By the text, "15 Jan 2009" < "30 Nov 2014" < "4 Mar 2012"; by date, 2009 < 2012 < 2014.
    f.table()->sortByColumn(PersonSummaryModel::DateOfBirthColumn, Qt::AscendingOrder);
    QCOMPARE(f.names(), (QStringList{u"Cara Xu"_s, u"Bella Zephyr"_s, u"Alfie Young"_s}));
    f.table()->sortByColumn(PersonSummaryModel::DateOfBirthColumn, Qt::DescendingOrder);
    QCOMPARE(f.names(), (QStringList{u"Alfie Young"_s, u"Bella Zephyr"_s, u"Cara Xu"_s}));
    // Clicking a heading sorts too.
    QHeaderView *header = f.table()->horizontalHeader();
    const int x = header->sectionViewportPosition(PersonSummaryModel::NameColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(PersonSummaryModel::NameColumn));
    QCOMPARE(f.names(), (QStringList{u"Alfie Young"_s, u"Bella Zephyr"_s, u"Cara Xu"_s}));
    QCOMPARE(f.child<QComboBox>(u"sortCombo"_s)->currentText(), u"Name"_s);
    // A new search comes best match first again.
    QTest::keyClicks(f.field(u"nameEdit"_s), u"a"_s);
    QTest::keyClick(f.field(u"nameEdit"_s), Qt::Key_Return);
    f.answer(threePeople());
    QCOMPARE(f.names(), (QStringList{u"Bella Zephyr"_s, u"Alfie Young"_s, u"Cara Xu"_s}));
}

void TestSearchPanel::sortByTheKeyboard()
{
    Fixture f;
    f.answer(threePeople());
    auto *sort = f.child<QComboBox>(u"sortCombo"_s);
    QCOMPARE(sort->currentText(), u"Best match"_s);
    sort->setFocus();
    QTest::keyClick(sort, Qt::Key_Down); // Name
    QTest::keyClick(sort, Qt::Key_Down); // Date of birth
    QCOMPARE(sort->currentText(), u"Date of birth"_s);
    QCOMPARE(f.names(), (QStringList{u"Cara Xu"_s, u"Bella Zephyr"_s, u"Alfie Young"_s}));
    QTest::keyClick(sort, Qt::Key_Home);
    QCOMPARE(f.names(), (QStringList{u"Bella Zephyr"_s, u"Alfie Young"_s, u"Cara Xu"_s}));
    QCOMPARE(f.table()->horizontalHeader()->sortIndicatorSection(), -1);
}

void TestSearchPanel::tableIsReadOnly()
{
    Fixture f;
    f.answer(threePeople());
    QTableView *table = f.table();
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!table->dragEnabled());
    QCOMPARE(table->dragDropMode(), QAbstractItemView::NoDragDrop);
    QCOMPARE(table->contextMenuPolicy(), Qt::NoContextMenu);
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->selectionMode(), QAbstractItemView::SingleSelection);
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    // Rows are one line high whatever the cell holds, and no cell has a widget.
    QCOMPARE(table->rowHeight(0), table->rowHeight(2));
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < PersonSummaryModel::ColumnCount; ++column)
            QVERIFY(!table->indexWidget(table->model()->index(row, column)));
    }
    // F2 or typing does not edit.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_F2);
    QTest::keyClicks(table, u"x"_s);
    QCOMPARE(QApplication::focusWidget(), table); // an editor would have taken the focus
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Bella Zephyr"_s);
}

void TestSearchPanel::copyLeavesTheClipboardEmpty()
{
    Fixture f;
    f.answer(threePeople());
    QClipboard *clipboard = QGuiApplication::clipboard();

    // A plain table on the same model would copy the current cell: the check below can fail.
    QTableView plain;
    plain.setModel(&f.model);
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    plain.setCurrentIndex(f.model.index(0, PersonSummaryModel::NameColumn));
    clipboard->clear();
    QTest::keyClick(&plain, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), u"Bella Zephyr"_s);
    plain.close();

    clipboard->clear();
    f.panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.panel));
    QTableView *table = f.table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, PersonSummaryModel::NameColumn));
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Insert, Qt::ControlModifier);
    QVERIFY2(clipboard->text().isEmpty(), qPrintable(clipboard->text()));
    QVERIFY(!clipboard->mimeData() || clipboard->mimeData()->formats().isEmpty());
}

void TestSearchPanel::clearAllEmptiesEverything()
{
    Fixture f;
    const QStringList names{u"nameEdit"_s,      u"dateOfBirthEdit"_s, u"upnEdit"_s,
                            u"nhsNumberEdit"_s, u"lcsCaseIdEdit"_s,   u"postcodeEdit"_s};
    for (const QString &name : names)
        QTest::keyClicks(f.field(name), u"04/03/2012"_s);
    QTest::keyClick(f.field(u"nameEdit"_s), Qt::Key_Return);
    f.answer(threePeople());
    QCOMPARE(f.model.rowCount(), 3);

    QTest::keyClick(f.field(u"nameEdit"_s), Qt::Key_Return);
    f.panel.setBusy(true); // locked while a search is under way
    f.panel.clearAll();
    QVERIFY(!f.panel.isBusy());
    QVERIFY(f.field(u"nameEdit"_s)->isEnabled());
    for (const QString &name : names) {
        QVERIFY2(f.field(name)->text().isEmpty(), qPrintable(name));
        // Undo cannot bring the criteria back.
        QVERIFY2(!f.field(name)->isUndoAvailable(), qPrintable(name));
    }
    QCOMPARE(f.panel.stateText(), QString());
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.table()->model()->rowCount(), 0);

    // "Clear" does the same, and puts the focus in the name field.
    QTest::keyClicks(f.field(u"upnEdit"_s), u"A1"_s);
    f.answer(threePeople());
    QTest::mouseClick(f.child<QPushButton>(u"clearButton"_s), Qt::LeftButton);
    QVERIFY(f.field(u"upnEdit"_s)->text().isEmpty());
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(QApplication::focusWidget(), f.field(u"nameEdit"_s));
}

// A new result set never moves a column: the widths come from the font, not from the rows, so
// short names then long ones keep every section where it was.
void TestSearchPanel::columnWidthsStayBetweenSearches()
{
    Fixture f;
    const QHeaderView *header = f.table()->horizontalHeader();
    const auto widths = [header] {
        QList<int> sizes;
        for (int section = 0; section < header->count(); ++section)
            sizes << header->sectionSize(section);
        return sizes;
    };
    f.answer({{u"p-1"_s, u"Al Yu"_s, QDate(2014, 11, 30), u"Taunton TA2"_s, u"Ash School"_s}});
    QCoreApplication::processEvents();
    const QList<int> first = widths();
    QCOMPARE(first.size(), int(PersonSummaryModel::ColumnCount));
    f.answer({{u"p-2"_s, u"Maximilian-Alexander Featherstonehaugh-Cholmondeley"_s,
               QDate(2009, 1, 15), u"Wellington TA21"_s, u"The Castle Church of England School"_s},
              {u"p-3"_s, u"Bo Li"_s, QDate(2012, 3, 4), u"Taunton TA1"_s, std::nullopt}});
    QCoreApplication::processEvents();
    QCOMPARE(widths(), first);
    f.answer(threePeople(), true);
    QCoreApplication::processEvents();
    QCOMPARE(widths(), first);
    // Each column is wide enough for its heading, a date in full and an area.
    const QFontMetrics metrics(f.table()->font());
    QVERIFY(first.at(PersonSummaryModel::DateOfBirthColumn) >
            metrics.horizontalAdvance(u"30 Sep 2000"_s));
    QVERIFY(first.at(PersonSummaryModel::AgeColumn) > metrics.horizontalAdvance(u"Under 1"_s));
    QVERIFY(first.at(PersonSummaryModel::AddressColumn) >
            metrics.horizontalAdvance(u"Shepton Mallet BA4"_s));
}

void TestSearchPanel::ageColumnAndRestrictedRow()
{
    Fixture f;
    QList<PersonSummary> people = threePeople();
    people[1].restricted = true;
    f.model.setResults(people, QDate(2026, 11, 24));
    f.panel.showResultsState(int(people.size()), false);
    const QAbstractItemModel *view = f.table()->model();
    QCOMPARE(view->headerData(PersonSummaryModel::AgeColumn, Qt::Horizontal).toString(), u"Age"_s);
    QCOMPARE(view->index(0, PersonSummaryModel::AgeColumn).data().toString(), u"14"_s);
    // The sort box offers the new column too, in the header's order.
    auto *sort = f.child<QComboBox>(u"sortCombo"_s);
    QCOMPARE(sort->itemText(1 + PersonSummaryModel::AgeColumn), u"Age"_s);
    QCOMPARE(sort->itemText(1 + PersonSummaryModel::SchoolColumn), u"Current school"_s);
    // The restricted row says so in words, and to a screen reader.
    QCOMPARE(f.names(),
             (QStringList{u"Bella Zephyr"_s, u"Alfie Young (Restricted)"_s, u"Cara Xu"_s}));
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(f.table());
    QVERIFY(table && table->tableInterface());
    QAccessibleInterface *cell = table->tableInterface()->cellAt(1, PersonSummaryModel::NameColumn);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), u"Alfie Young (Restricted)"_s);
    QVERIFY2(cell->text(QAccessible::Description).startsWith(u"Restricted: "_s),
             qPrintable(cell->text(QAccessible::Description)));
    QAccessibleInterface *open = table->tableInterface()->cellAt(0, PersonSummaryModel::NameColumn);
    QVERIFY(open && open->text(QAccessible::Description).isEmpty());
}

void TestSearchPanel::nhsNumberProblemsInWords_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("words");
    QTest::newRow("too few digits")
        << u"943 476 591"_s
        << u"NHS number: 9 digits were given; enter all 10, for example 943 476 5919."_s;
    QTest::newRow("too many digits")
        << u"943 476 59190"_s
        << u"NHS number: 11 digits were given; an NHS number has 10, for example 943 476 5919."_s;
    QTest::newRow("not digits") << u"943-476-5919"_s
                                << u"NHS number: use only digits and spaces, for example 943 476 "
                                   u"5919."_s;
    QTest::newRow("check digit") << u"943 476 5918"_s
                                 << u"NHS number: the last digit does not match the first nine, "
                                    u"so this is not a real NHS number: check each digit."_s;
}

// What is wrong with the digits given, in the service's words (tv::nhs), before anything is sent.
void TestSearchPanel::nhsNumberProblemsInWords()
{
    QFETCH(QString, typed);
    QFETCH(QString, words);
    Fixture f;
    QSignalSpy requested(&f.panel, &SearchPanel::searchRequested);
    QLineEdit *nhs = f.field(u"nhsNumberEdit"_s);
    QTest::keyClicks(nhs, typed);
    QTest::keyClick(nhs, Qt::Key_Return);
    QCOMPARE(requested.count(), 0);
    QCOMPARE(f.panel.stateText(), words);
    QCOMPARE(QApplication::focusWidget(), nhs);
    QCOMPARE(nhs->text(), typed);
    QCOMPARE(nhs->selectedText(), typed);
}

// However it was typed, a valid NHS number reads 3-3-4 once searched for.
void TestSearchPanel::nhsNumberShownAsThreeThreeFour()
{
    Fixture f;
    QSignalSpy requested(&f.panel, &SearchPanel::searchRequested);
    QLineEdit *nhs = f.field(u"nhsNumberEdit"_s);
    for (const QString &typed : {u"9434765919"_s, u" 94 347 659 19"_s}) {
        nhs->setFocus();
        nhs->selectAll();
        QTest::keyClicks(nhs, typed);
        QTest::keyClick(nhs, Qt::Key_Return);
        QCOMPARE(nhs->text(), u"943 476 5919"_s);
    }
    QCOMPARE(requested.count(), 2);
}

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
