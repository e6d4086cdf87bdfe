#include "models/person/AttendanceModel.h"

#include "models/common/Format.h"
#include "models/person/PersonViewGroup.h"

namespace tv::models {

AttendanceModel::AttendanceModel(QObject *parent)
    : RowTableModel(
          SortRole,
          {{QT_TRANSLATE_NOOP("tv::models::AttendanceModel", "Term"),
            [](const AttendanceTerm &term) {
                return Format::dateRange(term.termStart, term.termEnd);
            },
            [](const AttendanceTerm &term) {
                return QVariant(term.termStart);
            }},
           textColumn(QT_TRANSLATE_NOOP("tv::models::AttendanceModel", "School"),
                      &AttendanceTerm::school),
           {QT_TRANSLATE_NOOP("tv::models::AttendanceModel", "Attendance"),
            [](const AttendanceTerm &term) { return Format::percentage(term.percentage); },
            [](const AttendanceTerm &term) {
                return QVariant(term.percentage);
            }}},
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

} // namespace tv::models
