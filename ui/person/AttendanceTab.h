#pragma once

#include "ui/person/RecordListTab.h"

namespace tv::models {
class AttendanceModel;
} // namespace tv::models

namespace tv::ui {

class AttendanceChart;

// The person page's "Attendance" tab: the table per term, and the chart of the same figures
// beside it. Three fifths for the table, but no wider than its columns (fitTable()): the chart
// has the rest.
class AttendanceTab final : public RecordListTab {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceTab)

public:
    explicit AttendanceTab(QWidget *parent = nullptr);

    // The attendance to show (not owned), in the table and the chart.
    void setModel(models::AttendanceModel *model);
    // The table no wider than its columns, so that the chart has all the rest.
    void fitTable();
    void retranslate() override;

private:
    AttendanceChart *m_chart;
};

} // namespace tv::ui
