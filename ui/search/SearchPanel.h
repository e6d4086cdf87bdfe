#pragma once

#include "models/domain/Search.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;

namespace tv::models {
class PersonSummaryModel;
} // namespace tv::models

namespace tv::ui {

namespace Ui {
class SearchPanel;
} // namespace Ui

// The search page: six fields (name, date of birth, UPN, NHS number, LCS case ID, postcode),
// "Search" and "Clear", a line saying what happened, and the results as a read-only table that
// can be sorted. A view only: it emits what the person asked for, and MainWindow does the
// searching and fills the results model.
//
// Keyboard: Enter in any field searches; when a search the person started finds people, the
// first row takes the focus; arrows move between rows, Enter or a double click opens one.
class SearchPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // The results to show (owned elsewhere); sorted inside the panel, best match first until the
    // person picks another order.
    void setModel(models::PersonSummaryModel *model);

    // While busy the busy indicator and "Searching…" show and the fields, buttons and table are
    // disabled; what was typed stays.
    void setBusy(bool busy);
    bool isBusy() const;
    // After a search: how many people the results model holds and whether more matched. Ends
    // the busy state.
    void showResultsState(int count, bool truncated);
    // A search failed: the message in words; the fields are kept. Ends the busy state.
    void showError(const QString &message);
    // What the state line says now.
    QString stateText() const;

    // Empties every field, the state line and the results model, and ends the busy state
    // (criteria identify a person: called at lock and sign-out, and by "Clear"). An answer to a
    // search started before is the caller's to drop.
    void clearAll();

    // "04/03/2012" (day/month/year, also with '-', '.' or spaces, or as 04032012) as a date;
    // nullopt when it is not a real date.
    static std::optional<QDate> parseDate(const QString &text);

Q_SIGNALS:
    void searchRequested(const tv::SearchCriteria &criteria);
    void openRequested(const QString &personId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void openRow(const QModelIndex &index);
    void sortChosen(int choice);
    void sortIndicatorChanged(int section, Qt::SortOrder order);
    void updateEnabled();
    void setColumnWidths();
    QList<QLineEdit *> fields() const;

    std::unique_ptr<Ui::SearchPanel> m_ui; // SearchPanel.ui, in the scrolling content
    QSortFilterProxyModel *m_proxy;
    QPointer<models::PersonSummaryModel> m_model;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
    // A search the person started from the fields is under way, and nothing was typed since:
    // its results may take the focus.
    bool m_resultsMayTakeFocus = false;
    // The criteria of the last search sent: what the results state suggests adding.
    SearchCriteria m_searched;
};

} // namespace tv::ui
