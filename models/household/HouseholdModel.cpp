#include "HouseholdModel.h"

#include "common/Format.h"

namespace tv::models {
namespace {

// More than the most flags a person can have, so current flags always outrank historic ones.
constexpr int kCurrentFlagWeight = 100;

} // namespace

HouseholdModel::HouseholdModel(QObject *parent)
    : RowTableModel({QT_TRANSLATE_NOOP("tv::models::HouseholdModel", "Name"),
                     QT_TRANSLATE_NOOP("tv::models::HouseholdModel", "Date of birth"),
                     QT_TRANSLATE_NOOP("tv::models::HouseholdModel", "Flags")},
                    parent)
{}

HouseholdModel::~HouseholdModel() = default;

void HouseholdModel::setHousehold(Household household, const QString &shownPersonId)
{
    if (!shownPersonId.isEmpty()) {
        household.members.removeIf([&shownPersonId](const HouseholdMember &member) {
            return member.person.id == shownPersonId;
        });
    }
    setRows(std::move(household.members));
}

QString HouseholdModel::flagSummary(const HouseholdMember &member)
{
    if (member.restricted)
        return tr("Restricted");
    if (member.currentFlags > 0 && member.historicFlags > 0)
        return tr("%1 current, %2 historic").arg(member.currentFlags).arg(member.historicFlags);
    if (member.currentFlags > 0)
        return tr("%1 current").arg(member.currentFlags);
    if (member.historicFlags > 0)
        return tr("%1 historic").arg(member.historicFlags);
    return tr("None", "no current or historic flags");
}

QVariant HouseholdModel::cellData(int row, int column, int role) const
{
    const HouseholdMember &member = *rowAt(row);
    switch (role) {
    case PersonIdRole:
        return member.person.id;
    case RestrictedRole:
        return member.restricted;
    case CurrentFlagsRole:
        return member.restricted ? QVariant() : QVariant(member.currentFlags);
    case HistoricFlagsRole:
        return member.restricted ? QVariant() : QVariant(member.historicFlags);
    case SortRole:
        if (column == DateOfBirthColumn)
            return member.person.dateOfBirth;
        if (column == FlagsColumn) {
            return member.restricted
                       ? -1
                       : member.currentFlags * kCurrentFlagWeight + member.historicFlags;
        }
        break;
    case Qt::AccessibleDescriptionRole:
        if (column == FlagsColumn && member.restricted)
            return tr("This record is restricted while a request about it is considered.");
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case NameColumn:
        return Format::orNotRecorded(member.person.displayName);
    case DateOfBirthColumn:
        return Format::date(member.person.dateOfBirth);
    case FlagsColumn:
        return flagSummary(member);
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tv::models
