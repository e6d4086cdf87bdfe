// Watermark on the offscreen platform: what it says, that it is drawn over the panel it covers,
// and that it takes nothing from the panel (mouse, focus).

#include "common/Watermark.h"

#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
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
    QCOMPARE(watermark->geometry(), panel.rect());
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
    QCOMPARE(watermark->geometry(), panel.rect());
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
    // Over the button, yet the click reaches the button.
    QVERIFY(watermark->geometry().contains(button->geometry()));
    QSignalSpy clicked(button, &QPushButton::clicked);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
    QVERIFY(watermark->testAttribute(Qt::WA_TransparentForMouseEvents));
    QCOMPARE(watermark->focusPolicy(), Qt::NoFocus);
    // Panels added later stay under it.
    auto *later = new QPushButton(u"Later"_s, &panel);
    later->show();
    QCOMPARE(panel.children().last(), watermark);
}

QTEST_MAIN(TestWatermark)
#include "tst_watermark.moc"
