#include "models/person/AssessmentModel.h"

#include "models/person/PersonViewGroup.h"

namespace tv::models {

AssessmentModel::AssessmentModel(QObject *parent)
    : RowTableModel(
          SortRole,
          {textColumn(QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Assessment type"),
                      &Assessment::type),
           dateColumn(QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Date"), &Assessment::date),
           textColumn(QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Created by"),
                      &Assessment::creator),
           textColumn(QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Creator email"),
                      &Assessment::creatorEmail)},
          parent)
{}

QVariant AssessmentModel::cellRole(int row, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case ReportItemRole:
        return PersonViewGroups::reportItem(ViewGroup::Assessments, row);
    case CreatorEmailRole:
        return rowAt(row)->creatorEmail.trimmed();
    default:
        return {};
    }
}

} // namespace tv::models
