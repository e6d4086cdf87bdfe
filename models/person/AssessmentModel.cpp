#include "models/person/AssessmentModel.h"

#include "models/common/Format.h"
#include "models/person/PersonViewGroup.h"

namespace tv::models {

AssessmentModel::AssessmentModel(QObject *parent)
    : RowTableModel({QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Assessment type"),
                     QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Date"),
                     QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Created by"),
                     QT_TRANSLATE_NOOP("tv::models::AssessmentModel", "Creator email")},
                    parent)
{}

QVariant AssessmentModel::cellRole(int row, int column, int role) const
{
    const Assessment &assessment = *rowAt(row);
    switch (role) {
    case ReportItemRole:
        return PersonViewGroups::reportItem(ViewGroup::Assessments, row);
    case CreatorEmailRole:
        return assessment.creatorEmail.trimmed();
    case SortRole:
        if (column == DateColumn)
            return assessment.date;
        return cellText(row, column);
    default:
        return {};
    }
}

QString AssessmentModel::cellText(int row, int column) const
{
    const Assessment &assessment = *rowAt(row);
    switch (Column(column)) {
    case TypeColumn:
        return Format::orNotRecorded(assessment.type);
    case DateColumn:
        return Format::date(assessment.date);
    case CreatorColumn:
        return Format::orNotRecorded(assessment.creator);
    case CreatorEmailColumn:
        return Format::orNotRecorded(assessment.creatorEmail);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tv::models
