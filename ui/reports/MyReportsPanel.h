#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace tv::models {
class MyReportsModel;
} // namespace tv::models

namespace tv::ui {

namespace Ui {
class MyReportsPanel;
} // namespace Ui

// "My inaccuracy reports": the practitioner's own reports in a read-only table (what each is
// about, what they wrote, its status and when), the selected report in full below it, "Refresh"
// and "Back". A view only: MainWindow fetches the list and fills the model.
class MyReportsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyReportsPanel)

public:
    explicit MyReportsPanel(QWidget *parent = nullptr);
    ~MyReportsPanel() override;

    // The reports to show (owned elsewhere), sortable by any column.
    void setModel(models::MyReportsModel *model);

    // While busy: the busy indicator and "Loading your reports…"; Refresh is disabled. When it
    // ends, the state line says how many reports there are, or that there are none.
    void setBusy(bool busy);
    bool isBusy() const;
    // Loading failed: the message in words. Ends the busy state.
    void showError(const QString &message);
    QString stateText() const;

Q_SIGNALS:
    void refreshRequested();
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCount();
    void showCurrent();

    std::unique_ptr<Ui::MyReportsPanel> m_ui; // MyReportsPanel.ui, in the scrolling content
    QSortFilterProxyModel *m_proxy;
    QPointer<models::MyReportsModel> m_model;
    bool m_busy = false;
};

} // namespace tv::ui
