#include "models/common/ReadOnlyTableModel.h"

#include <QCoreApplication>

namespace tv::models {

ReadOnlyTableModel::ReadOnlyTableModel(QList<const char *> columnTitles, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnTitles(std::move(columnTitles))
{}

ReadOnlyTableModel::ReadOnlyTableModel(QList<const char *> columnTitles, int sortRole,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnTitles(std::move(columnTitles))
    , m_sortRole(sortRole)
{}

ReadOnlyTableModel::~ReadOnlyTableModel() = default;

int ReadOnlyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int ReadOnlyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnTitles.size());
}

QVariant ReadOnlyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (QVariant own = cellRole(index.row(), index.column(), role); own.isValid())
        return own;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return cellText(index.row(), index.column());
    if (role == m_sortRole)
        return cellSortKey(index.row(), index.column());
    return {};
}

QVariant ReadOnlyTableModel::cellRole(int row, int column, int role) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(role)
    return {};
}

QVariant ReadOnlyTableModel::cellSortKey(int row, int column) const
{
    return cellText(row, column);
}

QVariant ReadOnlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnTitles.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    return QCoreApplication::translate(metaObject()->className(), m_columnTitles.at(section));
}

Qt::ItemFlags ReadOnlyTableModel::flags(const QModelIndex &index) const
{
    // Selectable to act on a row (open, report an inaccuracy), never editable, never draggable.
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QStringList ReadOnlyTableModel::mimeTypes() const
{
    return {};
}

QMimeData *ReadOnlyTableModel::mimeData(const QModelIndexList &indexes) const
{
    Q_UNUSED(indexes)
    return nullptr;
}

Qt::DropActions ReadOnlyTableModel::supportedDragActions() const
{
    return Qt::IgnoreAction;
}

Qt::DropActions ReadOnlyTableModel::supportedDropActions() const
{
    return Qt::IgnoreAction;
}

} // namespace tv::models
