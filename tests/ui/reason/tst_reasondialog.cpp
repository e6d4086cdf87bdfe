// ReasonDialog on the offscreen platform: the service's reasons as radio buttons, the keyboard
// path (arrows, then Enter), the note and its limit.

#include "tests/ui/support/Child.h"
#include "tests/ui/support/Windows.h"
#include "ui/person/ReasonDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::AccessReason;
using tv::AccessReasonOption;
using tv::test::child;
using tv::ui::ReasonDialog;

namespace {

// The service's list (server/access/RecordAccess.cpp), one with an '&' in its words.
const QList<AccessReasonOption> Reasons{
    {u"safeguarding-concern"_s, u"Safeguarding concern"_s},
    {u"attendance-follow-up"_s, u"Attendance follow-up"_s},
    {u"sen-review"_s, u"SEN review"_s},
    {u"family-support"_s, u"Family support & early help"_s},
};

void showAndActivate(QDialog &dialog)
{
    QVERIFY(tv::test::showActive(dialog));
}

} // namespace

class TestReasonDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyInteractiveWidgetIsNamed();
    void saysWhoseRecord();
    void openNeedsAReason();
    void keyboardOnly();
    void arrowsChooseAndWrap();
    void focusIsVisibleWhenItOpens();
    void noteIsTrimmedAndBounded();
    void cancelOpensNothing();
    void reasonsCanBeReplaced();
};

void TestReasonDialog::everyInteractiveWidgetIsNamed()
{
    ReasonDialog dialog;
    dialog.setReasons(Reasons);
    QCOMPARE(dialog.windowTitle(), u"Why are you opening this record?"_s);
    const auto buttons = dialog.findChildren<QAbstractButton *>();
    QCOMPARE(buttons.size(), Reasons.size() + 2);
    for (const QAbstractButton *button : buttons) {
        QVERIFY2(!button->objectName().isEmpty(), qPrintable(button->text()));
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(!button->accessibleDescription().isEmpty(), qPrintable(button->objectName()));
    }
    auto *note = child<QLineEdit>(dialog, u"reasonNoteEdit"_s);
    QVERIFY(!note->accessibleName().isEmpty() && !note->accessibleDescription().isEmpty());
    QCOMPARE(child<QLabel>(dialog, u"reasonNoteLabel"_s)->buddy(), note);
    QVERIFY(child<QLabel>(dialog, u"reasonNoteLabel"_s)->text().contains(u'&'));
    auto *open = child<QPushButton>(dialog, u"openRecordButton"_s);
    QVERIFY(open->isDefault());
    QCOMPARE(open->text(), u"&Open record"_s);
    // The service's words are shown as they are: '&' is not a mnemonic.
    auto *family = child<QRadioButton>(dialog, u"reason_family-support"_s);
    QCOMPARE(family->text(), u"Family support && early help"_s);
    QCOMPARE(family->accessibleName(), u"Family support & early help"_s);
    QVERIFY(!child<QLabel>(dialog, u"noReasonsLabel"_s)->isVisibleTo(&dialog));
}

void TestReasonDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestReasonDialog::saysWhoseRecord()
{
    // Two Sienna Smiths exist in the training data: the date of birth tells them apart.
    ReasonDialog dialog;
    dialog.setSubject(u"Sienna Smith"_s, QDate(2014, 3, 3));
    auto *subject = child<QLabel>(dialog, u"reasonSubjectLabel"_s);
    QVERIFY2(subject->text().startsWith(
                 u"You are opening the record of Sienna Smith, born 3 Mar 2014."_s),
             qPrintable(subject->text()));
    QVERIFY(subject->text().contains(u"audit trail"_s));
    QCOMPARE(subject->accessibleDescription(), subject->text());
    dialog.setSubject(u"Sienna Smith"_s, QDate(2016, 10, 12));
    QVERIFY2(subject->text().contains(u"Sienna Smith, born 12 Oct 2016."_s),
             qPrintable(subject->text()));
    // A date the source did not record is said, not left out.
    dialog.setSubject(u"Bella Zephyr"_s, QDate());
    QVERIFY2(subject->text().contains(u"Bella Zephyr, date of birth not recorded."_s),
             qPrintable(subject->text()));
}

void TestReasonDialog::openNeedsAReason()
{
    ReasonDialog dialog;
    dialog.setReasons(Reasons);
    showAndActivate(dialog);
    auto *open = child<QPushButton>(dialog, u"openRecordButton"_s);
    auto *words = child<QLabel>(dialog, u"reasonStateText"_s);
    auto *first = child<QRadioButton>(dialog, u"reason_safeguarding-concern"_s);
    QCOMPARE(dialog.reason().code, QString());
    QVERIFY(words->text().isEmpty());
    // Enter with nothing chosen does not open, and says why, again and again; the keyboard stays
    // on the reasons.
    for (int press = 0; press < 3; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(words->text().startsWith(u"Choose a reason first"_s), qPrintable(words->text()));
        QVERIFY(words->isVisible());
        QCOMPARE(words->accessibleDescription(), words->text());
        QCOMPARE(QApplication::focusWidget(), first);
    }
    // From the note too: Enter there presses the default button.
    QTest::keyClick(first, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, u"reasonNoteEdit"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget(), first);

    // On the button's circle: a radio button takes clicks on its circle and words only.
    auto *sen = child<QRadioButton>(dialog, u"reason_sen-review"_s);
    QTest::mouseClick(sen, Qt::LeftButton, {}, QPoint(sen->height() / 2, sen->height() / 2));
    QVERIFY(open->isEnabled());
    QVERIFY(words->text().isEmpty()); // chosen: nothing more to say
    QCOMPARE(dialog.reason(), (AccessReason{u"sen-review"_s, std::nullopt}));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestReasonDialog::keyboardOnly()
{
    ReasonDialog dialog;
    dialog.setSubject(u"Bella Zephyr"_s, QDate(2014, 3, 3));
    dialog.setReasons(Reasons);
    showAndActivate(dialog);
    // The first reason has the focus; Space chooses it, Down moves to and chooses the next.
    auto *first = child<QRadioButton>(dialog, u"reason_safeguarding-concern"_s);
    QCOMPARE(QApplication::focusWidget(), first);
    QTest::keyClick(first, Qt::Key_Space);
    QVERIFY(first->isChecked());
    QTest::keyClick(first, Qt::Key_Down);
    auto *second = child<QRadioButton>(dialog, u"reason_attendance-follow-up"_s);
    QCOMPARE(QApplication::focusWidget(), second);
    QVERIFY(second->isChecked());
    QVERIFY(!first->isChecked());
    // Tab leaves the group for the note, where the reason stays chosen.
    QTest::keyClick(second, Qt::Key_Tab);
    auto *note = child<QLineEdit>(dialog, u"reasonNoteEdit"_s);
    QCOMPARE(QApplication::focusWidget(), note);
    QTest::keyClicks(note, u"Follow-up call with mum"_s);
    QTest::keyClick(note, Qt::Key_Return); // the default button
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.reason(),
             (AccessReason{u"attendance-follow-up"_s, u"Follow-up call with mum"_s}));
}

void TestReasonDialog::arrowsChooseAndWrap()
{
    ReasonDialog dialog;
    dialog.setReasons(Reasons);
    showAndActivate(dialog);
    QList<QRadioButton *> buttons;
    for (const AccessReasonOption &option : Reasons)
        buttons.append(child<QRadioButton>(dialog, u"reason_"_s + option.code));
    const auto at = [&](int index) {
        QRadioButton *expected = buttons.at(index);
        QCOMPARE(QApplication::focusWidget(), expected);
        QVERIFY2(expected->isChecked(), qPrintable(expected->objectName()));
        QCOMPARE(dialog.reason().code, Reasons.at(index).code);
        for (const QRadioButton *other : std::as_const(buttons))
            QVERIFY(other == expected || !other->isChecked());
    };
    // Each key, then the reason it must land on and choose. Nothing is chosen at first: the
    // first arrow chooses as it moves; past the last, round to the first, and back.
    const QList<std::pair<Qt::Key, int>> presses{
        {Qt::Key_Down, 1}, {Qt::Key_Right, 2}, {Qt::Key_Down, 3}, {Qt::Key_Down, 0},
        {Qt::Key_Up, 3},   {Qt::Key_Left, 2},  {Qt::Key_Up, 1},   {Qt::Key_Left, 0},
        {Qt::Key_Left, 3}, {Qt::Key_Right, 0},
    };
    for (const auto &[key, index] : presses) {
        QTest::keyClick(QApplication::focusWidget(), key);
        at(index);
    }
    // Round and round, again and again.
    for (int press = 1; press <= 9; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        at(press % 4);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.reason().code, Reasons.at(1).code);
}

void TestReasonDialog::focusIsVisibleWhenItOpens()
{
    ReasonDialog dialog;
    dialog.setReasons(Reasons);
    showAndActivate(dialog);
    auto *first = child<QRadioButton>(dialog, u"reason_safeguarding-concern"_s);
    QTRY_COMPARE(QApplication::focusWidget(), first);
    // Drawn as keyboard focus: the same button looks different with the focus and without it.
    QVERIFY(dialog.testAttribute(Qt::WA_KeyboardFocusChange));
    const QImage focused = first->grab().toImage();
    child<QLineEdit>(dialog, u"reasonNoteEdit"_s)->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(!first->hasFocus());
    const QImage unfocused = first->grab().toImage();
    QCOMPARE(focused.size(), unfocused.size());
    QVERIFY2(focused != unfocused, "no focus indicator is drawn on the first reason");

    // Opened with a reason already chosen: the focus is on that reason.
    ReasonDialog chosen;
    chosen.setReasons(Reasons);
    auto *third = child<QRadioButton>(chosen, u"reason_sen-review"_s);
    third->setChecked(true);
    showAndActivate(chosen);
    QTRY_COMPARE(QApplication::focusWidget(), third);
    QVERIFY(chosen.testAttribute(Qt::WA_KeyboardFocusChange));
}

void TestReasonDialog::noteIsTrimmedAndBounded()
{
    ReasonDialog dialog;
    dialog.setReasons(Reasons);
    auto *note = child<QLineEdit>(dialog, u"reasonNoteEdit"_s);
    QCOMPARE(note->maxLength(), 500); // the service's limit
    child<QRadioButton>(dialog, u"reason_sen-review"_s)->setChecked(true);
    note->setText(u"   "_s);
    QCOMPARE(dialog.reason().note, std::nullopt);
    note->setText(u"  annual review  "_s);
    QCOMPARE(dialog.reason().note, std::optional<QString>(u"annual review"_s));
    note->setText(QString(600, u'x'));
    QCOMPARE(dialog.reason().note->size(), 500);
}

void TestReasonDialog::cancelOpensNothing()
{
    ReasonDialog dialog;
    dialog.setReasons(Reasons);
    showAndActivate(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());

    showAndActivate(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestReasonDialog::reasonsCanBeReplaced()
{
    ReasonDialog dialog;
    dialog.setReasons({});
    QVERIFY(child<QLabel>(dialog, u"noReasonsLabel"_s)->isVisibleTo(&dialog));
    // Enter says why nothing opens: there is no reason to choose.
    dialog.accept();
    QCOMPARE(child<QLabel>(dialog, u"reasonStateText"_s)->text(),
             child<QLabel>(dialog, u"noReasonsLabel"_s)->text());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    dialog.setReasons(Reasons);
    dialog.setReasons(Reasons.mid(0, 2));
    QCOMPARE(dialog.findChildren<QRadioButton *>().size(), 2);
    QVERIFY(!child<QLabel>(dialog, u"noReasonsLabel"_s)->isVisibleTo(&dialog));
}

QTEST_MAIN(TestReasonDialog)
#include "tst_reasondialog.moc"
