// Watermark on the offscreen platform: what it says, that it is drawn over the panel it marks and
// over every child (opaque table cells too, raised or added later), and that it takes nothing
// from the panel (mouse, focus, accessibility).

#include "ui/common/Watermark.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tv::ui::Watermark;

namespace {

// Pixels of `image` that differ from `background`.
int marked(const QImage &image, QRgb background)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestWatermark final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void saysWhoAndWhen();
    void isDrawnAcrossThePanel();
    void takesNothingFromThePanel();
    void coversOpaqueCellsOfEveryPage();
};

void TestWatermark::saysWhoAndWhen()
{
    QWidget panel;
    auto *watermark = new Watermark(&panel);
    QVERIFY(watermark->text().isEmpty()); // nobody signed in: nothing to draw
    watermark->setIdentity(u"Sam Lee"_s, u"Oakfield Primary"_s);
    watermark->setFixedTime(QDateTime(QDate(2026, 11, 24), QTime(14, 5)));
    QCOMPARE(watermark->text(), u"Sam Lee  ·  Oakfield Primary  ·  24 Nov 2026 14:05"_s);
}

void TestWatermark::isDrawnAcrossThePanel()
{
    QWidget panel;
    panel.setAutoFillBackground(true);
    panel.resize(600, 400);
    auto *watermark = new Watermark(&panel);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QRgb background = panel.palette().color(QPalette::Window).rgb();
    QCOMPARE(marked(panel.grab().toImage(), background), 0);

    watermark->setIdentity(u"Sam Lee"_s, u"Oakfield Primary"_s);
    QCOMPARE(watermark->target(), &panel);
    const QImage image = panel.grab().toImage();
    // Drawn, and across the whole panel: every quarter of it has some of the line.
    for (const QRect quarter : {QRect(0, 0, 300, 200), QRect(300, 0, 300, 200),
                                QRect(0, 200, 300, 200), QRect(300, 200, 300, 200)})
        QVERIFY2(marked(image.copy(quarter), background) > 50, "a quarter without the watermark");
    // Faint: no pixel of it is far from the background.
    const QColor text = panel.palette().color(QPalette::WindowText);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor pixel = image.pixelColor(x, y);
            QVERIFY(std::abs(pixel.lightness() - QColor(background).lightness()) <
                    std::abs(text.lightness() - QColor(background).lightness()) / 2 + 1);
        }
    }

    // It follows the panel's size.
    panel.resize(800, 500);
    QVERIFY(marked(panel.grab().toImage().copy(600, 400, 200, 100), background) > 20);
}

void TestWatermark::takesNothingFromThePanel()
{
    QWidget panel;
    auto *layout = new QVBoxLayout(&panel);
    auto *button = new QPushButton(u"Open"_s, &panel);
    layout->addWidget(button);
    auto *watermark = new Watermark(&panel);
    watermark->setIdentity(u"Sam Lee"_s, {});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Drawn over the button, yet the click reaches the button: the mark is no widget at all.
    QSignalSpy clicked(button, &QPushButton::clicked);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(panel.findChildren<QWidget *>(), QList<QWidget *>{button});
    QCOMPARE(panel.childAt(button->geometry().center()), button);
    // Nothing of it in the focus chain or the accessibility tree.
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), button);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&panel);
    QVERIFY(accessible);
    QCOMPARE(accessible->childCount(), 1);
    QCOMPARE(accessible->child(0)->object(), button);
}

void TestWatermark::coversOpaqueCellsOfEveryPage()
{
    // A stack of pages as the main window has: opaque table cells, a page shown (and so raised)
    // after the mark was made, and a page added later.
    QStandardItemModel model(30, 3);
    for (int row = 0; row < 30; ++row) {
        for (int column = 0; column < 3; ++column) {
            auto *item = new QStandardItem;
            item->setBackground(Qt::white); // opaque cells, as a row's background is
            model.setItem(row, column, item);
        }
    }
    QStackedWidget stack;
    stack.resize(600, 400);
    auto *first = new QTableView;
    first->setModel(&model);
    stack.addWidget(first);
    auto *watermark = new Watermark(&stack);
    watermark->setIdentity(u"Sam Lee"_s, u"Oakfield Primary"_s);
    auto *later = new QTableView;
    later->setModel(&model);
    stack.addWidget(later);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    for (QTableView *view : {first, later, first, later}) {
        stack.setCurrentWidget(view);
        view->raise();
        // Inside the cells: a block of rows away from the headers and grid lines.
        const QRect cells = view->visualRect(model.index(3, 0))
                                .united(view->visualRect(model.index(12, 2)))
                                .adjusted(2, 2, -2, -2)
                                .translated(view->viewport()->mapTo(&stack, QPoint(0, 0)));
        // What the window shows (a grab of the viewport alone would skip its ancestors' mark).
        const QImage image = stack.grab().toImage().copy(cells);
        QVERIFY2(marked(image, qRgb(255, 255, 255)) > 100, "table cells without the watermark");
        // Scrolled by a page, the cells shown are marked too.
        QTest::keyClick(view, Qt::Key_PageDown);
        const QImage scrolled = stack.grab().toImage().copy(cells);
        QVERIFY2(marked(scrolled, qRgb(255, 255, 255)) > 100, "scrolled cells without it");
    }
}

QTEST_MAIN(TestWatermark)
#include "tst_watermark.moc"
