#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Flag.h"

#include <QList>

namespace tv::models {

// The flags of one group (vulnerability criteria, individual flags or Transform vulnerability;
// Appendix C 7.6-7.8): one row per flag of the group, in the agreement's order, while a person is
// shown; no rows after clear().
//
// A flag is shown only as one of three states, in the seed's exact words (flags::stateText), plus
// whether it was assessed and by whom. The view shows the state as words and an icon, never as
// colour alone: IconNameRole names the icon ("flag-none", "flag-historic", "flag-current") and
// ui/ maps the name to a QIcon; the model holds no Qt Gui type.
class FlagModel final : public RowTableModel<Flag> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagModel)

public:
    enum Column { KindColumn, StateColumn, AssessmentColumn, ColumnCount };
    // Row roles: answered on every column.
    enum Role {
        SortRole = Qt::UserRole, // int: the flag's place in the group (kind), the state's rank
                                 // (state: none < historic < current), the assessment's words
        ReportItemRole,          // QString: "<group key>/<flag wire name>"
        StateRole,               // tv::FlagState
        IconNameRole,            // QString: iconName(state)
        KindRole,                // tv::FlagKind
        AssessedRole,            // bool
    };

    explicit FlagModel(FlagGroup group, QObject *parent = nullptr);

    FlagGroup group() const;
    // The group's title, e.g. "Individual flags", for the panel's heading and accessible name.
    QString title() const;

    // Takes this group's flags from every flag of a person view. A flag of the group that `all`
    // does not hold reads "No information on database"; the service always sends each once.
    void setFlags(const QList<Flag> &all);
    // clear() and rowAt() come from RowTableModel.

    // "flag-none", "flag-historic", "flag-current": stable names for ui/'s icons.
    static QString iconName(FlagState state);
    // "Assessed by <assessor>", "Assessed" or "Not assessed".
    static QString assessmentText(const Flag &flag);

protected:
    QVariant cellRole(int row, int column, int role) const override;

private:
    FlagGroup m_group;
};

} // namespace tv::models
