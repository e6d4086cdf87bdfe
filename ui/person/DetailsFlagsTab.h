#pragma once

#include <QList>
#include <QScrollArea>

class QAbstractItemModel;
class QBoxLayout;
class QLabel;
class QTableView;

namespace tv::models {
class PersonPageModels;
} // namespace tv::models

namespace tv::ui {

// The person page's first tab, "Details and flags": four short panels (personal details,
// vulnerability criteria, individual flags, Transform vulnerability), each as tall as its rows,
// in two columns that stack when they do not fit side by side (a large font, a narrow window);
// under them a line per data source saying what it covers. The tab scrolls as a whole
// (objectName "flagsScroll"). Its words are the page's (PersonPage::tr).
class DetailsFlagsTab final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsFlagsTab)

public:
    explicit DetailsFlagsTab(QWidget *parent = nullptr);

    // Personal details, vulnerability criteria, individual flags, Transform vulnerability.
    QTableView *detailsView() const;
    QList<QTableView *> views() const;

    // The details and the three flag groups (with their state icons) of `models`; nullptr: none.
    void setModels(models::PersonPageModels *models);
    // The sources' lines under the panels, while a record is shown.
    void showCoverage(bool shown, const QStringList &lines);
    QLabel *coverageLabel() const;

    // Side by side when both columns fit in the tab's width, else one over the other.
    void arrangeColumns();
    void scrollToTop();
    // Keeps the current row of `view` (one of views()) in sight: the tab scrolls, not the panel.
    void keepCurrentRowInView(const QTableView *view);
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_detailsTitle;
    QLabel *m_criteriaTitle;
    QLabel *m_individualTitle;
    QLabel *m_transformTitle;
    QTableView *m_detailsView;
    QTableView *m_criteriaView;
    QTableView *m_individualView;
    QTableView *m_transformView;
    QLabel *m_coverageTitle;
    QLabel *m_coverageLabel;
    QBoxLayout *m_columns;
    QBoxLayout *m_left;
    QBoxLayout *m_right;
    QAbstractItemModel *m_criteriaProxy = nullptr;
    QAbstractItemModel *m_individualProxy = nullptr;
    QAbstractItemModel *m_transformProxy = nullptr;
};

} // namespace tv::ui
