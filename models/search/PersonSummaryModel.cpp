#include "PersonSummaryModel.h"

#include <QLocale>

namespace tv::models {

PersonSummaryModel::PersonSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PersonSummaryModel::~PersonSummaryModel() = default;

void PersonSummaryModel::setResults(QList<PersonSummary> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

void PersonSummaryModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_results.squeeze();
    endResetModel();
}

const PersonSummary *PersonSummaryModel::personAt(int row) const
{
    if (row < 0 || row >= m_results.size())
        return nullptr;
    return &m_results.at(row);
}

int PersonSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int PersonSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary &p = m_results.at(index.row());
    if (role == PersonIdRole)
        return p.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return p.displayName;
    case DateOfBirthColumn:
        if (role == SortRole)
            return p.dateOfBirth;
        return QLocale().toString(p.dateOfBirth, QLocale::ShortFormat);
    case AddressColumn:
        return p.partialAddress;
    case SchoolColumn:
        return p.currentSchool.value_or(QString());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PersonSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case AddressColumn:
        return tr("Area");
    case SchoolColumn:
        return tr("Current school");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PersonSummaryModel::flags(const QModelIndex &index) const
{
    // Selectable to open, never editable, never draggable.
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace tv::models
