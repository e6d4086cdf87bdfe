// AttendanceChart on the offscreen platform: the figures in words, the 90% line, font scaling.

#include "PersonViewSamples.h"
#include "person/AttendanceChart.h"
#include "person/AttendanceModel.h"

#include <QImage>
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

QTEST_MAIN(TestAttendanceChart)
#include "tst_attendancechart.moc"
