#include "models/person/InvolvementModel.h"

#include "models/common/Format.h"
#include "models/person/PersonViewGroup.h"

namespace tv::models {
namespace {

// The sort key of an open end: after every date an involvement can have ended on.
const QDate kOpenEndSortKey(9999, 12, 31);

} // namespace

InvolvementModel::InvolvementModel(QObject *parent)
    : RowTableModel({QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Agency"),
                     QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Start"),
                     QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "End"),
                     QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Worker"),
                     QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Lead professional email")},
                    parent)
{}

QVariant InvolvementModel::cellRole(int row, int column, int role) const
{
    const Involvement &involvement = *rowAt(row);
    switch (role) {
    case ReportItemRole:
        return PersonViewGroups::reportItem(ViewGroup::Involvements, row);
    case LeadProfessionalEmailRole:
        return involvement.leadProfessionalEmail.trimmed();
    case OpenRole:
        return !involvement.end.has_value();
    case SortRole:
        if (column == StartColumn)
            return involvement.start;
        if (column == EndColumn)
            return involvement.end.value_or(kOpenEndSortKey);
        return cellText(row, column);
    default:
        return {};
    }
}

QString InvolvementModel::cellText(int row, int column) const
{
    const Involvement &involvement = *rowAt(row);
    switch (Column(column)) {
    case AgencyColumn:
        return Format::orNotRecorded(involvement.agency);
    case StartColumn:
        return Format::date(involvement.start);
    case EndColumn:
        return involvement.end ? Format::date(*involvement.end) : tr("Open");
    case WorkerColumn:
        return Format::orNotRecorded(involvement.worker);
    case LeadProfessionalColumn:
        return Format::orNotRecorded(involvement.leadProfessionalEmail);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tv::models
