#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Person.h"

#include <QList>

namespace tv::models {

// School attendance per term (Appendix C 7.11): one row per term, in the order the service sent
// them. PercentageRole and the term's dates feed the attendance chart; BelowThresholdRole marks a
// term below PersistentAbsenceThreshold, which the chart draws as a line. The view must say
// "below 90%" in words or with an icon as well as any colour (AccessibleDescriptionRole has the
// words).
class AttendanceModel final : public RowTableModel<AttendanceTerm> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceModel)

public:
    // Attendance below this percentage is persistent absence.
    static constexpr double PersistentAbsenceThreshold = 90.0;

    enum Column {
        TermColumn, // "1 Sep 2023 – 20 Dec 2023"
        SchoolColumn,
        AttendanceColumn, // "93.5%"
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // term: its start as QDate; attendance: the percentage as
                                 // double; school: its name
        ReportItemRole,          // QString: "education/<row>" (row as the service sent it)
        PercentageRole,          // double, 0..100, on every column
        BelowThresholdRole,      // bool, on every column: percentage < PersistentAbsenceThreshold
        TermStartRole,           // QDate
        TermEndRole,             // QDate
    };

    explicit AttendanceModel(QObject *parent = nullptr);

    // setRows(QList<AttendanceTerm>), clear() and rowAt() come from RowTableModel.

    static bool isBelowThreshold(double percentage);

protected:
    QVariant cellRole(int row, int column, int role) const override;
};

} // namespace tv::models
