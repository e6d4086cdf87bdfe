#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Person.h"

#include <QList>

namespace tv::models {

// Agency involvements (Appendix C 7.9): one row per involvement, in the order the service sent
// them. data() is constant time per call and the rows have one shape, so a view with uniform row
// heights shows 500 and more without a widget per row.
//
// LeadProfessionalEmailRole gives the address the "contact lead professional" action writes to
// (empty where none was recorded: the action is then unavailable).
class InvolvementModel final : public RowTableModel<Involvement> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvolvementModel)

public:
    enum Column {
        AgencyColumn,
        StartColumn,
        EndColumn, // "Open" while the involvement has not ended
        WorkerColumn,
        LeadProfessionalColumn, // the lead professional's email address (7.9.4)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,   // dates as QDate (an open end sorts after every end date),
                                   // other columns as their words
        ReportItemRole,            // QString: "involvements/<row>" (row as the service sent it)
        LeadProfessionalEmailRole, // QString, on every column; empty when not recorded
        OpenRole,                  // bool: the involvement has no end date
    };

    explicit InvolvementModel(QObject *parent = nullptr);

    // setRows(QList<Involvement>), clear() and rowAt() come from RowTableModel.

protected:
    QVariant cellRole(int row, int column, int role) const override;
};

} // namespace tv::models
