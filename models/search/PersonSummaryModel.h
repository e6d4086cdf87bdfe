#pragma once

#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QList>

namespace tv::models {

// Search results: one row per person, read-only. Holds person data only in memory, and
// clear() wipes it (on lock and logout).
class PersonSummaryModel final : public QAbstractTableModel {
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

    void setResults(QList<PersonSummary> results);
    void clear();
    const PersonSummary *personAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<PersonSummary> m_results;
};

} // namespace tv::models
