#pragma once

#include "common/ReadOnlyTableModel.h"
#include "domain/Household.h"

#include <QList>

namespace tv::models {

// The other people matched to the same address (the household panel): one row per member with
// their name, date of birth and a summary of their flag states in words ("2 current, 1 historic",
// "None"). A restricted member (Appendix C 13.6) is listed as "Restricted", with no counts.
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
        CurrentFlagsRole,        // int; no value for a restricted member
        HistoricFlagsRole,       // int; no value for a restricted member
    };

    explicit HouseholdModel(QObject *parent = nullptr);
    ~HouseholdModel() override;

    // Shows the household's members but the person whose page it is (`shownPersonId`, if any).
    void setHousehold(Household household, const QString &shownPersonId = {});
    // clear() and rowAt() come from RowTableModel.

    // "2 current, 1 historic", "2 current", "1 historic", "None"; "Restricted" for a restricted
    // member.
    static QString flagSummary(const HouseholdMember &member);

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace tv::models
