#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QTableView;

namespace tv::ui {

// A tab of the person page that shows one long list (involvements, assessments, attendance): its
// message for no rows over the table, in a row that may take more (the attendance chart).
// Object names are <name>Tab, <name>Empty and <name>View. Its words are the page's
// (PersonPage::tr): `viewName` is the table's accessible name, marked with QT_TRANSLATE_NOOP.
class RecordListTab : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListTab)

public:
    RecordListTab(const QString &name, const char *viewName, QWidget *parent = nullptr);

    QTableView *view() const;
    // With `none`, the words instead of the table.
    virtual void showEmpty(bool none, const QString &words);
    virtual void retranslate();

protected:
    // The tab's column (message, row, and what a tab adds under them) and the table's row.
    QBoxLayout *column() const;
    QBoxLayout *row() const;

private:
    const char *m_viewName;
    QLabel *m_empty;
    QTableView *m_view;
    QBoxLayout *m_column;
    QBoxLayout *m_row;
};

} // namespace tv::ui
