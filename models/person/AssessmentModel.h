#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Person.h"

#include <QList>

namespace tv::models {

// Assessments (Appendix C 7.10): one row per assessment, in the order the service sent them.
class AssessmentModel final : public RowTableModel<Assessment> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentModel)

public:
    enum Column {
        TypeColumn,
        DateColumn,
        CreatorColumn,
        CreatorEmailColumn, // the document creator's email address (7.10.4)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the date as QDate, other columns as their words
        ReportItemRole,          // QString: "assessments/<row>" (row as the service sent it)
        CreatorEmailRole,        // QString, on every column; empty when not recorded
    };

    explicit AssessmentModel(QObject *parent = nullptr);

    // setRows(QList<Assessment>), clear() and rowAt() come from RowTableModel.

protected:
    QVariant cellRole(int row, int column, int role) const override;
};

} // namespace tv::models
