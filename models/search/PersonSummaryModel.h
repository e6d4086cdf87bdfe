#pragma once

#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Person.h"

#include <QList>

namespace tv::models {

// Search results: one row per person, read-only. Holds person data only in memory, and
// clear() wipes it (on lock and logout).
//
// Age is worked out here from the date of birth on the date the service searched as of (sent
// with the results, the date its ranking by school age used), so that the age shown and the
// order agree in training mode too; without that date, on today's. A restricted person's name
// reads "<name> (Restricted)" and every cell of the row carries a description that says why it
// cannot be opened (Qt::AccessibleDescriptionRole and Qt::ToolTipRole).
class PersonSummaryModel final : public RowTableModel<PersonSummary> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonSummaryModel)

public:
    enum Column {
        NameColumn,
        DateOfBirthColumn,
        AgeColumn,
        AddressColumn,
        SchoolColumn,
        ColumnCount
    };
    enum Role {
        PersonIdRole = Qt::UserRole, // QString: the id the service knows the person by
        SortRole,                    // a value that sorts naturally (dates as QDate, age as int)
        RestrictedRole,              // bool: the person's record is restricted
    };

    explicit PersonSummaryModel(QObject *parent = nullptr);

    // setRows(QList<PersonSummary>), clear() and rowAt() come from RowTableModel; these two
    // name them for search results.
    void setResults(QList<PersonSummary> results, QDate asOf = {});
    const PersonSummary *personAt(int row) const;

    // The description a restricted person's row carries, in words.
    static QString restrictedDescription();

protected:
    QVariant cellRole(int row, int column, int role) const override;

private:
    // The age shown: on the date searched as of, or today without one.
    int ageOf(const PersonSummary &p) const;
    // The name column: the name, marked "(Restricted)" for a restricted record.
    static QString nameText(const PersonSummary &p);
    // The age column: "Under 1", the years, or "Not recorded" without a date of birth.
    QString ageText(const PersonSummary &p) const;

    QDate m_asOf;
};

} // namespace tv::models
