// ReportDialog on the offscreen platform: the item it is about, the description's bounds and
// count, and the send → busy → error or accept exchange with the caller.

#include "tests/ui/support/Child.h"
#include "ui/reports/ReportDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::NewInaccuracyReport;
using tv::test::child;
using tv::ui::ReportDialog;

namespace {

class Fixture {
public:
    Fixture()
    {
        dialog.setItem(u"individual-flags/young-carer"_s, u"Young carer: Current"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }
    QPlainTextEdit *description() const
    {
        return child<QPlainTextEdit>(dialog, u"descriptionEdit"_s);
    }
    QPushButton *send() const { return child<QPushButton>(dialog, u"sendReportButton"_s); }
    QPushButton *cancel() const { return child<QPushButton>(dialog, u"cancelButton"_s); }
    QString count() const { return child<QLabel>(dialog, u"descriptionCountLabel"_s)->text(); }

    ReportDialog dialog;
};

} // namespace

class TestReportDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidgetIsNamed();
    void showsTheItem();
    void descriptionIsRequiredAndCounted();
    void tooLongCannotBeSent();
    void keyboardSendAndAccept();
    void errorKeepsTheText();
    void busyCannotBeCancelled();
};

void TestReportDialog::everyInteractiveWidgetIsNamed()
{
    Fixture f;
    QCOMPARE(f.dialog.windowTitle(), u"Report an inaccuracy"_s);
    const auto buttons = f.dialog.findChildren<QAbstractButton *>();
    QCOMPARE(buttons.size(), 2);
    for (const QAbstractButton *button : buttons) {
        QVERIFY(!button->objectName().isEmpty());
        QVERIFY(!button->accessibleName().isEmpty() && !button->accessibleDescription().isEmpty());
    }
    QVERIFY(f.send()->isDefault());
    QVERIFY(!f.description()->accessibleName().isEmpty());
    QVERIFY(!f.description()->accessibleDescription().isEmpty());
    QCOMPARE(child<QLabel>(f.dialog, u"descriptionLabel"_s)->buddy(), f.description());
    QVERIFY(f.description()->tabChangesFocus());
    QCOMPARE(f.description()->contextMenuPolicy(), Qt::NoContextMenu);
    QCOMPARE(QApplication::focusWidget(), f.description());
}

void TestReportDialog::showsTheItem()
{
    Fixture f;
    auto *item = child<QLabel>(f.dialog, u"reportItemLabel"_s);
    auto *summary = child<QLabel>(f.dialog, u"reportSummaryLabel"_s);
    QCOMPARE(item->text(), u"Individual flags: Young carer"_s);
    QCOMPARE(summary->text(), u"Young carer: Current"_s);
    // Shown, not selectable: nothing of the record can be copied from here.
    QCOMPARE(summary->textInteractionFlags(), Qt::NoTextInteraction);
    QCOMPARE(summary->accessibleDescription(), u"Young carer: Current"_s);
    f.dialog.setItem(u"involvements/3"_s, u"Early help, 2023"_s);
    QCOMPARE(item->text(), u"Involvements: row 4"_s);
    QCOMPARE(f.dialog.report().item, u"involvements/3"_s);
}

void TestReportDialog::descriptionIsRequiredAndCounted()
{
    Fixture f;
    QSignalSpy sent(&f.dialog, &ReportDialog::sendRequested);
    QVERIFY(!f.send()->isEnabled());
    QCOMPARE(f.count(), u"0 of 2,000 characters."_s);
    QTest::keyClicks(f.description(), u"   "_s);
    QVERIFY(!f.send()->isEnabled()); // spaces alone are not a description
    QCOMPARE(f.count(), u"0 of 2,000 characters."_s);
    QTest::keyClicks(f.description(), u"Not a carer"_s);
    QCOMPARE(f.count(), u"11 of 2,000 characters."_s);
    QCOMPARE(child<QLabel>(f.dialog, u"descriptionCountLabel"_s)->accessibleDescription(),
             f.count());
    QVERIFY(f.send()->isEnabled());
    QCOMPARE(f.dialog.report(),
             (NewInaccuracyReport{u"individual-flags/young-carer"_s, u"Not a carer"_s}));
    QCOMPARE(sent.count(), 0);
}

void TestReportDialog::tooLongCannotBeSent()
{
    Fixture f;
    QSignalSpy sent(&f.dialog, &ReportDialog::sendRequested);
    f.description()->setPlainText(QString(2000, u'a'));
    QVERIFY(f.send()->isEnabled());
    QCOMPARE(f.count(), u"2,000 of 2,000 characters."_s);
    f.description()->setPlainText(QString(2013, u'a'));
    QVERIFY(!f.send()->isEnabled());
    QCOMPARE(f.count(), u"2,013 of 2,000 characters: 13 too many."_s);
    QVERIFY(child<QLabel>(f.dialog, u"descriptionCountLabel"_s)->font().bold());
    QTest::mouseClick(f.send(), Qt::LeftButton);
    QCOMPARE(sent.count(), 0);
    // The text is kept, to be shortened.
    QCOMPARE(f.description()->toPlainText().size(), 2013);
}

void TestReportDialog::keyboardSendAndAccept()
{
    Fixture f;
    QSignalSpy sent(&f.dialog, &ReportDialog::sendRequested);
    QTest::keyClicks(f.description(), u"  Not a young carer: lives with both parents.  "_s);
    // Enter in the description is a new line; Tab goes to "Send report", where Enter sends.
    QTest::keyClick(f.description(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), f.send());
    QTest::keyClick(f.send(), Qt::Key_Return);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.constFirst().constFirst().value<NewInaccuracyReport>(),
             (NewInaccuracyReport{u"individual-flags/young-carer"_s,
                                  u"Not a young carer: lives with both parents."_s}));
    // Busy until the caller answers; it does not close by itself.
    QVERIFY(f.dialog.isBusy());
    QVERIFY(f.dialog.isVisible());
    QCOMPARE(f.dialog.stateText(), u"Sending the report…"_s);
    QVERIFY(child<QProgressBar>(f.dialog, u"reportStateProgress"_s)->isVisible());
    QVERIFY(!f.send()->isEnabled());
    QVERIFY(f.description()->isReadOnly());
    QTest::mouseClick(f.send(), Qt::LeftButton);
    QCOMPARE(sent.count(), 1); // not twice
    f.dialog.accept();
    QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
    QVERIFY(!f.dialog.isVisible());
}

void TestReportDialog::errorKeepsTheText()
{
    Fixture f;
    QSignalSpy sent(&f.dialog, &ReportDialog::sendRequested);
    QTest::keyClicks(f.description(), u"Wrong school"_s);
    QTest::mouseClick(f.send(), Qt::LeftButton);
    QCOMPARE(sent.count(), 1);
    f.dialog.showError(u"The report could not be sent: the service did not answer."_s);
    QVERIFY(!f.dialog.isBusy());
    QVERIFY(f.dialog.isVisible());
    QCOMPARE(f.dialog.stateText(), u"The report could not be sent: the service did not answer."_s);
    QVERIFY(child<QLabel>(f.dialog, u"reportStateText"_s)->font().bold());
    QVERIFY(child<QLabel>(f.dialog, u"reportStateIcon"_s)->isVisible());
    QCOMPARE(f.description()->toPlainText(), u"Wrong school"_s);
    QVERIFY(!f.description()->isReadOnly());
    QCOMPARE(QApplication::focusWidget(), f.description());
    // Sending again works.
    QVERIFY(f.send()->isEnabled());
    QTest::mouseClick(f.send(), Qt::LeftButton);
    QCOMPARE(sent.count(), 2);
    QCOMPARE(f.dialog.stateText(), u"Sending the report…"_s);
}

void TestReportDialog::busyCannotBeCancelled()
{
    Fixture f;
    QTest::keyClicks(f.description(), u"Wrong school"_s);
    f.dialog.setBusy(true);
    QVERIFY(!f.cancel()->isEnabled());
    QTest::keyClick(&f.dialog, Qt::Key_Escape);
    QVERIFY(f.dialog.isVisible());
    f.dialog.close();
    QVERIFY(f.dialog.isVisible());
    f.dialog.setBusy(false);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!f.dialog.isVisible());
    QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
