#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Report.h"

namespace tv::models {

template <typename Row>
RowTableModel<Row>::RowTableModel(QList<const char *> columnTitles, QObject *parent)
    : ReadOnlyTableModel(std::move(columnTitles), parent)
{}

template <typename Row>
RowTableModel<Row>::~RowTableModel() = default;

template <typename Row>
void RowTableModel<Row>::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

template <typename Row>
void RowTableModel<Row>::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    endResetModel();
}

template <typename Row>
const Row *RowTableModel<Row>::rowAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

template <typename Row>
int RowTableModel<Row>::rows() const
{
    return int(m_rows.size());
}

// The row types of the models; a model over another type adds its line here.
template class RowTableModel<Assessment>;
template class RowTableModel<AttendanceTerm>;
template class RowTableModel<Flag>;
template class RowTableModel<HouseholdMember>;
template class RowTableModel<InaccuracyReport>;
template class RowTableModel<Involvement>;
template class RowTableModel<PersonSummary>;
template class RowTableModel<SourceCoverage>;

} // namespace tv::models
