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
namespace tv::workspace {
class Workspace;
} // namespace tv::workspace

namespace tv::ui {

namespace Ui {
class MainWindow;
} // namespace Ui

// The window after sign-in: who is signed in, "Sign out" and "Lock now" (the quick-hide keys,
// Ctrl+Shift+L and Pause), and the practitioner's workspace. It shows the workspace's models
// (every model that holds person data is the workspace's) and clearPersonData() empties them.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(workspace::Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTrainingMode(bool training);
    bool isTrainingMode() const;

    // Shows who is signed in; clearUser() forgets it again.
    void setUser(const tv::User &user);
    void clearUser();

    workspace::Workspace *workspace() const;
    // The search results (person data, in memory only).
    models::PersonSummaryModel *searchResults() const;
    // Empties every model that holds person data and drops every request for more (on lock and
    // on sign-out).
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
    workspace::Workspace *m_workspace;
    bool m_training = false;
    std::optional<User> m_user;
};

} // namespace tv::ui
