// EncryptedSessionStore against the real Secret Service: runs inside its own D-Bus session with a
// throwaway, unlocked gnome-keyring (tests/scripts/with-keyring.sh), and against the sqlcipher
// command-line tool.
//
// The functions run in the order declared: the first one hides the session bus, before anything
// in the process has connected to it; the last one locks the keyring for good.

#include "app/store/EncryptedSessionStore.h"
#include "app/store/KeychainSecretStore.h"
#include "tests/app/store/KeyringLock.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using tv::store::EncryptedSessionStore;
using tv::store::KeychainSecretStore;
using tv::store::SessionMetadata;
using tv::store::StoreIssue;

namespace {

struct Opened {
    bool finished = false;
    bool failed = false;
    StoreIssue issue = StoreIssue::None;
    QString message;
};

Opened openAndWait(EncryptedSessionStore &store)
{
    QSignalSpy opened(&store, &EncryptedSessionStore::opened);
    QSignalSpy failed(&store, &EncryptedSessionStore::failed);
    store.open();
    Opened result;
    if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 20000))
        return result;
    result.finished = true;
    const QList<QVariant> arguments = opened.isEmpty() ? failed.constFirst() : opened.constFirst();
    result.failed = !failed.isEmpty();
    result.issue = arguments.at(0).value<StoreIssue>();
    result.message = arguments.at(1).toString();
    return result;
}

// A store that could not read its file and started afresh: opened with `issue`, a message that
// mentions `mentions`, persistent, and nothing saved in it.
void verifyFreshStore(EncryptedSessionStore &store, const Opened &opened, StoreIssue issue,
                      const QString &mentions)
{
    QCOMPARE(opened.issue, issue);
    QVERIFY(opened.message.contains(mentions));
    QVERIFY(store.isPersistent());
    QCOMPARE(store.load().value(), std::nullopt);
}

bool wipeAndWait(EncryptedSessionStore &store)
{
    QSignalSpy wiped(&store, &EncryptedSessionStore::wiped);
    QSignalSpy failed(&store, &EncryptedSessionStore::wipeFailed);
    store.wipe();
    return QTest::qWaitFor([&] { return wiped.count() + failed.count() > 0; }, 20000) &&
           !wiped.isEmpty();
}

// What a program run to its end said; exitCode -1 when it crashed or never finished.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.waitForStarted(10000);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(20000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList keychainAttributes(const QString &path)
{
    return {u"server"_s, QString(KeychainSecretStore::ServiceName), u"user"_s,
            EncryptedSessionStore::keychainEntryKey(path)};
}

// The store's keychain entry as secret-tool sees it: key (32 bytes) then file salt (16).
QByteArray keychainEntry(const QString &path)
{
    const Run lookup = run(u"secret-tool"_s, QStringList{u"lookup"_s} + keychainAttributes(path));
    if (lookup.exitCode != 0)
        return {};
    return QByteArray::fromBase64(lookup.out.trimmed());
}

SessionMetadata sample()
{
    SessionMetadata metadata;
    metadata.server = QUrl(u"https://transform-needle.example.org:8443"_s);
    metadata.userId = u"user-needle-8a41"_s;
    metadata.email = u"dsl.needle@school.example.org"_s;
    metadata.tokenExpiry = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    metadata.acceptedStatementVersion = 7;
    for (int i = 0; i < 48; ++i)
        metadata.windowGeometry.append(char(0x41 + (i * 7) % 26)); // text-like, easy to find
    return metadata;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEncryptedSessionStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretServiceKeepsTheStoreInMemory(); // first
    void savesAndReopensEncrypted();
    void sqlcipherToolNeedsTheKey();
    void wipeRemovesRowsFileAndKey();
    void missingKeyGivesAFreshStore();
    void wrongKeyGivesAFreshStore();
    void corruptFileGivesAFreshStore_data();
    void corruptFileGivesAFreshStore();
    void lockedKeyringKeepsTheFileAndUsesMemory(); // last

private:
    QString pathFor(const QString &name) const { return m_dir.filePath(name + u".db"_s); }
    // Opens a store at `path`, saves sample() in it and closes it.
    void prepareSavedStore(const QString &path);

    QTemporaryDir m_dir;
};

void TestEncryptedSessionStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "run this test through tests/scripts/with-keyring.sh");
}

void TestEncryptedSessionStore::prepareSavedStore(const QString &path)
{
    EncryptedSessionStore store(path);
    const Opened opened = openAndWait(store);
    QVERIFY(opened.finished);
    QCOMPARE(opened.issue, StoreIssue::None);
    QVERIFY(store.isPersistent());
    QVERIFY(store.save(sample()).ok());
}

void TestEncryptedSessionStore::noSecretServiceKeepsTheStoreInMemory()
{
    const QByteArray realBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tv-test-no-session-bus");
    const QString path = pathFor(u"no-service"_s);
    EncryptedSessionStore store(path);
    const Opened opened = openAndWait(store);
    qputenv("DBUS_SESSION_BUS_ADDRESS", realBus);

    QVERIFY(opened.finished);
    QVERIFY(!opened.failed);
    QCOMPARE(opened.issue, StoreIssue::NoSecretService);
    QVERIFY(opened.message.contains(u"no keyring"_s));
    QVERIFY(store.isOpen());
    QVERIFY(!store.isPersistent());
    // Usable for this run, and nothing on disk: no plaintext fallback.
    QVERIFY(store.save(sample()).ok());
    QCOMPARE(store.load().value(), std::optional<SessionMetadata>(sample()));
    QVERIFY(!QFile::exists(path));
}

void TestEncryptedSessionStore::savesAndReopensEncrypted()
{
    const QString path = pathFor(u"round-trip"_s);
    {
        EncryptedSessionStore store(path);
        QVERIFY(!store.load().ok()); // not open yet
        const Opened opened = openAndWait(store);
        QVERIFY(opened.finished);
        QCOMPARE(opened.issue, StoreIssue::None);
        QVERIFY(opened.message.isEmpty());
        QVERIFY(store.isPersistent());
        QCOMPARE(store.load().value(), std::nullopt);
        QVERIFY(store.save(sample()).ok());
        QCOMPARE(store.load().value(), std::optional<SessionMetadata>(sample()));
    }

    // The file is the owner's only, and holds none of the values written.
    QFile file(path);
    QCOMPARE(file.permissions() &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 0);
    const SessionMetadata written = sample();
    for (const QByteArray &needle :
         {written.server.host().toUtf8(), written.userId.toUtf8(), written.email.toUtf8(),
          QByteArray("dsl.needle"), written.windowGeometry, written.windowGeometry.left(12),
          QByteArray("2031-05-06"), QByteArray("session"), QByteArray("SQLite format")}) {
        QVERIFY2(!bytes.contains(needle), needle.constData());
    }
    for (const QString &suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QVERIFY(!QFile::exists(path + suffix));

    // The keychain holds the key (and the file's salt) under the store's entry.
    const QByteArray entry = keychainEntry(path);
    QCOMPARE(entry.size(), 48);
    QCOMPARE(entry.mid(32), bytes.left(16));

    // A new store object (a restarted client) reads it back.
    EncryptedSessionStore again(path);
    const Opened reopened = openAndWait(again);
    QCOMPARE(reopened.issue, StoreIssue::None);
    QCOMPARE(again.load().value(), std::optional<SessionMetadata>(sample()));
}

void TestEncryptedSessionStore::sqlcipherToolNeedsTheKey()
{
    const QString path = pathFor(u"round-trip"_s); // left by savesAndReopensEncrypted
    QVERIFY(QFile::exists(path));
    const QByteArray key = keychainEntry(path).left(32);
    QCOMPARE(key.size(), 32);
    const QByteArray select = "SELECT email FROM session;\n";

    const Run without = run(u"sqlcipher"_s, {path}, select);
    QVERIFY(!without.out.contains("dsl.needle"));
    QVERIFY2(without.err.contains("not a database"), without.err.constData());

    QByteArray wrongKey(32, '\x5a');
    const Run wrong =
        run(u"sqlcipher"_s, {path}, "PRAGMA key = \"x'" + wrongKey.toHex() + "'\";\n" + select);
    QVERIFY(!wrong.out.contains("dsl.needle"));
    QVERIFY(wrong.err.contains("not a database"));

    const Run with =
        run(u"sqlcipher"_s, {path}, "PRAGMA key = \"x'" + key.toHex() + "'\";\n" + select);
    QVERIFY2(with.err.isEmpty(), with.err.constData());
    QCOMPARE(with.out.trimmed(), sample().email.toUtf8());
}

void TestEncryptedSessionStore::wipeRemovesRowsFileAndKey()
{
    const QString path = pathFor(u"wiped"_s);
    EncryptedSessionStore store(path);
    QCOMPARE(openAndWait(store).issue, StoreIssue::None);
    QVERIFY(store.save(sample()).ok());
    // During the session: file and keychain entry both there.
    QVERIFY(QFile::exists(path));
    QCOMPARE(keychainEntry(path).size(), 48);

    QVERIFY(wipeAndWait(store));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.load().ok());
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QVERIFY(!QFile::exists(path + suffix));
    const Run lookup = run(u"secret-tool"_s, QStringList{u"lookup"_s} + keychainAttributes(path));
    QCOMPARE_NE(lookup.exitCode, 0);
    QVERIFY(lookup.out.isEmpty());

    // Opening again after logout starts empty.
    QCOMPARE(openAndWait(store).issue, StoreIssue::None);
    QCOMPARE(store.load().value(), std::nullopt);
    QVERIFY(wipeAndWait(store));
}

void TestEncryptedSessionStore::missingKeyGivesAFreshStore()
{
    const QString path = pathFor(u"key-missing"_s);
    prepareSavedStore(path);
    const Run clear = run(u"secret-tool"_s, QStringList{u"clear"_s} + keychainAttributes(path));
    QCOMPARE(clear.exitCode, 0);
    QVERIFY(keychainEntry(path).isEmpty());

    EncryptedSessionStore store(path);
    const Opened opened = openAndWait(store);
    verifyFreshStore(store, opened, StoreIssue::KeyMissing, u"no longer in your keyring"_s);
    if (QTest::currentTestFailed())
        return;
    // A new key for the new file.
    QCOMPARE(keychainEntry(path).size(), 48);
    QCOMPARE(keychainEntry(path).mid(32), fileBytes(path).left(16));
}

void TestEncryptedSessionStore::wrongKeyGivesAFreshStore()
{
    const QString path = pathFor(u"wrong-key"_s);
    const QString other = pathFor(u"wrong-key-other"_s);
    prepareSavedStore(path);
    prepareSavedStore(other);
    // Another store's file where this one's was: this key does not open it.
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(other, path));

    EncryptedSessionStore store(path);
    const Opened opened = openAndWait(store);
    verifyFreshStore(store, opened, StoreIssue::WrongKey, u"does not belong"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(wipeAndWait(store));
}

void TestEncryptedSessionStore::corruptFileGivesAFreshStore_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::newRow("first page, after the salt") << qint64(100);
    QTest::newRow("second page") << qint64(1024 + 100);
}

void TestEncryptedSessionStore::corruptFileGivesAFreshStore()
{
    QFETCH(qint64, offset);
    const QString path = pathFor(u"corrupt-%1"_s.arg(offset));
    prepareSavedStore(path);
    {
        QFile file(path);
        QVERIFY(file.size() > offset + 64);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(offset));
        QCOMPARE(file.write(QByteArray(64, '\xee')), 64);
    }

    EncryptedSessionStore store(path);
    const Opened opened = openAndWait(store);
    verifyFreshStore(store, opened, StoreIssue::CorruptFile, u"damaged"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(store.save(sample()).ok());
    QVERIFY(wipeAndWait(store));
}

void TestEncryptedSessionStore::lockedKeyringKeepsTheFileAndUsesMemory()
{
    const QString path = pathFor(u"locked"_s);
    prepareSavedStore(path);
    const QByteArray before = fileBytes(path);

    const QString lockError = tv::test::lockLoginKeyring();
    QVERIFY2(lockError.isEmpty(), qPrintable(lockError));

    EncryptedSessionStore store(path);
    const Opened opened = openAndWait(store);
    QCOMPARE(opened.issue, StoreIssue::KeyringLocked);
    QVERIFY(opened.message.contains(u"locked"_s));
    QVERIFY(store.isOpen());
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.load().value(), std::nullopt);
    QVERIFY(store.save(sample()).ok());
    // The saved file is left for when the keyring is unlocked again, untouched.
    QCOMPARE(fileBytes(path), before);
}

QTEST_GUILESS_MAIN(TestEncryptedSessionStore)
#include "tst_encryptedsessionstore.moc"
