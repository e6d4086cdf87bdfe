#include "ui/person/AttendanceChart.h"

#include "models/common/Format.h"
#include "models/person/AttendanceModel.h"

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

QList<QRectF> AttendanceChart::textRects() const
{
    QList<QRectF> rects;
    const Layout placed = layout(terms());
    for (const Text &text : placed.texts)
        rects.append(text.rect);
    return rects;
}

AttendanceChart::Layout AttendanceChart::layout(const QList<Term> &all) const
{
    Layout result;
    const QFontMetricsF metrics(font());
    const qreal line = metrics.height();
    const QRectF bounds(rect());
    const QRectF area = bounds.adjusted(line / 2, line / 2, -line / 2, -line / 2);
    result.radius = qMax<qreal>(3.0, line / 3.5);
    const qreal radius = result.radius;

    // A text placed where it fits inside the chart and over nothing placed before; false when
    // there is no such room.
    const auto place = [&result, &bounds](const QRectF &where, const QString &text, int flags) {
        if (!bounds.contains(where))
            return false;
        for (const Text &other : std::as_const(result.texts)) {
            if (other.rect.intersects(where))
                return false;
        }
        result.texts.append({where, text, flags});
        return true;
    };
    const auto textRect = [&metrics, line](qreal x, qreal top, const QString &text) {
        return QRectF(x, top, metrics.horizontalAdvance(text), line);
    };
    // Words that do not fit the width are cut short with an ellipsis, never clipped.
    const auto fitted = [&metrics](const QString &text, qreal width) {
        return metrics.elidedText(text, Qt::ElideRight, std::max<qreal>(0, width));
    };

    // The legend, on the top line: what each marker means, in words; the second entry under the
    // first when the two do not fit on one line.
    const qreal markerWidth = radius * 2 + line / 3;
    const QString aboveText = fitted(tr("At or above %1").arg(Format::percentage(kThreshold)),
                                     area.width() - markerWidth);
    const QString belowText =
        fitted(tr("Below %1 (persistent absence)").arg(Format::percentage(kThreshold)),
               area.width() - markerWidth);
    qreal x = area.left();
    qreal top = area.top();
    result.aboveMarker = QPointF(x + radius, top + line / 2);
    place(textRect(x + markerWidth, top, aboveText), aboveText, 0);
    x += markerWidth + metrics.horizontalAdvance(aboveText) + line;
    int legendLines = 1;
    if (x + markerWidth + metrics.horizontalAdvance(belowText) > area.right()) {
        x = area.left();
        top += line;
        legendLines = 2;
    }
    result.belowMarker = QPointF(x + radius, top + line / 2);
    place(textRect(x + markerWidth, top, belowText), belowText, 0);
    if (all.isEmpty())
        return result;

    // The plot: y from a round floor under the lowest figure (at most 80%) to 100%.
    const double lowest =
        std::min_element(all.cbegin(), all.cend(), [](const Term &a, const Term &b) {
            return a.percentage < b.percentage;
        })->percentage;
    result.floorPercent =
        std::clamp(std::floor((std::min(lowest, 80.0) - 5.0) / 10.0) * 10.0, 0.0, 80.0);
    const double floorPercent = result.floorPercent;
    const qreal axisWidth = metrics.horizontalAdvance(u"100%"_s) + line / 2;
    // Room above the plot for a figure over a point at 100%, below it for the term names.
    const qreal plotTop = area.top() + line * legendLines + line * 1.5;
    const QRectF plot(area.left() + axisWidth, plotTop, area.width() - axisWidth - line,
                      area.bottom() - line - 4 - plotTop);
    result.plot = plot.toRect();
    if (plot.width() <= line * 2 || plot.height() <= line * 2)
        return result;
    const auto yFor = [&](double percent) {
        return plot.bottom() - (percent - floorPercent) / (100.0 - floorPercent) * plot.height();
    };
    const auto xFor = [&](int i) {
        return all.size() == 1
                   ? plot.center().x()
                   : plot.left() + line + (plot.width() - 2.0 * line) * i / (all.size() - 1);
    };
    for (int i = 0; i < all.size(); ++i)
        result.points.append(QPointF(xFor(i), yFor(all[i].percentage)));

    // Axis labels every 10%, or every 20% or 50% when a line of text is taller than 10%.
    double tickStep = 10.0;
    while (tickStep < 50.0 && (yFor(0) - yFor(tickStep)) < line * 1.1)
        tickStep = tickStep < 20.0 ? 20.0 : 50.0;
    for (double tick = 100.0; tick >= floorPercent - 0.01; tick -= tickStep) {
        const qreal y = yFor(tick);
        const QString label = QLocale().toString(int(tick)) + u'%';
        if (place(QRectF(area.left(), y - line / 2, axisWidth - 4, line), label,
                  Qt::AlignRight | Qt::AlignVCenter))
            result.ticks.append(tick);
    }

    // The threshold line, labelled in words at its right end: over the line, else under it.
    result.thresholdY = yFor(kThreshold);
    const QString thresholdText = fitted(
        tr("%1 persistent absence line").arg(Format::percentage(kThreshold)), plot.width() - 2);
    const qreal thresholdWidth = metrics.horizontalAdvance(thresholdText);
    const qreal thresholdX = plot.right() - 2 - thresholdWidth;
    if (!place(QRectF(thresholdX, result.thresholdY - line - 2, thresholdWidth, line),
               thresholdText, 0))
        place(QRectF(thresholdX, result.thresholdY + 2, thresholdWidth, line), thresholdText, 0);

    // The term names under the axis, every n-th when they do not all fit; then the figures, on
    // the side away from the 90% line (under a term below it, over one at or above it), else on
    // the other side, else left out.
    const qreal spacing =
        all.size() > 1 ? (plot.width() - 2.0 * line) / (all.size() - 1) : plot.width();
    const qreal labelWidth = metrics.horizontalAdvance(u"Mmm 0000"_s) + line / 2;
    const int step = std::max(1, int(std::ceil(labelWidth / std::max<qreal>(1.0, spacing))));
    for (int i = 0; i < all.size(); i += step) {
        const QString &label = all[i].label;
        const qreal width = metrics.horizontalAdvance(label);
        const qreal labelX =
            std::clamp(result.points[i].x() - width / 2, bounds.left(), bounds.right() - width);
        place(QRectF(labelX, plot.bottom() + 4, width, line), label, 0);
    }
    for (int i = 0; i < all.size(); i += step) {
        const Term &term = all[i];
        const QPointF point = result.points[i];
        const QString figure = term.below ? tr("%1 (below)").arg(term.figure) : term.figure;
        const qreal width = metrics.horizontalAdvance(figure);
        const qreal figureX =
            std::clamp(point.x() - width / 2, plot.left() + 2, plot.right() - width);
        const QRectF over(figureX, point.y() - radius - 4 - line, width, line);
        const QRectF under(figureX, point.y() + radius + 4, width, line);
        const QRectF first = term.below ? under : over;
        const QRectF second = term.below ? over : under;
        // Under or over, but never past the axis into the term names.
        const auto inPlot = [&plot, line](const QRectF &where) {
            return where.top() >= plot.top() - line * 1.5 && where.bottom() <= plot.bottom();
        };
        const bool placedFirst = inPlot(first) && place(first, figure, 0);
        if (!placedFirst && inPlot(second))
            place(second, figure, 0);
    }
    return result;
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
    if (all.isEmpty()) {
        const QRect area = rect().adjusted(line / 2, line / 2, -line / 2, -line / 2);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No attendance recorded."));
        return;
    }
    const Layout placed = layout(all);
    const qreal radius = placed.radius;

    // The legend's markers.
    painter.setBrush(pal.color(QPalette::Window));
    drawMarker(&painter, placed.aboveMarker, radius, false);
    painter.setBrush(ink);
    drawMarker(&painter, placed.belowMarker, radius, true);

    const QRect plot = placed.plot;
    if (placed.points.size() == all.size()) {
        const auto yFor = [&](double percent) {
            return plot.bottom() -
                   (percent - placed.floorPercent) / (100.0 - placed.floorPercent) * plot.height();
        };
        // Axis and its ticks.
        painter.setPen(QPen(ink, 1));
        painter.drawLine(plot.bottomLeft(), plot.topLeft());
        painter.drawLine(plot.bottomLeft(), plot.bottomRight());
        for (const double tick : placed.ticks)
            painter.drawLine(QPointF(plot.left() - 3, yFor(tick)),
                             QPointF(plot.left(), yFor(tick)));

        // The threshold line, dashed.
        painter.setPen(QPen(ink, qMax(1.0, line / 10.0), Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), placed.thresholdY),
                         QPointF(plot.right(), placed.thresholdY));

        // The line through the terms, then the markers.
        painter.setPen(QPen(ink, qMax(1.0, line / 12.0)));
        QPainterPath path;
        for (int i = 0; i < placed.points.size(); ++i) {
            if (i == 0)
                path.moveTo(placed.points[i]);
            else
                path.lineTo(placed.points[i]);
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        for (int i = 0; i < all.size(); ++i) {
            painter.setPen(QPen(ink, 1.5));
            painter.setBrush(all[i].below ? ink : pal.color(QPalette::Window));
            drawMarker(&painter, placed.points[i], radius, all[i].below);
        }
    }

    // Every text where the layout put it.
    painter.setPen(ink);
    painter.setBrush(Qt::NoBrush);
    for (const Text &text : placed.texts)
        painter.drawText(text.rect, text.flags ? text.flags : Qt::AlignLeft | Qt::AlignVCenter,
                         text.text);
}

} // namespace tv::ui
