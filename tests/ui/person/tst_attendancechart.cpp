// AttendanceChart on the offscreen platform: the figures in words, the 90% line, font scaling.

#include "models/person/AttendanceModel.h"
#include "tests/models/support/PersonViewSamples.h"
#include "ui/person/AttendanceChart.h"

#include <QImage>
#include <QSize>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::models::AttendanceModel;
using tv::ui::AttendanceChart;

namespace {

// How many pixels of the chart are drawn in the text colour (or close to it).
int inkPixels(AttendanceChart &chart)
{
    const QImage image = chart.grab().toImage();
    const QColor ink = chart.palette().color(QPalette::WindowText);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.lightness() - ink.lightness()) < 60)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestAttendanceChart final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void describesEveryFigureAndTheLine();
    void emptyModelSaysSo();
    void followsTheModel();
    void paintsTheTerms();
    void scalesWithTheFont();
    void labelsNeitherOverlapNorClip_data();
    void labelsNeitherOverlapNorClip();
};

void TestAttendanceChart::describesEveryFigureAndTheLine()
{
    AttendanceModel model;
    model.setRows(tv::testing::sampleAttendance());
    AttendanceChart chart;
    chart.setModel(&model);
    QCOMPARE(chart.objectName(), u"attendanceChart"_s);
    QCOMPARE(chart.accessibleName(), u"Attendance chart"_s);
    const QString description = chart.accessibleDescription();
    QVERIFY2(description.contains(u"Attendance per term, with the 90.0% persistent absence line. "
                                  "Terms shown: 3."_s),
             qPrintable(description));
    QVERIFY2(description.contains(u"4 Jan 2023 to 31 Mar 2023: 85.0%, below the 90.0% line."_s),
             qPrintable(description));
    QVERIFY2(description.contains(u"17 Apr 2023 to 21 Jul 2023: 90.0%, at or above the 90.0% "
                                  "line."_s),
             qPrintable(description));
    QVERIFY2(description.contains(u"93.5%, at or above"_s), qPrintable(description));
}

void TestAttendanceChart::emptyModelSaysSo()
{
    AttendanceModel model;
    AttendanceChart chart;
    chart.setModel(&model);
    QCOMPARE(chart.accessibleDescription(),
             u"No attendance is recorded, so there is nothing to chart."_s);
    AttendanceChart unset;
    QCOMPARE(unset.accessibleDescription(), chart.accessibleDescription());
}

void TestAttendanceChart::followsTheModel()
{
    AttendanceModel model;
    AttendanceChart chart;
    chart.setModel(&model);
    model.setRows(tv::testing::sampleAttendance());
    QVERIFY(chart.accessibleDescription().contains(u"85.0%"_s));
    model.clear();
    QVERIFY(!chart.accessibleDescription().contains(u"85.0%"_s));
    // A model destroyed before the chart leaves it empty, not dangling.
    {
        AttendanceModel shortLived;
        shortLived.setRows(tv::testing::sampleAttendance());
        chart.setModel(&shortLived);
    }
    QCOMPARE(chart.model(), nullptr);
    QCOMPARE(chart.accessibleDescription(),
             u"No attendance is recorded, so there is nothing to chart."_s);
    chart.resize(600, 300);
    QVERIFY(!chart.grab().isNull());
}

void TestAttendanceChart::paintsTheTerms()
{
    AttendanceModel model;
    AttendanceChart chart;
    chart.setModel(&model);
    chart.resize(640, 320);
    const int empty = inkPixels(chart);
    model.setRows(tv::testing::sampleAttendance());
    const int filled = inkPixels(chart);
    QVERIFY2(filled > empty * 3, qPrintable(u"%1 vs %2"_s.arg(filled).arg(empty)));
}

void TestAttendanceChart::scalesWithTheFont()
{
    AttendanceChart chart;
    const QSize before = chart.sizeHint();
    QFont larger = chart.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    chart.setFont(larger);
    QVERIFY(chart.sizeHint().height() > before.height());
    QVERIFY(chart.sizeHint().width() > before.width());
    QVERIFY(chart.minimumSizeHint().height() > 0);
}

// `count` terms from September 2015 on, some below the line, some on it, some near 100%.
QList<tv::AttendanceTerm> manyTerms(int count)
{
    static constexpr double Figures[] = {85.0, 90.0, 93.5, 99.9, 100.0, 89.9, 72.4, 91.0, 100.0};
    QList<tv::AttendanceTerm> terms;
    QDate start(2015, 9, 1);
    for (int i = 0; i < count; ++i) {
        terms.append({start, start.addMonths(3).addDays(-1), u"Example Primary School"_s,
                      Figures[i % std::size(Figures)]});
        start = start.addMonths(4);
    }
    return terms;
}

void TestAttendanceChart::labelsNeitherOverlapNorClip_data()
{
    QTest::addColumn<int>("terms");
    QTest::addColumn<QSize>("size"); // empty: the chart's minimum size hint
    for (const int terms : {1, 3, 9, 30}) {
        for (const QSize &size : {QSize(), QSize(300, 180), QSize(640, 320), QSize(1200, 240)}) {
            QTest::addRow("%d terms, %dx%d", terms, size.width(), size.height()) << terms << size;
        }
    }
}

// At 1x and (the second ctest entry) with QT_SCALE_FACTOR=2: every text inside the chart, none
// over another, at the smallest size the layout may give it and at larger ones.
void TestAttendanceChart::labelsNeitherOverlapNorClip()
{
    QFETCH(int, terms);
    QFETCH(QSize, size);
    AttendanceModel model;
    model.setRows(manyTerms(terms));
    AttendanceChart chart;
    chart.setModel(&model);
    chart.resize(size.isEmpty() ? chart.minimumSizeHint() : size);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<QRectF> rects = chart.textRects();
    // The legend's two entries, an axis label, the line's label and a term at least.
    QVERIFY2(rects.size() >= 5, qPrintable(QString::number(rects.size())));
    const QRectF bounds(chart.rect());
    const auto show = [](const QRectF &r) {
        return u"(%1,%2 %3x%4)"_s.arg(r.x(), 0, 'f', 1)
            .arg(r.y(), 0, 'f', 1)
            .arg(r.width(), 0, 'f', 1)
            .arg(r.height(), 0, 'f', 1);
    };
    for (int i = 0; i < rects.size(); ++i) {
        QVERIFY2(bounds.contains(rects[i]),
                 qPrintable(u"text %1 %2 is cut off by the chart's edge %3"_s.arg(i).arg(
                     show(rects[i]), show(bounds))));
        for (int j = i + 1; j < rects.size(); ++j) {
            QVERIFY2(!rects[i].intersects(rects[j]),
                     qPrintable(u"texts %1 %2 and %3 %4 overlap"_s.arg(i)
                                    .arg(show(rects[i]))
                                    .arg(j)
                                    .arg(show(rects[j]))));
        }
    }
}

QTEST_MAIN(TestAttendanceChart)
#include "tst_attendancechart.moc"
