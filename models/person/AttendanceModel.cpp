#include "models/person/AttendanceModel.h"

#include "models/common/Format.h"
#include "models/person/PersonViewGroup.h"

namespace tv::models {

AttendanceModel::AttendanceModel(QObject *parent)
    : RowTableModel({QT_TRANSLATE_NOOP("tv::models::AttendanceModel", "Term"),
                     QT_TRANSLATE_NOOP("tv::models::AttendanceModel", "School"),
                     QT_TRANSLATE_NOOP("tv::models::AttendanceModel", "Attendance")},
                    parent)
{}

bool AttendanceModel::isBelowThreshold(double percentage)
{
    return percentage < PersistentAbsenceThreshold;
}

QVariant AttendanceModel::cellRole(int row, int column, int role) const
{
    const AttendanceTerm &term = *rowAt(row);
    const bool below = isBelowThreshold(term.percentage);
    switch (role) {
    case ReportItemRole:
        return PersonViewGroups::reportItem(ViewGroup::Education, row);
    case PercentageRole:
        return term.percentage;
    case BelowThresholdRole:
        return below;
    case TermStartRole:
        return term.termStart;
    case TermEndRole:
        return term.termEnd;
    case SortRole:
        if (column == TermColumn)
            return term.termStart;
        if (column == AttendanceColumn)
            return term.percentage;
        return cellText(row, column);
    case Qt::AccessibleTextRole:
        // The other columns read their shown words.
        if (column == TermColumn)
            return Format::spokenDateRange(term.termStart, term.termEnd);
        return {};
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole:
        if (column != AttendanceColumn)
            return {};
        return below ? tr("Below the %1 persistent absence threshold")
                           .arg(Format::percentage(PersistentAbsenceThreshold))
                     : tr("At or above the %1 persistent absence threshold")
                           .arg(Format::percentage(PersistentAbsenceThreshold));
    default:
        return {};
    }
}

QString AttendanceModel::cellText(int row, int column) const
{
    const AttendanceTerm &term = *rowAt(row);
    switch (Column(column)) {
    case TermColumn:
        return Format::dateRange(term.termStart, term.termEnd);
    case SchoolColumn:
        return Format::orNotRecorded(term.school);
    case AttendanceColumn:
        return Format::percentage(term.percentage);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tv::models
