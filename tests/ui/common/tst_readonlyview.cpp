// ReadOnlyView: the read-only, no-drag, no-copy policy of every view of person data.

#include "ui/common/ReadOnlyView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

QStandardItemModel *newModel(QObject *parent)
{
    auto *model = new QStandardItemModel(3, 2, parent);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 2; ++column)
            model->setItem(row, column, new QStandardItem(u"cell %1/%2"_s.arg(row).arg(column)));
    }
    return model;
}

} // namespace

class TestReadOnlyView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appliesThePolicy();
    void treesGetUniformRows();
    void plainViewCopies();
    void copyAndCutDoNothing();
    void copyDoesNotReachWindowShortcuts();
    void editKeysDoNotEdit();
    void rowHeightFollowsTheFont();
    void enterOpensTheCurrentRow();
};

void TestReadOnlyView::init()
{
    QApplication::clipboard()->clear();
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

void TestReadOnlyView::appliesThePolicy()
{
    QTableView view;
    view.setModel(newModel(&view));
    tv::ui::makeReadOnly(&view);
    QCOMPARE(view.editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!view.dragEnabled());
    QCOMPARE(view.dragDropMode(), QAbstractItemView::NoDragDrop);
    QVERIFY(!view.acceptDrops());
    QVERIFY(!view.viewport()->acceptDrops());
    QCOMPARE(view.selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(view.selectionMode(), QAbstractItemView::SingleSelection);
    QVERIFY(!view.tabKeyNavigation());
    QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
    QVERIFY(view.verticalHeader()->isHidden());
    QCOMPARE(view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestReadOnlyView::treesGetUniformRows()
{
    QTreeView view;
    view.setModel(newModel(&view));
    tv::ui::makeReadOnly(&view);
    QVERIFY(view.uniformRowHeights());
    QCOMPARE(view.editTriggers(), QAbstractItemView::NoEditTriggers);
}

// The control: without the policy Qt copies the current cell, so the next test can fail.
void TestReadOnlyView::plainViewCopies()
{
    QTableView view;
    view.setModel(newModel(&view));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(view.model()->index(1, 1));
    QTest::keySequence(&view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), u"cell 1/1"_s);
}

void TestReadOnlyView::copyAndCutDoNothing()
{
    QTableView view;
    view.setModel(newModel(&view));
    tv::ui::makeReadOnly(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(view.model()->index(1, 1));
    QTest::keySequence(&view, QKeySequence::Copy);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Insert, Qt::ControlModifier);
    QTest::keySequence(&view, QKeySequence::Cut);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    // Other keys still work.
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex().row(), 2);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentIndex().row(), 0);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentIndex().row(), 2);
}

void TestReadOnlyView::copyDoesNotReachWindowShortcuts()
{
    QWidget window;
    auto *view = new QTableView(&window);
    view->setModel(newModel(view));
    tv::ui::makeReadOnly(view);
    auto *copy = new QAction(&window);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WindowShortcut);
    window.addAction(copy);
    QSignalSpy triggered(copy, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 0);
    QVERIFY(QApplication::clipboard()->text().isEmpty());
}

void TestReadOnlyView::editKeysDoNotEdit()
{
    QTableView view;
    auto *model = newModel(&view);
    view.setModel(model);
    tv::ui::makeReadOnly(&view);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(model->index(0, 0));
    QTest::keyClick(&view, Qt::Key_F2);
    QTest::keyClicks(&view, u"typed"_s);
    QTest::keyClick(&view, Qt::Key_Return);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {},
                       view.visualRect(model->index(0, 0)).center());
    QCOMPARE(model->index(0, 0).data().toString(), u"cell 0/0"_s);
    QVERIFY(!view.findChild<QLineEdit *>());
}

void TestReadOnlyView::rowHeightFollowsTheFont()
{
    QTableView view;
    view.setModel(newModel(&view));
    tv::ui::makeReadOnly(&view);
    const int before = view.verticalHeader()->defaultSectionSize();
    QCOMPARE(before, tv::ui::readOnlyRowHeight(&view));
    QFont larger = view.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    view.setFont(larger);
    QVERIFY2(
        view.verticalHeader()->defaultSectionSize() > before,
        qPrintable(u"%1 -> %2"_s.arg(before).arg(view.verticalHeader()->defaultSectionSize())));
    QCOMPARE(view.iconSize().height(), view.fontMetrics().height());
}

void TestReadOnlyView::enterOpensTheCurrentRow()
{
    QTableView view;
    view.setModel(newModel(&view));
    tv::ui::makeReadOnly(&view);
    tv::ui::RowOpener *opener = tv::ui::RowOpener::attach(&view);
    QSignalSpy opened(opener, &tv::ui::RowOpener::rowOpened);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.setCurrentIndex(QModelIndex());
    QTest::keyClick(&view, Qt::Key_Return); // no current row: nothing to open
    QCOMPARE(opened.count(), 0);
    view.setCurrentIndex(view.model()->index(1, 1));
    QTest::keyClick(&view, Qt::Key_Return);
    QTest::keyClick(&view, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(0).at(0).value<QModelIndex>(), view.model()->index(1, 1));
    QTest::keyClick(&view, Qt::Key_Return, Qt::ShiftModifier); // not Enter alone
    QCOMPARE(opened.count(), 2);
}

QTEST_MAIN(TestReadOnlyView)
#include "tst_readonlyview.moc"
