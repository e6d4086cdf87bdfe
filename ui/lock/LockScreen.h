#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace tv::ui {

namespace Ui {
class LockScreen;
} // namespace Ui

// Shown instead of every other window while the client is locked (idle period or a quick-hide
// key). It shows no person data, only who is signed in, and asks for the password, and the
// authenticator app's code or a recovery code when the account has two-step sign-in, to unlock;
// or offers "Sign out". Like
// the login window it only collects what was typed; the shell checks it through the session.
class LockScreen final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(QWidget *parent = nullptr);
    ~LockScreen() override;

    void setTrainingMode(bool training);
    // Training only: the demo account's password, shown under the field so that a trainee who
    // locks can unlock (an empty password shows nothing).
    void setTrainingPassword(const QString &password);
    QString trainingPasswordText() const;
    // Who is signed in, in the explanation; empty: nobody named.
    void setAccountName(const QString &displayName);
    // Shows the code field, for the authenticator app's code or a recovery code (the account has
    // two-step sign-in).
    void setCodeRequired(bool required);
    bool isCodeRequired() const;

    // While busy every field and button is disabled.
    void setBusy(bool busy);
    bool isBusy() const;

    void showStatus(const QString &message);
    void showError(const QString &message);
    QString statusText() const;

    // Forgets what was typed (the password and the code).
    void clearEntries();

Q_SIGNALS:
    void unlockRequested(const QString &password, const std::optional<QString> &code);
    void signOutRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();
    void focusNextStep();
    void updateEnabled();

    std::unique_ptr<Ui::LockScreen> m_ui;
    QString m_accountName;
    QString m_trainingPassword;
    QLabel *m_trainingPasswordLabel = nullptr;
    bool m_training = false;
    bool m_codeRequired = false;
    bool m_busy = false;
};

} // namespace tv::ui
