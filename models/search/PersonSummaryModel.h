#pragma once

#include "common/ReadOnlyTableModel.h"
#include "domain/Person.h"

#include <QList>

namespace tv::models {

// Search results: one row per person, read-only. Holds person data only in memory, and
// clear() wipes it (on lock and logout).
class PersonSummaryModel final : public RowTableModel<PersonSummary> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonSummaryModel)

public:
    enum Column { NameColumn, DateOfBirthColumn, AddressColumn, SchoolColumn, ColumnCount };
    enum Role {
        PersonIdRole = Qt::UserRole, // QString: the id the service knows the person by
        SortRole,                    // a value that sorts naturally (dates as QDate)
    };

    explicit PersonSummaryModel(QObject *parent = nullptr);
    ~PersonSummaryModel() override;

    // setRows(QList<PersonSummary>), clear() and rowAt() come from RowTableModel; these two
    // name them for search results.
    void setResults(QList<PersonSummary> results);
    const PersonSummary *personAt(int row) const;

protected:
    QVariant cellData(int row, int column, int role) const override;
};

} // namespace tv::models
