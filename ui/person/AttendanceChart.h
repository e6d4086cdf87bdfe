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
    QList<Term> terms() const;
    void refresh();

    QPointer<models::AttendanceModel> m_model;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace tv::ui
