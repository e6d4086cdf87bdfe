#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Household.h"

#include <QList>

namespace tv::models {

// The other people matched to the same address (the household panel): one row per member with
// their name, date of birth and which flags are Current and which Historic, named in words
// ("Current: Child protection. Historic: Child in need.", "No information on database"). A
// restricted member (Appendix C 13.6) is listed as "Restricted record": the service sends nothing
// about their flags.
// PersonIdRole gives the id to open a member's person page with (after asking for a reason).
class HouseholdModel final : public RowTableModel<HouseholdMember> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdModel)

public:
    enum Column { NameColumn, DateOfBirthColumn, FlagsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // name: words; date of birth: QDate; flags: int ranking
                                 // current flags first, then historic ones; restricted: -1
        PersonIdRole,            // QString, on every column
        RestrictedRole,          // bool, on every column
        CurrentFlagsRole,        // int: how many are Current; no value for a restricted member
        HistoricFlagsRole,       // int: how many are Historic; no value for a restricted member
    };

    explicit HouseholdModel(QObject *parent = nullptr);

    // Shows the household's members but the person whose page it is (`shownPersonId`, if any).
    void setHousehold(Household household, const QString &shownPersonId = {});
    // clear() and rowAt() come from RowTableModel.

    // "Current: Child protection. Historic: Child in need." (Format::flagsAtAGlance), "No
    // information on database" when no flag is Current or Historic; "Restricted record" for a
    // restricted member.
    static QString flagSummary(const HouseholdMember &member);
    // How many of the member's flags are in `state` (0 for a restricted member).
    static int flagCount(const HouseholdMember &member, FlagState state);

protected:
    QVariant cellRole(int row, int column, int role) const override;
};

} // namespace tv::models
