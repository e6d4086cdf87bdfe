#include "models/search/PersonSummaryModel.h"

#include "models/common/Format.h"

namespace tv::models {

PersonSummaryModel::PersonSummaryModel(QObject *parent)
    : RowTableModel({QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Name"),
                     QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Date of birth"),
                     QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Age"),
                     QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Area"),
                     QT_TRANSLATE_NOOP("tv::models::PersonSummaryModel", "Current school")},
                    parent)
{}

void PersonSummaryModel::setResults(QList<PersonSummary> results, QDate asOf)
{
    m_asOf = asOf;
    setRows(std::move(results));
}

QString PersonSummaryModel::restrictedDescription()
{
    return tr("Restricted: this person's record is closed while a dispute about it is "
              "considered, so it cannot be opened. Contact your Transform team if you need it.");
}

const PersonSummary *PersonSummaryModel::personAt(int row) const
{
    return rowAt(row);
}

int PersonSummaryModel::ageOf(const PersonSummary &p) const
{
    return ageOn(p.dateOfBirth, m_asOf.isValid() ? m_asOf : QDate::currentDate());
}

QVariant PersonSummaryModel::cellRole(int row, int column, int role) const
{
    const PersonSummary &p = *rowAt(row);
    if (role == PersonIdRole)
        return p.id;
    if (role == RestrictedRole)
        return p.restricted;
    if (role == Qt::AccessibleDescriptionRole || role == Qt::ToolTipRole)
        return p.restricted ? QVariant(restrictedDescription()) : QVariant();
    if (role == Qt::AccessibleTextRole && column == AgeColumn) {
        // The age read aloud; an unknown age reads its shown words.
        const int age = ageOf(p);
        if (age < 0)
            return {};
        if (age == 0)
            return tr("Under 1 year old");
        if (age == 1)
            return tr("1 year old");
        return tr("%n years old", nullptr, age);
    }
    if (role != SortRole)
        return {};
    switch (Column(column)) {
    case NameColumn:
        return p.displayName;
    case DateOfBirthColumn:
        return p.dateOfBirth;
    case AgeColumn:
        return ageOf(p);
    // A value the service does not have reads "Not recorded" (as in every panel), but sorts
    // as empty: together, first, rather than among the "N"s.
    case AddressColumn:
        return p.partialAddress.trimmed();
    case SchoolColumn:
        return p.currentSchool.value_or(QString()).trimmed();
    case ColumnCount:
        break;
    }
    return {};
}

QString PersonSummaryModel::cellText(int row, int column) const
{
    const PersonSummary &p = *rowAt(row);
    switch (Column(column)) {
    case NameColumn:
        if (p.restricted) {
            //: A search result whose record is restricted (Appendix C 13.6).
            return tr("%1 (Restricted)").arg(Format::orNotRecorded(p.displayName));
        }
        return Format::orNotRecorded(p.displayName);
    case DateOfBirthColumn:
        return Format::date(p.dateOfBirth);
    case AgeColumn: {
        const int age = ageOf(p);
        if (age < 0)
            return Format::notRecorded();
        if (age == 0)
            return tr("Under 1");
        return QString::number(age);
    }
    case AddressColumn:
        return Format::orNotRecorded(p.partialAddress);
    case SchoolColumn:
        return Format::orNotRecorded(p.currentSchool);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tv::models
