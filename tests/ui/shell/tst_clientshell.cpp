// ClientShell outside training mode, against a real ServiceHost on loopback.

#include "ServiceHost.h"
#include "login/LoginWindow.h"
#include "main/MainWindow.h"
#include "session/Session.h"
#include "shell/ClientShell.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::startup::StartupOptions;
using tv::ui::ClientShell;

namespace {

template <typename T>
T *child(const QWidget *window, const QString &name)
{
    return window->findChild<T *>(name);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestClientShell final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void serverFromTheCommandLineIsPreset();
    void insecureAddressIsRefusedBeforeSending();
    void unreachableServerIsExplained();
    void signInAndOutWithoutTraining();

private:
    std::unique_ptr<tv::server::ServiceHost> m_host;
    tv::LoginRequest m_trainer;
};

void TestClientShell::initTestCase()
{
    tv::server::ServerConfig config;
    config.training = true; // for its demo account; the shell itself is not in training mode
    m_host = std::make_unique<tv::server::ServiceHost>(config);
    const tv::Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    QVERIFY(m_host->trainingAccount().has_value());
    m_trainer =
        tv::LoginRequest{m_host->trainingAccount()->email, m_host->trainingAccount()->password};
}

void TestClientShell::cleanupTestCase()
{
    m_host.reset();
}

void TestClientShell::serverFromTheCommandLineIsPreset()
{
    ClientShell shell(StartupOptions{false, QUrl(u"https://transform.example.org"_s)});
    shell.start();
    QVERIFY(QTest::qWaitForWindowExposed(shell.loginWindow()));
    QVERIFY(!shell.trainingService());
    auto *server = child<QLineEdit>(shell.loginWindow(), u"serverEdit"_s);
    QCOMPARE(server->text(), u"https://transform.example.org"_s);
    QVERIFY(!server->isReadOnly());
    QVERIFY(!child<QLabel>(shell.loginWindow(), u"trainingBanner"_s)->isVisible());
    QVERIFY(child<QPushButton>(shell.loginWindow(), u"signInButton"_s)->isEnabled());
    // Nothing filled in for anybody: focus waits in the email field.
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(shell.loginWindow(), u"emailEdit"_s));
}

void TestClientShell::insecureAddressIsRefusedBeforeSending()
{
    ClientShell shell(StartupOptions{});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    typeInto(child<QLineEdit>(login, u"serverEdit"_s), u"http://transform.example.org"_s);
    typeInto(child<QLineEdit>(login, u"emailEdit"_s), m_trainer.email);
    typeInto(child<QLineEdit>(login, u"passwordEdit"_s), m_trainer.password);
    QTest::keyClick(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);

    QCOMPARE(login->statusText(),
             u"The server address must start with https:// so that the connection is "
             "encrypted. Plain http is allowed only to this computer."_s);
    QVERIFY(!login->isBusy());
    QVERIFY(!shell.session()->isSigningIn());
}

void TestClientShell::unreachableServerIsExplained()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    ClientShell shell(StartupOptions{false, QUrl(u"http://127.0.0.1:%1"_s.arg(port))});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    typeInto(child<QLineEdit>(login, u"emailEdit"_s), m_trainer.email);
    typeInto(child<QLineEdit>(login, u"passwordEdit"_s), m_trainer.password);
    QTest::keyClick(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);

    QTRY_COMPARE(login->statusText(), u"The server could not be reached. Check the server "
                                      "address and your network connection, then try again."_s);
    QVERIFY(!login->isBusy());
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty());
    QVERIFY(login->isVisible());
}

void TestClientShell::signInAndOutWithoutTraining()
{
    ClientShell shell(StartupOptions{false, m_host->baseUrl()});
    shell.start();
    tv::ui::LoginWindow *login = shell.loginWindow();
    QVERIFY(QTest::qWaitForWindowExposed(login));
    typeInto(child<QLineEdit>(login, u"emailEdit"_s), m_trainer.email);
    typeInto(child<QLineEdit>(login, u"passwordEdit"_s), m_trainer.password);
    QTest::keyClick(child<QLineEdit>(login, u"passwordEdit"_s), Qt::Key_Return);
    QVERIFY(login->isBusy());
    QVERIFY(!child<QPushButton>(login, u"signInButton"_s)->isEnabled());

    tv::ui::MainWindow *main = shell.mainWindow();
    QTRY_VERIFY(main->isVisible());
    QVERIFY(!login->isVisible());
    QCOMPARE(child<QLabel>(main, u"signedInLabel"_s)->text(),
             u"Signed in as Demo Trainer (Trainer)"_s);
    QVERIFY(!child<QLabel>(main, u"trainingBanner"_s)->isVisible());

    QTest::mouseClick(child<QPushButton>(main, u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(login->isVisible());
    QVERIFY(!main->isVisible());
    QCOMPARE(child<QLabel>(main, u"signedInLabel"_s)->text(), u"Not signed in."_s);
    QVERIFY(child<QLineEdit>(login, u"passwordEdit"_s)->text().isEmpty());
    QCOMPARE(child<QLineEdit>(login, u"emailEdit"_s)->text(), m_trainer.email);
}

QTEST_MAIN(TestClientShell)
#include "tst_clientshell.moc"
