#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace tv::models {
class AttendanceModel;
} // namespace tv::models

namespace tv::ui {

// A small line chart of attendance percentage across terms (one point per row of an
// AttendanceModel, in its order), with the persistent-absence threshold drawn as a dashed line
// labelled in words. A term below the line is drawn as a downward triangle and labelled
// "(below)" beside its figure, a term at or above it as a circle: the difference never rests on
// colour. The accessible description states every figure, so a screen reader gets the chart's
// content; all sizes come from the font, so the chart scales with it.
//
// Paints straight from the model: no widget per term, nothing kept but the model pointer.
class AttendanceChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceChart)

public:
    explicit AttendanceChart(QWidget *parent = nullptr);
    ~AttendanceChart() override;

    void setModel(models::AttendanceModel *model);
    models::AttendanceModel *model() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where each piece of text is drawn at the chart's size now (the legend, the axis labels,
    // the line's label, the figures and the terms): inside the chart and never over another. A
    // figure or term label that finds no free room is left out (the table beside the chart and
    // the accessible description give every figure).
    QList<QRectF> textRects() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Term {
        QString label;  // "Sep 2023"
        QString figure; // "93.5%"
        double percentage = 0.0;
        bool below = false;
    };
    struct Text {
        QRectF rect;
        QString text;
        int flags = 0;
    };
    struct Layout {
        QRect plot;
        double floorPercent = 0.0;
        qreal radius = 0.0;
        qreal thresholdY = 0.0;
        QPointF aboveMarker;
        QPointF belowMarker;
        QList<QPointF> points;
        QList<double> ticks;
        QList<Text> texts;
    };
    QList<Term> terms() const;
    Layout layout(const QList<Term> &all) const;
    void refresh();

    QPointer<models::AttendanceModel> m_model;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace tv::ui
