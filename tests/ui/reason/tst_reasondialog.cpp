// ReasonDialog on the offscreen platform: the service's reasons as radio buttons, the keyboard
// path (arrows, then Enter), the note and its limit.

#include "person/ReasonDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::AccessReason;
using tv::AccessReasonOption;
using tv::ui::ReasonDialog;

namespace {

// The service's list (server/access/RecordAccess.cpp), one with an '&' in its words.
const QList<AccessReasonOption> Reasons{
    {u"safeguarding-concern"_s, u"Safeguarding concern"_s},
    {u"attendance-follow-up"_s, u"Attendance follow-up"_s},
    {u"sen-review"_s, u"SEN review"_s},
    {u"family-support"_s, u"Family support & early help"_s},
};

template <typename T>
T *child(const QWidget &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

void showAndActivate(QDialog &dialog)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
}

} // namespace

class TestReasonDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidgetIsNamed();
    void saysWhoseRecord();
    void openNeedsAReason();
    void keyboardOnly();
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

void TestReasonDialog::saysWhoseRecord()
{
    ReasonDialog dialog;
    dialog.setSubject(u"Bella Zephyr"_s);
    auto *subject = child<QLabel>(dialog, u"reasonSubjectLabel"_s);
    QVERIFY2(subject->text().startsWith(u"You are opening the record of Bella Zephyr."_s),
             qPrintable(subject->text()));
    QVERIFY(subject->text().contains(u"audit trail"_s));
    QCOMPARE(subject->accessibleDescription(), subject->text());
}

void TestReasonDialog::openNeedsAReason()
{
    ReasonDialog dialog;
    dialog.setReasons(Reasons);
    showAndActivate(dialog);
    auto *open = child<QPushButton>(dialog, u"openRecordButton"_s);
    QVERIFY(!open->isEnabled());
    QCOMPARE(dialog.reason().code, QString());
    // Enter with nothing chosen does not open.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    // On the button's circle: a radio button takes clicks on its circle and words only.
    auto *sen = child<QRadioButton>(dialog, u"reason_sen-review"_s);
    QTest::mouseClick(sen, Qt::LeftButton, {}, QPoint(sen->height() / 2, sen->height() / 2));
    QVERIFY(open->isEnabled());
    QCOMPARE(dialog.reason(), (AccessReason{u"sen-review"_s, std::nullopt}));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestReasonDialog::keyboardOnly()
{
    ReasonDialog dialog;
    dialog.setSubject(u"Bella Zephyr"_s);
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
    QVERIFY(!child<QPushButton>(dialog, u"openRecordButton"_s)->isEnabled());
    dialog.setReasons(Reasons);
    dialog.setReasons(Reasons.mid(0, 2));
    QCOMPARE(dialog.findChildren<QRadioButton *>().size(), 2);
    QVERIFY(!child<QLabel>(dialog, u"noReasonsLabel"_s)->isVisibleTo(&dialog));
}

QTEST_MAIN(TestReasonDialog)
#include "tst_reasondialog.moc"
