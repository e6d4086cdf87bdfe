// KeychainSecretStore against the real Secret Service: runs inside its own D-Bus session with a
// throwaway, unlocked gnome-keyring (tests/scripts/with-keyring.sh).
//
// The functions run in the order declared: the first one hides the session bus, before anything
// in the process has connected to it; the last one locks the keyring for good.

#include "app/store/KeychainSecretStore.h"
#include "app/store/SecretJob.h"
#include "tests/app/store/KeyringLock.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::store::KeychainSecretStore;
using tv::store::SecretFailure;
using tv::store::SecretJob;

namespace {

const QUrl Server(u"https://transform.example.org:8443/"_s);

struct Outcome {
    bool succeeded = false;
    QByteArray secret;
    std::optional<SecretFailure> failure;
    QString message;
};

// Waits for one job and returns what it said.
Outcome await(SecretJob *job)
{
    QSignalSpy succeeded(job, &SecretJob::succeeded);
    QSignalSpy failed(job, &SecretJob::failed);
    Outcome outcome;
    if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 20000))
        return outcome;
    if (!succeeded.isEmpty()) {
        outcome.succeeded = true;
        outcome.secret = succeeded.constFirst().constFirst().toByteArray();
    } else {
        outcome.failure = failed.constFirst().at(0).value<SecretFailure>();
        outcome.message = failed.constFirst().at(1).toString();
    }
    return outcome;
}

// Runs secret-tool (libsecret-tools) with the attributes QtKeychain stores entries under.
QProcess *secretTool(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->start(u"secret-tool"_s, arguments);
    process->waitForFinished(20000);
    return process;
}

QStringList attributes(const QString &key)
{
    return {u"server"_s, QString(KeychainSecretStore::ServiceName), u"user"_s, key};
}

} // namespace

class TestKeychainSecretStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noSecretServiceIsToldApart(); // first
    void entryKeyIsNamespacedByServerAndAccount();
    void writeReadRemove();
    void readingAMissingEntryIsNotFound();
    void removingAMissingEntrySucceeds();
    void accountsDoNotShareSecrets();
    void lockedKeyringIsAccessDeniedNotNotFound(); // last
};

void TestKeychainSecretStore::noSecretServiceIsToldApart()
{
    const QByteArray realBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(!realBus.isEmpty(), "run this test through tests/scripts/with-keyring.sh");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tv-test-no-session-bus");
    KeychainSecretStore store;
    const Outcome read = await(store.read(Server, u"user-no-service"_s));
    const Outcome written = await(store.write(Server, u"user-no-service"_s, "secret"));
    qputenv("DBUS_SESSION_BUS_ADDRESS", realBus);

    QVERIFY(!read.succeeded);
    QCOMPARE(read.failure, SecretFailure::NoSecretService);
    QVERIFY(read.message.contains(u"no keyring"_s));
    QVERIFY(!written.succeeded);
    QCOMPARE(written.failure, SecretFailure::NoSecretService);

    // With the bus back the same store works.
    QCOMPARE(await(store.read(Server, u"user-no-service"_s)).failure, SecretFailure::NotFound);
}

void TestKeychainSecretStore::entryKeyIsNamespacedByServerAndAccount()
{
    QCOMPARE(KeychainSecretStore::entryKey(Server, u"user-42"_s),
             u"https://transform.example.org:8443|user-42"_s);
    // Path, query and fragment variants of one server share the key; other servers do not.
    QCOMPARE(KeychainSecretStore::entryKey(QUrl(u"https://transform.example.org:8443?x=1"_s),
                                           u"user-42"_s),
             KeychainSecretStore::entryKey(Server, u"user-42"_s));
    QCOMPARE_NE(
        KeychainSecretStore::entryKey(QUrl(u"https://other.example.org:8443"_s), u"user-42"_s),
        KeychainSecretStore::entryKey(Server, u"user-42"_s));
    QCOMPARE_NE(KeychainSecretStore::entryKey(Server, u"user-43"_s),
                KeychainSecretStore::entryKey(Server, u"user-42"_s));
}

void TestKeychainSecretStore::writeReadRemove()
{
    KeychainSecretStore store;
    const QString account = u"user-write-read"_s;
    const QString key = KeychainSecretStore::entryKey(Server, account);
    const QByteArray secret("\x01\x02 not text \xff\x00 binary", 22);

    const Outcome written = await(store.write(Server, account, secret));
    QVERIFY2(written.succeeded, qPrintable(written.message));
    QVERIFY(written.secret.isEmpty());

    // The entry is in the keyring under the TransformView service and the namespaced key.
    std::unique_ptr<QProcess> lookup(secretTool(QStringList{u"lookup"_s} + attributes(key)));
    QCOMPARE(lookup->exitStatus(), QProcess::NormalExit);
    QCOMPARE(lookup->exitCode(), 0);
    QCOMPARE(QByteArray::fromBase64(lookup->readAllStandardOutput().trimmed()), secret);

    const Outcome read = await(store.read(Server, account));
    QVERIFY2(read.succeeded, qPrintable(read.message));
    QCOMPARE(read.secret, secret);

    const Outcome removed = await(store.remove(Server, account));
    QVERIFY2(removed.succeeded, qPrintable(removed.message));

    // Gone from the keyring, and reading it again says so.
    std::unique_ptr<QProcess> after(secretTool(QStringList{u"lookup"_s} + attributes(key)));
    QCOMPARE(after->exitStatus(), QProcess::NormalExit);
    QCOMPARE_NE(after->exitCode(), 0);
    QVERIFY(after->readAllStandardOutput().isEmpty());
    const Outcome reread = await(store.read(Server, account));
    QVERIFY(!reread.succeeded);
    QCOMPARE(reread.failure, SecretFailure::NotFound);
}

void TestKeychainSecretStore::readingAMissingEntryIsNotFound()
{
    KeychainSecretStore store;
    const Outcome read = await(store.read(Server, u"user-never-written"_s));
    QVERIFY(!read.succeeded);
    QCOMPARE(read.failure, SecretFailure::NotFound);
    QVERIFY(!read.message.isEmpty());
}

void TestKeychainSecretStore::removingAMissingEntrySucceeds()
{
    KeychainSecretStore store;
    const Outcome removed = await(store.remove(Server, u"user-never-written"_s));
    QVERIFY2(removed.succeeded, qPrintable(removed.message));
}

void TestKeychainSecretStore::accountsDoNotShareSecrets()
{
    KeychainSecretStore store;
    const QUrl otherServer(u"https://other.example.org"_s);
    QVERIFY(await(store.write(Server, u"user-a"_s, "secret of a")).succeeded);
    QVERIFY(await(store.write(otherServer, u"user-a"_s, "secret of a elsewhere")).succeeded);

    QCOMPARE(await(store.read(Server, u"user-a"_s)).secret, QByteArray("secret of a"));
    QCOMPARE(await(store.read(otherServer, u"user-a"_s)).secret,
             QByteArray("secret of a elsewhere"));
    QCOMPARE(await(store.read(Server, u"user-b"_s)).failure, SecretFailure::NotFound);

    QVERIFY(await(store.remove(Server, u"user-a"_s)).succeeded);
    QCOMPARE(await(store.read(Server, u"user-a"_s)).failure, SecretFailure::NotFound);
    QCOMPARE(await(store.read(otherServer, u"user-a"_s)).secret,
             QByteArray("secret of a elsewhere"));
    QVERIFY(await(store.remove(otherServer, u"user-a"_s)).succeeded);
}

void TestKeychainSecretStore::lockedKeyringIsAccessDeniedNotNotFound()
{
    KeychainSecretStore store;
    const QString account = u"user-locked-out"_s;
    QVERIFY(await(store.write(Server, account, "kept")).succeeded);

    // Locked as a screen lock does; the unlock prompt cannot be shown, as if refused.
    const QString lockError = tv::test::lockLoginKeyring();
    QVERIFY2(lockError.isEmpty(), qPrintable(lockError));

    const Outcome read = await(store.read(Server, account));
    QVERIFY(!read.succeeded);
    QCOMPARE(read.failure, SecretFailure::AccessDenied);
    QVERIFY(read.message.contains(u"refused"_s));

    const Outcome written = await(store.write(Server, account, "replaced"));
    QVERIFY(!written.succeeded);
    QCOMPARE(written.failure, SecretFailure::AccessDenied);

    const Outcome removed = await(store.remove(Server, account));
    QVERIFY(!removed.succeeded);
    QCOMPARE(removed.failure, SecretFailure::AccessDenied);

    // A missing entry is still just missing, locked keyring or not.
    QCOMPARE(await(store.read(Server, u"user-never-written"_s)).failure, SecretFailure::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
