#pragma once

#include "common/ReadOnlyTableModel.h"
#include "domain/Report.h"

#include <QList>

namespace tv::models {

// The practitioner's own inaccuracy reports (GET /api/v1/reports/mine): one row per report with
// what it is about (the item in words), what the practitioner wrote, its status in words and the
// day it was filed, in the order the service sent them.
//
// The service's list names the report's subject by id only (PersonIdRole), not by name, so the
// list shows the item of the view the report is about rather than whom.
class MyReportsModel final : public RowTableModel<InaccuracyReport> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyReportsModel)

public:
    enum Column {
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
    };

    explicit MyReportsModel(QObject *parent = nullptr);
    ~MyReportsModel() override;

    // setRows(QList<InaccuracyReport>), clear() and rowAt() come from RowTableModel.

    static QString statusText(ReportStatus status);

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace tv::models
