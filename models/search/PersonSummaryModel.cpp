#include "PersonSummaryModel.h"

#include "common/Format.h"

namespace tv::models {

PersonSummaryModel::PersonSummaryModel(QObject *parent)
    : RowTableModel({QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Name"),
                     QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Date of birth"),
                     QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Area"),
                     QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Current school")},
                    parent)
{}

PersonSummaryModel::~PersonSummaryModel() = default;

void PersonSummaryModel::setResults(QList<PersonSummary> results)
{
    setRows(std::move(results));
}

const PersonSummary *PersonSummaryModel::personAt(int row) const
{
    return rowAt(row);
}

QVariant PersonSummaryModel::cellData(int row, int column, int role) const
{
    const PersonSummary &p = *rowAt(row);
    if (role == PersonIdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != SortRole)
        return {};
    switch (Column(column)) {
    case NameColumn:
        return role == SortRole ? QVariant(p.displayName)
                                : QVariant(Format::orNotRecorded(p.displayName));
    case DateOfBirthColumn:
        if (role == SortRole)
            return p.dateOfBirth;
        return Format::date(p.dateOfBirth);
    // A value the service does not have reads "Not recorded" (as in every panel), but sorts
    // as empty: together, first, rather than among the "N"s.
    case AddressColumn:
        return role == SortRole ? QVariant(p.partialAddress.trimmed())
                                : QVariant(Format::orNotRecorded(p.partialAddress));
    case SchoolColumn:
        return role == SortRole ? QVariant(p.currentSchool.value_or(QString()).trimmed())
                                : QVariant(Format::orNotRecorded(p.currentSchool));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tv::models
