#pragma once

#include "domain/User.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace tv::ui {

namespace Ui {
class MainWindow;
} // namespace Ui

// The window after sign-in. For now it says who is signed in and offers "Sign out"; the
// workspace comes later.
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

Q_SIGNALS:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    bool m_training = false;
    std::optional<User> m_user;
};

} // namespace tv::ui
