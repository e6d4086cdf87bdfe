#pragma once

#include "app/startup/DeploymentConfig.h"
#include "models/domain/Result.h"

#include <QStringList>
#include <QWidget>

#include <memory>

namespace tv::ui {

namespace Ui {
class AccessLapsedPage;
} // namespace Ui

// A page of the login window for Session::accessLapsed: a heading, one line per unmet condition
// of access in plain words (conditions::textForWireName), whom to contact (the deployment's
// Transform team, or a sentence naming the council's Transform team when the deployment names
// nobody) and "Sign out", the only thing left to do.
class AccessLapsedPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessLapsedPage)

public:
    explicit AccessLapsedPage(QWidget *parent = nullptr);
    ~AccessLapsedPage() override;

    // `error` is the session's access_lapsed error; its `unmet` names the conditions.
    void setLapsed(const tv::Error &error, const startup::TransformTeamContact &contact);
    void setBusy(bool busy);
    // Focus to the first (and only) control: "Sign out".
    void focusFirst();

Q_SIGNALS:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AccessLapsedPage> m_ui;
    tv::Error m_error;
    startup::TransformTeamContact m_contact;
};

} // namespace tv::ui
