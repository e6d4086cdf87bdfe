#pragma once

#include "domain/User.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include <memory>
#include <optional>

namespace tv::models {
class PersonSummaryModel;
} // namespace tv::models

namespace tv::ui {

namespace Ui {
class MainWindow;
} // namespace Ui

// The window after sign-in. For now it says who is signed in and offers "Sign out" and "Lock
// now" (the quick-hide keys, Ctrl+Shift+L and Pause); the workspace comes later. Every model that
// holds person data belongs to this window, and clearPersonData() empties them all.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTrainingMode(bool training);
    bool isTrainingMode() const;

    // Shows who is signed in; clearUser() forgets it again.
    void setUser(const tv::User &user);
    void clearUser();

    // The search results (person data, in memory only).
    models::PersonSummaryModel *searchResults() const;
    // Empties every model that holds person data (on lock and on sign-out).
    void clearPersonData();

    // The quick-hide keys of lockAction: Ctrl+Shift+L, and Pause (Break) on keyboards with one.
    static QList<QKeySequence> lockShortcuts();

Q_SIGNALS:
    void signOutRequested();
    // The person asked to lock at once (menu, or a quick-hide key).
    void lockRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    models::PersonSummaryModel *m_searchResults;
    bool m_training = false;
    std::optional<User> m_user;
};

} // namespace tv::ui
