#include "models/common/Format.h"
#include "models/common/ReadOnlyTableModel.h"
#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Report.h"

namespace tv::models {
namespace {

template <typename Row>
QList<const char *> titlesOf(const QList<TableColumn<Row>> &columns)
{
    QList<const char *> titles;
    titles.reserve(columns.size());
    for (const TableColumn<Row> &column : columns)
        titles.append(column.title);
    return titles;
}

} // namespace

template <typename Row>
RowTableModel<Row>::RowTableModel(int sortRole, QList<TableColumn<Row>> columns, QObject *parent)
    : ReadOnlyTableModel(titlesOf(columns), sortRole, parent)
    , m_columns(std::move(columns))
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

template <typename Row>
QString RowTableModel<Row>::cellText(int row, int column) const
{
    return m_columns.at(column).text(m_rows.at(row));
}

template <typename Row>
QVariant RowTableModel<Row>::cellSortKey(int row, int column) const
{
    const TableColumn<Row> &shape = m_columns.at(column);
    return shape.sortKey ? shape.sortKey(m_rows.at(row)) : QVariant(shape.text(m_rows.at(row)));
}

template <typename Row>
TableColumn<Row> RowTableModel<Row>::textColumn(const char *title, QString Row::*field)
{
    return {title, [field](const Row &row) {
                return Format::orNotRecorded(row.*field);
            }};
}

template <typename Row>
TableColumn<Row> RowTableModel<Row>::dateColumn(const char *title, QDate Row::*field)
{
    return {title, [field](const Row &row) { return Format::date(row.*field); },
            [field](const Row &row) {
                return QVariant(row.*field);
            }};
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
