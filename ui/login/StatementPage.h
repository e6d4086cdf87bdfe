#pragma once

#include "models/domain/Admin.h"

#include <QWidget>

#include <memory>

namespace tv::ui {

namespace Ui {
class StatementPage;
} // namespace Ui

// A page of the login window: the data protection statement the service asks the person to
// accept (Session::statementRequired), read-only and as plain text, with its version. "Accept
// and continue" is available only once "I have read and accept" is ticked; "Sign out" ends the
// session instead. It only says what the person chose; the shell tells the session.
class StatementPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementPage)

public:
    explicit StatementPage(QWidget *parent = nullptr);
    ~StatementPage() override;

    // Shows `statement` with the box unticked.
    void setStatement(const tv::Statement &statement);
    int version() const;
    QString text() const;

    // While busy nothing can be pressed.
    void setBusy(bool busy);
    // Presses "Accept and continue" when it is available (Enter on the page).
    void acceptIfConfirmed();
    // Focus to the first field: the statement's text.
    void focusFirst();

Q_SIGNALS:
    void accepted(int version);
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    std::unique_ptr<Ui::StatementPage> m_ui;
    tv::Statement m_statement;
    bool m_busy = false;
};

} // namespace tv::ui
