#include "tests/ui/shell/ShellDriver.h"

#include "ui/lock/LockScreen.h"
#include "ui/login/LoginWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ClientShell.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace tv::test {

startup::StartupOptions serverOption(const QUrl &server)
{
    startup::StartupOptions options;
    options.serverUrl = server;
    return options;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void submitSignIn(const ui::ClientShell &shell, const LoginRequest &request)
{
    ui::LoginWindow *login = shell.loginWindow();
    typeInto(child<QLineEdit>(login, u"emailEdit"_s), request.email);
    typeInto(child<QLineEdit>(login, u"passwordEdit"_s), request.password);
    QTest::keyClick(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);
}

bool signIn(const ui::ClientShell &shell, const LoginRequest &request)
{
    if (!QTest::qWaitForWindowExposed(shell.loginWindow()))
        return false;
    submitSignIn(shell, request);
    return QTest::qWaitFor([&shell] { return shell.mainWindow()->isVisible(); }, 20000);
}

void unlockWith(const ui::ClientShell &shell, const QString &password)
{
    auto *edit = child<QLineEdit>(shell.lockScreen(), u"passwordEdit"_s);
    typeInto(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace tv::test
