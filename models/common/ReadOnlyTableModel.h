#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

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
//   Qt::DisplayRole and Qt::AccessibleTextRole, cellText(), and for the sort role the subclass
//   named (if any), cellSortKey(); every other role has no value.
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
    // As above, with `sortRole` answered by cellSortKey() (the subclass's SortRole, which a
    // QSortFilterProxyModel sorts by).
    ReadOnlyTableModel(QList<const char *> columnTitles, int sortRole, QObject *parent);

    // How many rows the model holds now.
    virtual int rows() const = 0;
    // The words of one cell, shown and read aloud unless cellRole() answers those roles itself;
    // row and column are in range.
    virtual QString cellText(int row, int column) const = 0;
    // The value of one cell in `role`, asked first for every role; QVariant() (the default)
    // leaves Qt::DisplayRole and Qt::AccessibleTextRole to cellText() and every other role
    // without a value. Row and column are in range.
    virtual QVariant cellRole(int row, int column, int role) const;
    // The value of one cell in the sort role where cellRole() gave none: by default cellText(),
    // so a column sorts as its words. Row and column are in range.
    virtual QVariant cellSortKey(int row, int column) const;

private:
    QList<const char *> m_columnTitles;
    std::optional<int> m_sortRole;
};

// One column of a RowTableModel<Row>: its title, the words of each cell, and what the cells sort
// by where that is not their words (a date, a number, a rank).
template <typename Row>
struct TableColumn {
    using Text = std::function<QString(const Row &)>;
    using SortKey = std::function<QVariant(const Row &)>;

    // A column that sorts as its words.
    TableColumn(const char *columnTitle, Text cellText)
        : title(columnTitle)
        , text(std::move(cellText))
    {}
    TableColumn(const char *columnTitle, Text cellText, SortKey cellSortKey)
        : title(columnTitle)
        , text(std::move(cellText))
        , sortKey(std::move(cellSortKey))
    {}

    // Untranslated, marked with QT_TRANSLATE_NOOP("<the model's class name>", "...").
    const char *title;
    // The cell's words, shown and read aloud (unless the model's cellRole() answers those roles).
    Text text;
    // The cell's sort key; empty: the cell's words.
    SortKey sortKey;
};

// A ReadOnlyTableModel over one domain value per row, in the order given, with one TableColumn
// per column: the subclass lists its columns (in its Column enum's order) and answers only its
// own roles in cellRole(); the words and sort keys of the cells, and the header, come from the
// columns.
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
    RowTableModel(int sortRole, QList<TableColumn<Row>> columns, QObject *parent);

    // The columns most panels have. A text the source may not have recorded: its words, or
    // "Not recorded" (Format::orNotRecorded), sorted as shown.
    static TableColumn<Row> textColumn(const char *title, QString Row::*field);
    // A date: "3 Mar 2014" (Format::date), sorted by the date.
    static TableColumn<Row> dateColumn(const char *title, QDate Row::*field);

    int rows() const final;
    QString cellText(int row, int column) const final;
    QVariant cellSortKey(int row, int column) const final;

private:
    QList<TableColumn<Row>> m_columns;
    QList<Row> m_rows;
};

} // namespace tv::models
