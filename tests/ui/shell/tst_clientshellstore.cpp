// ClientShell and the encrypted session store with a real keyring: runs inside its own D-Bus
// session with a throwaway, unlocked gnome-keyring and HOME (tests/scripts/with-keyring.sh),
// against a real ServiceHost on loopback.

#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "app/store/EncryptedSessionStore.h"
#include "app/store/KeychainSecretStore.h"
#include "server/ServiceHost.h"
#include "tests/ui/shell/ShellDriver.h"
#include "ui/lock/LockScreen.h"
#include "ui/login/LoginWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/shell/ClientShell.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::store::EncryptedSessionStore;
using tv::store::StoreIssue;
using tv::test::child;
using tv::test::serverOption;
using tv::test::signIn;
using tv::ui::ClientShell;

namespace {

// Whether the keyring holds the store's key, as secret-tool (not our code) sees it.
bool keyringHoldsKeyFor(const QString &path)
{
    QProcess lookup;
    lookup.start(u"secret-tool"_s,
                 {u"lookup"_s, u"server"_s, QString(tv::store::KeychainSecretStore::ServiceName),
                  u"user"_s, EncryptedSessionStore::keychainEntryKey(path)});
    lookup.waitForFinished(20000);
    return lookup.exitStatus() == QProcess::NormalExit && lookup.exitCode() == 0 &&
           !lookup.readAllStandardOutput().trimmed().isEmpty();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isWiped(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            return false;
    }
    return !keyringHoldsKeyFor(path);
}

} // namespace

class TestClientShellStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void signInSavesTheMetadataAndSignOutWipesIt();
    void signOutFromTheLockScreenWipes();
    void aStoreWhoseKeyIsGoneIsReportedAndReplaced();

private:
    std::unique_ptr<tv::server::ServiceHost> m_host;
    tv::LoginRequest m_trainer;
};

void TestClientShellStore::initTestCase()
{
    QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "run this test through tests/scripts/with-keyring.sh");
    tv::server::ServerConfig config;
    config.training = true; // for its demo account; the shell itself is not in training mode
    m_host = std::make_unique<tv::server::ServiceHost>(config);
    const tv::Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    m_trainer =
        tv::LoginRequest{m_host->trainingAccount()->email, m_host->trainingAccount()->password};
}

void TestClientShellStore::cleanupTestCase()
{
    m_host.reset();
}

void TestClientShellStore::signInSavesTheMetadataAndSignOutWipesIt()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    EncryptedSessionStore *store = shell.sessionStore();
    QVERIFY(store);
    QCOMPARE(store->path(), EncryptedSessionStore::defaultPath());
    QSignalSpy opened(store, &EncryptedSessionStore::opened);
    shell.start();
    // Opened means the key is in the keyring too, not only the file open.
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(store->issue(), StoreIssue::None);
    QVERIFY(store->isPersistent());
    QVERIFY(child<QLabel>(shell.loginWindow(), u"noticeLabel"_s)->isHidden());

    QVERIFY(signIn(shell, m_trainer));
    const tv::User user = shell.session()->user().value();
    // The statement version comes with /me, a moment after sign-in.
    QTRY_VERIFY(shell.session()->accountStatus().has_value());
    const auto saved = store->load();
    QVERIFY(saved.ok() && saved.value());
    const tv::store::SessionMetadata &metadata = *saved.value();
    QCOMPARE(metadata.server, m_host->baseUrl());
    QCOMPARE(metadata.userId, user.id);
    QCOMPARE(metadata.email, m_trainer.email);
    QCOMPARE(metadata.tokenExpiry, shell.session()->expiresAt());
    QCOMPARE(metadata.acceptedStatementVersion,
             shell.session()->accountStatus()->statementVersionAccepted.value_or(0));
    QVERIFY(!metadata.windowGeometry.isEmpty());
    // On disk, encrypted: neither who signed in nor the token can be read from the file.
    QVERIFY(keyringHoldsKeyFor(store->path()));
    const QByteArray bytes = fileBytes(store->path());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(m_trainer.email.toUtf8()));
    QVERIFY(!bytes.contains(user.id.toUtf8()));
    QVERIFY(!bytes.contains(user.displayName.toUtf8()));
    QVERIFY(!bytes.contains(shell.serviceClient()->accessToken().toUtf8()));

    QTest::mouseClick(child<QPushButton>(shell.mainWindow(), u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(shell.loginWindow()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(isWiped(store->path()), 20000);
    QVERIFY(!store->isOpen());
}

void TestClientShellStore::signOutFromTheLockScreenWipes()
{
    ClientShell shell(serverOption(m_host->baseUrl()));
    EncryptedSessionStore *store = shell.sessionStore();
    shell.start();
    QVERIFY(signIn(shell, m_trainer));
    QTRY_VERIFY_WITH_TIMEOUT(store->isPersistent() && QFile::exists(store->path()), 20000);
    QTRY_VERIFY(store->load().ok() && store->load().value().has_value());
    QVERIFY(keyringHoldsKeyFor(store->path()));

    shell.lockNow();
    QVERIFY(shell.lockScreen()->isVisible());
    QTest::mouseClick(child<QPushButton>(shell.lockScreen(), u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY(shell.loginWindow()->isVisible());
    QVERIFY(!shell.session()->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(isWiped(store->path()), 20000);
    QVERIFY(child<QLabel>(shell.loginWindow(), u"noticeLabel"_s)->isHidden());
}

void TestClientShellStore::aStoreWhoseKeyIsGoneIsReportedAndReplaced()
{
    // A store file left behind whose key is not in the keyring.
    const QString path = EncryptedSessionStore::defaultPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile leftover(path);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        QVERIFY(leftover.write(QByteArray(4096, '\x5a')) == 4096);
    }
    QVERIFY(!keyringHoldsKeyFor(path));

    ClientShell shell(serverOption(m_host->baseUrl()));
    EncryptedSessionStore *store = shell.sessionStore();
    QSignalSpy opened(store, &EncryptedSessionStore::opened);
    shell.start();
    auto *notice = child<QLabel>(shell.loginWindow(), u"noticeLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QCOMPARE(store->issue(), StoreIssue::KeyMissing);
    QCOMPARE(notice->text(), EncryptedSessionStore::describe(StoreIssue::KeyMissing));
    QVERIFY(notice->isVisible());
    // A fresh store in its place, and the sign-in goes on as usual.
    QVERIFY(store->isPersistent());
    QVERIFY(keyringHoldsKeyFor(path));
    QVERIFY(signIn(shell, m_trainer));
    QVERIFY(store->load().value().has_value());
    QTest::mouseClick(child<QPushButton>(shell.mainWindow(), u"signOutButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(isWiped(path), 20000);
}

QTEST_MAIN(TestClientShellStore)
#include "tst_clientshellstore.moc"
