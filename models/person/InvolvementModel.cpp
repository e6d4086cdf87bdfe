#include "models/person/InvolvementModel.h"

#include "models/common/Format.h"
#include "models/person/PersonViewGroup.h"

namespace tv::models {
namespace {

// The sort key of an open end: after every date an involvement can have ended on.
const QDate kOpenEndSortKey(9999, 12, 31);

} // namespace

InvolvementModel::InvolvementModel(QObject *parent)
    : RowTableModel(
          SortRole,
          {textColumn(QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Agency"),
                      &Involvement::agency),
           dateColumn(QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Start"),
                      &Involvement::start),
           {QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "End"),
            [](const Involvement &involvement) {
                return involvement.end ? Format::date(*involvement.end) : tr("Open");
            },
            [](const Involvement &involvement) {
                return QVariant(involvement.end.value_or(kOpenEndSortKey));
            }},
           textColumn(QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Worker"),
                      &Involvement::worker),
           textColumn(QT_TRANSLATE_NOOP("tv::models::InvolvementModel", "Lead professional email"),
                      &Involvement::leadProfessionalEmail)},
          parent)
{}

QVariant InvolvementModel::cellRole(int row, int column, int role) const
{
    Q_UNUSED(column)
    const Involvement &involvement = *rowAt(row);
    switch (role) {
    case ReportItemRole:
        return PersonViewGroups::reportItem(ViewGroup::Involvements, row);
    case LeadProfessionalEmailRole:
        return involvement.leadProfessionalEmail.trimmed();
    case OpenRole:
        return !involvement.end.has_value();
    default:
        return {};
    }
}

} // namespace tv::models
