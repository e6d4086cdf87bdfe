#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Report.h"

#include <QList>

namespace tv::models {

// The practitioner's own inaccuracy reports (GET /api/v1/reports/mine): one row per report with
// whom it is about (name and date of birth, as the service names them in the reporter's own list
// only), what it is about (the item in words), what the practitioner wrote, its status in words
// and the day it was filed, in the order the service sent them.
//
// A person whose record is restricted now is named as such; where the service named no one (the
// reporter's access has lapsed) the person reads "Not shown".
class MyReportsModel final : public RowTableModel<InaccuracyReport> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyReportsModel)

public:
    enum Column {
        PersonColumn,      // "Sienna Smith, born 3 Mar 2014"
        ItemColumn,        // "Individual flags: Young carer"
        DescriptionColumn, // the report as written
        StatusColumn,      // "Open", "Forwarded to the data owner", "Resolved"
        FiledColumn,       // the day it was filed, in local time
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // filed: QDateTime; status: int (open < forwarded < resolved);
                                 // other columns: their words
        ReportIdRole,            // QString, on every column
        PersonIdRole,            // QString, on every column: whom the report is about
        StatusRole,              // tv::ReportStatus, on every column
        SubjectRestrictedRole,   // bool, on every column: the person's record is restricted now
    };

    explicit MyReportsModel(QObject *parent = nullptr);

    // setRows(QList<InaccuracyReport>), clear() and rowAt() come from RowTableModel.

    static QString statusText(ReportStatus status);
    // "Sienna Smith, born 3 Mar 2014", "… (restricted record)", or "Not shown" when the service
    // named no one.
    static QString subjectText(const InaccuracyReport &report);

protected:
    QVariant cellRole(int row, int column, int role) const override;
};

} // namespace tv::models
