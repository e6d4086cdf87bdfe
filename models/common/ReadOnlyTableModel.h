#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace tv::models {

// The base of every table of person data: read-only, flat, and with no copy or drag path.
//
// - flags(): enabled and selectable, never editable, never draggable or droppable;
//   setData() keeps QAbstractItemModel's refusal.
// - mimeTypes() is empty and mimeData() returns nullptr, so no view, drag or clipboard code can
//   serialise a row through the model.
// - data() checks the index once and hands a valid (row, column) to the subclass, so it answers
//   each call in constant time from the row it holds: first cellRole() (a role the subclass
//   answers itself, including a display or accessible text of its own), then, for
//   Qt::DisplayRole and Qt::AccessibleTextRole, cellText(); every other role has no value.
// - headerData() gives the column titles the subclass passed (marked with QT_TRANSLATE_NOOP in
//   the subclass's own context, e.g. "tv::models::InvolvementModel", and translated here) for
//   the horizontal header, as display and accessible text, and nothing for the vertical one.
//
// RowTableModel<Row> below holds the rows of the usual case: one domain value per row.
class ReadOnlyTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyTableModel)

public:
    ~ReadOnlyTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const final;
    QStringList mimeTypes() const final;
    QMimeData *mimeData(const QModelIndexList &indexes) const final;
    Qt::DropActions supportedDragActions() const final;
    Qt::DropActions supportedDropActions() const final;

protected:
    // One column per title, in order; each title untranslated, marked with
    // QT_TRANSLATE_NOOP("<the subclass's class name>", "...").
    ReadOnlyTableModel(QList<const char *> columnTitles, QObject *parent);

    // How many rows the model holds now.
    virtual int rows() const = 0;
    // The words of one cell, shown and read aloud unless cellRole() answers those roles itself;
    // row and column are in range.
    virtual QString cellText(int row, int column) const = 0;
    // The value of one cell in `role`, asked first for every role; QVariant() (the default)
    // leaves Qt::DisplayRole and Qt::AccessibleTextRole to cellText() and every other role
    // without a value. Row and column are in range.
    virtual QVariant cellRole(int row, int column, int role) const;

private:
    QList<const char *> m_columnTitles;
};

// A ReadOnlyTableModel over one domain value per row, in the order given.
//
// setRows() and clear() reset the model; clear() also frees the rows' memory, so after lock or
// logout no person data stays behind in the model. rowAt() gives the value behind a row (nullptr
// out of range), for actions on the selected row. Instantiated for the domain types the models
// use (see RowTableModel.cpp).
template <typename Row>
class RowTableModel : public ReadOnlyTableModel {
public:
    ~RowTableModel() override;

    void setRows(QList<Row> rows);
    void clear();
    const Row *rowAt(int row) const;

protected:
    RowTableModel(QList<const char *> columnTitles, QObject *parent);

    int rows() const final;

private:
    QList<Row> m_rows;
};

} // namespace tv::models
