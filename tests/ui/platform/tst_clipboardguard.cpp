// ClipboardGuard on the offscreen platform: every way a person could copy from a field, a label,
// a table or a text box leaves the clipboard empty; pasting still works.

#include "ui/platform/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tv::ui::ClipboardGuard;

namespace {

const QString Secret = u"Alex Example 04/03/2012"_s;

struct Window {
    QWidget window;
    QLineEdit *line = new QLineEdit(Secret);
    QLabel *label = new QLabel(Secret);
    QTableView *table = new QTableView;
    QPlainTextEdit *text = new QPlainTextEdit(Secret);
    QStandardItemModel model{2, 2};

    Window()
    {
        auto *layout = new QVBoxLayout(&window);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        model.setItem(0, 0, new QStandardItem(Secret));
        table->setModel(&model);
        for (QWidget *widget : {static_cast<QWidget *>(line), static_cast<QWidget *>(label),
                                static_cast<QWidget *>(table), static_cast<QWidget *>(text)})
            layout->addWidget(widget);
        window.show();
    }
};

// Every key binding of the platform that copies or cuts.
QList<QKeySequence> copyKeys()
{
    return QKeySequence::keyBindings(QKeySequence::Copy) +
           QKeySequence::keyBindings(QKeySequence::Cut);
}

void pressAll(QWidget *widget)
{
    for (const QKeySequence &keys : copyKeys())
        QTest::keySequence(widget, keys);
}

} // namespace

class TestClipboardGuard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void withoutTheGuardTheKeysCopy();
    void keysCopyNothing();
    void textMenusHaveNoCopy();
    void labelsCannotBeSelected();
    void pastingStillWorks();
};

void TestClipboardGuard::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestClipboardGuard::withoutTheGuardTheKeysCopy()
{
    // The control: this platform's clipboard does receive what the keys copy.
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.line->setFocus();
    w.line->selectAll();
    QTest::keySequence(w.line, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), Secret);
}

void TestClipboardGuard::keysCopyNothing()
{
    ClipboardGuard guard;
    Window w;
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    QVERIFY(!copyKeys().isEmpty());

    w.line->setFocus();
    w.line->selectAll();
    pressAll(w.line);
    QCOMPARE(w.line->text(), Secret); // not cut either

    w.table->setFocus();
    w.table->setCurrentIndex(w.model.index(0, 0));
    w.table->selectAll();
    pressAll(w.table);

    w.text->setFocus();
    w.text->selectAll();
    pressAll(w.text);
    QCOMPARE(w.text->toPlainText(), Secret);

    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestClipboardGuard::textMenusHaveNoCopy()
{
    ClipboardGuard guard;
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    w.line->selectAll();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5),
                            w.line->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(w.line, &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = w.line->findChild<QMenu *>(u"textContextMenu"_s)) ||
                (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        texts << action->text();
        QVERIFY2(!ClipboardGuard::copies(action), qPrintable(action->text()));
    }
    const QString paste = QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                         [&](const QString &text) { return text.endsWith(paste); }),
             qPrintable(texts.join(u" | "_s)));
    // What the guard recognises is what the unguarded menu has: Copy and Cut.
    QMenu *standard = w.line->createStandardContextMenu();
    const QList<QAction *> all = standard->actions();
    QCOMPARE(std::count_if(all.cbegin(), all.cend(), &ClipboardGuard::copies), 2);
    delete standard;
    menu->close();

    // A label's menu would hold nothing but Copy: it has none.
    QContextMenuEvent onLabel(QContextMenuEvent::Mouse, QPoint(2, 2),
                              w.label->mapToGlobal(QPoint(2, 2)));
    QVERIFY(!QApplication::sendEvent(w.label, &onLabel) || !QApplication::activePopupWidget());
    QVERIFY(!QApplication::activePopupWidget());
}

void TestClipboardGuard::labelsCannotBeSelected()
{
    ClipboardGuard guard;
    Window w;
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QTest::mouseClick(w.label, Qt::LeftButton);
    QVERIFY(!(w.label->textInteractionFlags() & Qt::TextSelectableByMouse));
    QVERIFY(!(w.label->textInteractionFlags() & Qt::TextSelectableByKeyboard));
    QVERIFY(w.label->selectedText().isEmpty());
}

void TestClipboardGuard::pastingStillWorks()
{
    QGuiApplication::clipboard()->setText(u"A123456789012"_s);
    ClipboardGuard guard;
    Window w;
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    w.line->clear();
    w.line->setFocus();
    QTest::keySequence(w.line, QKeySequence::Paste);
    QCOMPARE(w.line->text(), u"A123456789012"_s);
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
