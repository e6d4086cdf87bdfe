#include "models/household/HouseholdModel.h"

#include "models/common/Format.h"

#include <algorithm>

namespace tv::models {
namespace {

// More than the most flags a person can have, so current flags always outrank historic ones.
constexpr int kCurrentFlagWeight = 100;

// The flags column's sort key: the more current flags first, then the more historic ones; -1 for
// a restricted member.
QVariant flagRank(const HouseholdMember &member)
{
    if (!member.flags)
        return -1;
    return HouseholdModel::flagCount(member, FlagState::Current) * kCurrentFlagWeight +
           HouseholdModel::flagCount(member, FlagState::Historic);
}

} // namespace

HouseholdModel::HouseholdModel(QObject *parent)
    : RowTableModel(
          SortRole,
          {{QT_TRANSLATE_NOOP("tv::models::HouseholdModel", "Name"),
            [](const HouseholdMember &member) {
                return Format::orNotRecorded(member.person.displayName);
            }},
           {QT_TRANSLATE_NOOP("tv::models::HouseholdModel", "Date of birth"),
            [](const HouseholdMember &member) { return Format::date(member.person.dateOfBirth); },
            [](const HouseholdMember &member) {
                return QVariant(member.person.dateOfBirth);
            }},
           {QT_TRANSLATE_NOOP("tv::models::HouseholdModel", "Flags"), &flagSummary, &flagRank}},
          parent)
{}

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
    if (member.restricted || !member.flags)
        return tr("Restricted record");
    const QString named = Format::flagsAtAGlance(*member.flags);
    return named.isEmpty() ? flags::stateText(FlagState::NoInformation) : named;
}

int HouseholdModel::flagCount(const HouseholdMember &member, FlagState state)
{
    if (!member.flags)
        return 0;
    return int(std::count_if(member.flags->cbegin(), member.flags->cend(),
                             [state](const FlagKindState &flag) { return flag.state == state; }));
}

QVariant HouseholdModel::cellRole(int row, int column, int role) const
{
    const HouseholdMember &member = *rowAt(row);
    switch (role) {
    case PersonIdRole:
        return member.person.id;
    case RestrictedRole:
        return member.restricted;
    case CurrentFlagsRole:
        return member.flags ? QVariant(flagCount(member, FlagState::Current)) : QVariant();
    case HistoricFlagsRole:
        return member.flags ? QVariant(flagCount(member, FlagState::Historic)) : QVariant();
    case Qt::AccessibleDescriptionRole:
        if (column == FlagsColumn && member.restricted)
            return tr("This record is restricted while a request about it is considered.");
        return {};
    default:
        return {};
    }
}

} // namespace tv::models
