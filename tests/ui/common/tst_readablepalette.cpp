// readableSelection(): the selection colours made readable (4.5:1), and nothing else set.

#include "ui/common/ReadablePalette.h"

#include <QColor>
#include <QPalette>
#include <QTest>

class TestReadablePalette final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastOfKnownPairs();
    void darkensAPaleSelectionUnderWhiteText();
    void lightensADarkSelectionUnderBlackText();
    void leavesAReadableSelectionAlone();
};

void TestReadablePalette::contrastOfKnownPairs()
{
    QCOMPARE(qRound(tv::ui::contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(tv::ui::contrastRatio(Qt::white, Qt::white), 1.0);
    // Qt's palette without a desktop theme: white on #308cc6.
    QCOMPARE(qRound(tv::ui::contrastRatio(Qt::white, QColor(0x30, 0x8c, 0xc6)) * 100), 369);
}

void TestReadablePalette::darkensAPaleSelectionUnderWhiteText()
{
    QPalette palette;
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::Text, Qt::darkGreen);
    const QPalette changes = tv::ui::readableSelection(palette);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        QVERIFY(changes.isBrushSet(group, QPalette::Highlight));
        const QColor selection = changes.color(group, QPalette::Highlight);
        QVERIFY(tv::ui::contrastRatio(Qt::white, selection) >= 4.5);
        QVERIFY(selection.lightness() < QColor(0x30, 0x8c, 0xc6).lightness());
        // The same blue, darker: not grey, not black.
        QVERIFY(qAbs(selection.hue() - QColor(0x30, 0x8c, 0xc6).hue()) <= 3);
        QVERIFY(tv::ui::contrastRatio(Qt::white, selection) < 6.0);
    }
    QVERIFY(!changes.isBrushSet(QPalette::Active, QPalette::Text));
    QVERIFY(!changes.isBrushSet(QPalette::Active, QPalette::HighlightedText));
    // Set over the palette, the rest stays as it was.
    const QPalette applied = changes.resolve(palette);
    QCOMPARE(applied.color(QPalette::Active, QPalette::Text), QColor(Qt::darkGreen));
}

void TestReadablePalette::lightensADarkSelectionUnderBlackText()
{
    QPalette palette;
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x50, 0x60, 0x90));
    const QPalette changes = tv::ui::readableSelection(palette);
    const QColor selection = changes.color(QPalette::Active, QPalette::Highlight);
    QVERIFY(changes.isBrushSet(QPalette::Active, QPalette::Highlight));
    QVERIFY(tv::ui::contrastRatio(Qt::black, selection) >= 4.5);
}

void TestReadablePalette::leavesAReadableSelectionAlone()
{
    QPalette palette;
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x00, 0x80));
    const QPalette changes = tv::ui::readableSelection(palette);
    QVERIFY(!changes.isBrushSet(QPalette::Active, QPalette::Highlight));
    QVERIFY(!changes.isBrushSet(QPalette::Inactive, QPalette::Highlight));
}

QTEST_MAIN(TestReadablePalette)
#include "tst_readablepalette.moc"
