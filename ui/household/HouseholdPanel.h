#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tv::models {
class HouseholdModel;
} // namespace tv::models

namespace tv::ui {

// The other people recorded at the shown person's address (models::HouseholdModel), each with
// the summary of their flag states, in a read-only table. Enter or a double-click on a row, or
// "Open record", emits memberRequested() with that person's id: the caller asks for a reason
// and opens their page.
//
// The panel does not load anything. Whoever does says how it went: NotLoaded (nothing asked
// yet), Loading, Loaded (the model holds the answer; an empty one reads "No one else is recorded
// at this address"), or showError() when it could not be loaded.
class HouseholdPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdPanel)

public:
    enum class State { NotLoaded, Loading, Loaded, Error };
    Q_ENUM(State)

    explicit HouseholdPanel(QWidget *parent = nullptr);
    ~HouseholdPanel() override;

    void setModel(models::HouseholdModel *model);
    models::HouseholdModel *model() const;

    void setState(State state);
    State state() const;
    // The Error state, with the message to show (plain words from the caller).
    void showError(const QString &message);

    // The words the panel shows above its table now ("No one else is recorded at this address",
    // "Loading the household…", ...); empty while it lists members.
    QString message() const;

    QTableView *view() const;

Q_SIGNALS:
    void memberRequested(const QString &personId);
    void stateChanged(tv::ui::HouseholdPanel::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openCurrent();
    void refresh();
    void retranslate();

    models::HouseholdModel *m_model = nullptr;
    State m_state = State::NotLoaded;
    QString m_error;
    QLabel *m_title;
    QLabel *m_message;
    QTableView *m_view;
    QPushButton *m_openButton;
};

} // namespace tv::ui
