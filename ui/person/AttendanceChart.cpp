#include "AttendanceChart.h"

#include "common/Format.h"
#include "person/AttendanceModel.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tv::ui {

using models::AttendanceModel;
using models::Format;

namespace {

constexpr double kThreshold = AttendanceModel::PersistentAbsenceThreshold;

void drawMarker(QPainter *painter, QPointF at, qreal radius, bool below)
{
    if (below) {
        // A downward triangle, filled.
        const QPolygonF triangle{QPointF(at.x() - radius * 1.2, at.y() - radius),
                                 QPointF(at.x() + radius * 1.2, at.y() - radius),
                                 QPointF(at.x(), at.y() + radius * 1.1)};
        painter->drawPolygon(triangle);
    } else {
        painter->drawEllipse(at, radius, radius);
    }
}

} // namespace

AttendanceChart::AttendanceChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"attendanceChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus); // a picture of the table beside it, which takes focus
    setAccessibleName(tr("Attendance chart"));
    refresh();
}

AttendanceChart::~AttendanceChart() = default;

void AttendanceChart::setModel(AttendanceModel *model)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = model;
    if (model) {
        const auto changed = [this] {
            refresh();
        };
        m_connections = {
            connect(model, &QAbstractItemModel::modelReset, this, changed),
            connect(model, &QAbstractItemModel::rowsInserted, this, changed),
            connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(model, &QAbstractItemModel::dataChanged, this, changed),
            connect(model, &QAbstractItemModel::layoutChanged, this, changed),
            connect(model, &QObject::destroyed, this,
                    [this] {
                        m_model = nullptr;
                        refresh();
                    }),
        };
    }
    refresh();
}

AttendanceModel *AttendanceChart::model() const
{
    return m_model;
}

QList<AttendanceChart::Term> AttendanceChart::terms() const
{
    QList<Term> result;
    if (!m_model)
        return result;
    const int rows = m_model->rowCount();
    result.reserve(rows);
    const QLocale locale;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, AttendanceModel::AttendanceColumn);
        Term term;
        const QDate start = index.data(AttendanceModel::TermStartRole).toDate();
        term.label = locale.toString(start, u"MMM yyyy"_s);
        term.percentage = index.data(AttendanceModel::PercentageRole).toDouble();
        term.figure = index.data(Qt::DisplayRole).toString();
        term.below = index.data(AttendanceModel::BelowThresholdRole).toBool();
        result.append(term);
    }
    return result;
}

void AttendanceChart::refresh()
{
    const QList<Term> all = terms();
    const QString line = Format::percentage(kThreshold);
    if (all.isEmpty()) {
        setAccessibleDescription(tr("No attendance is recorded, so there is nothing to chart."));
    } else {
        QStringList parts;
        parts.reserve(all.size());
        for (int i = 0; i < all.size(); ++i) {
            const QModelIndex index = m_model->index(i, AttendanceModel::TermColumn);
            const QString term = index.data(Qt::AccessibleTextRole).toString();
            parts.append(
                all[i].below
                    ? tr("%1: %2, below the %3 line.").arg(term, all[i].figure, line)
                    : tr("%1: %2, at or above the %3 line.").arg(term, all[i].figure, line));
        }
        setAccessibleDescription(
            tr("Attendance per term, with the %1 persistent absence line. Terms shown: %2.")
                .arg(line, QLocale().toString(int(all.size()))) +
            u' ' + parts.join(u' '));
    }
    updateGeometry();
    update();
}

QSize AttendanceChart::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 60, metrics.height() * 14};
}

QSize AttendanceChart::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 36, metrics.height() * 10};
}

void AttendanceChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange ||
        event->type() == QEvent::PaletteChange) {
        if (event->type() == QEvent::LanguageChange)
            setAccessibleName(tr("Attendance chart"));
        refresh();
    }
    QWidget::changeEvent(event);
}

void AttendanceChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor ink = pal.color(QPalette::WindowText);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QList<Term> all = terms();

    painter.setPen(ink);
    const QRect area = rect().adjusted(line / 2, line / 2, -line / 2, -line / 2);
    if (all.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No attendance recorded."));
        return;
    }

    // The legend, on the top line: what each marker means, in words.
    const qreal radius = qMax<qreal>(3.0, line / 3.5);
    int x = area.left();
    const int legendY = area.top() + line / 2;
    const QString aboveText = tr("At or above %1").arg(Format::percentage(kThreshold));
    const QString belowText =
        tr("Below %1 (persistent absence)").arg(Format::percentage(kThreshold));
    painter.setBrush(pal.color(QPalette::Window));
    drawMarker(&painter, QPointF(x + radius, legendY), radius, false);
    x += int(radius * 2) + line / 3;
    painter.drawText(QPoint(x, legendY + metrics.ascent() / 2 - 1), aboveText);
    x += metrics.horizontalAdvance(aboveText) + line;
    // The second entry goes under the first when the two do not fit on one line.
    int legendLines = 1;
    int belowY = legendY;
    if (x + int(radius * 2) + line / 3 + metrics.horizontalAdvance(belowText) > area.right()) {
        x = area.left();
        belowY += line;
        legendLines = 2;
    }
    painter.setBrush(ink);
    drawMarker(&painter, QPointF(x + radius, belowY), radius, true);
    x += int(radius * 2) + line / 3;
    painter.drawText(QPoint(x, belowY + metrics.ascent() / 2 - 1), belowText);

    // The plot: y from a round floor under the lowest figure (at most 80%) to 100%.
    const double lowest =
        std::min_element(all.cbegin(), all.cend(), [](const Term &a, const Term &b) {
            return a.percentage < b.percentage;
        })->percentage;
    const double floorPercent =
        std::clamp(std::floor((std::min(lowest, 80.0) - 5.0) / 10.0) * 10.0, 0.0, 80.0);
    const int axisWidth = metrics.horizontalAdvance(u"100%"_s) + line / 2;
    const QRect plot(area.left() + axisWidth, area.top() + line * (1 + legendLines),
                     area.width() - axisWidth - line, area.height() - line * (3 + legendLines));
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    const auto yFor = [&](double percent) {
        return plot.bottom() - (percent - floorPercent) / (100.0 - floorPercent) * plot.height();
    };
    const auto xFor = [&](int i) {
        return all.size() == 1
                   ? plot.center().x()
                   : plot.left() + line + (plot.width() - 2.0 * line) * i / (all.size() - 1);
    };

    // Axis and its labels.
    painter.setPen(QPen(ink, 1));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (double tick = floorPercent; tick <= 100.0; tick += 10.0) {
        const qreal y = yFor(tick);
        painter.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y));
        const QString label = QLocale().toString(int(tick)) + u'%';
        painter.drawText(QRectF(area.left(), y - line / 2.0, axisWidth - 4, line),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // The threshold line, dashed, labelled in words at its right end.
    const qreal thresholdY = yFor(kThreshold);
    painter.setPen(QPen(ink, qMax(1.0, line / 10.0), Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), thresholdY), QPointF(plot.right(), thresholdY));
    const QString thresholdText =
        tr("%1 persistent absence line").arg(Format::percentage(kThreshold));
    painter.setPen(ink);
    painter.drawText(QRectF(plot.left(), thresholdY - line - 2, plot.width() - 2, line),
                     Qt::AlignRight | Qt::AlignBottom, thresholdText);

    // The line through the terms, then the markers, their figures and the term names.
    painter.setPen(QPen(ink, qMax(1.0, line / 12.0)));
    QPainterPath path;
    for (int i = 0; i < all.size(); ++i) {
        const QPointF point(xFor(i), yFor(all[i].percentage));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // Label every term when they fit, else every n-th.
    const int labelWidth = metrics.horizontalAdvance(u"Mmm 0000"_s) + line / 2;
    const int step = std::max<int>(
        1, int(std::ceil(double(labelWidth) * all.size() / std::max(1, plot.width()))));
    for (int i = 0; i < all.size(); ++i) {
        const Term &term = all[i];
        const QPointF point(xFor(i), yFor(term.percentage));
        painter.setPen(QPen(ink, 1.5));
        painter.setBrush(term.below ? ink : pal.color(QPalette::Window));
        drawMarker(&painter, point, radius, term.below);
        if (i % step != 0)
            continue;
        const QString figure = term.below ? tr("%1 (below)").arg(term.figure) : term.figure;
        const qreal figureWidth = metrics.horizontalAdvance(figure);
        // A figure sits on the side away from the 90% line (under a term below it, over one at or
        // above it), unless the plot's edge is too close.
        const qreal over = point.y() - radius - 4;
        const qreal under = point.y() + radius + 4 + metrics.ascent();
        const bool roomOver = over - metrics.ascent() > plot.top();
        const bool roomUnder = under < plot.bottom();
        const qreal figureY = term.below ? (roomUnder ? under : over) : (roomOver ? over : under);
        const qreal figureX = std::clamp(point.x() - figureWidth / 2, qreal(plot.left() + 2),
                                         qreal(plot.right()) - figureWidth);
        painter.setPen(ink);
        painter.drawText(QPointF(figureX, figureY), figure);
        const qreal labelX =
            std::clamp(point.x() - metrics.horizontalAdvance(term.label) / 2.0, qreal(plot.left()),
                       qreal(plot.right()) - metrics.horizontalAdvance(term.label));
        painter.drawText(QPointF(labelX, plot.bottom() + metrics.ascent() + 4), term.label);
    }
}

} // namespace tv::ui
