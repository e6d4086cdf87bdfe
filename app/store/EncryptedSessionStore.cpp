#include "app/store/EncryptedSessionStore.h"

#include "app/store/KeychainSecretStore.h"
#include "app/store/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tv::store {

// Defined in KeychainSecretStore.cpp. Logs outcomes and issue kinds only: never a key, a path,
// or a stored value.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

const auto KeychainAccount = u"session-store"_s;
// SQLCipher writes its per-file random salt, in the clear, as the first 16 bytes of the file.
// The keychain entry is the key followed by the salt of the file it was made for, so a key for
// another file (WrongKey) is told apart from a damaged file (CorruptFile).
constexpr int SaltBytes = 16;
constexpr int SecretBytes = SqlCipherDriver::KeyBytes + SaltBytes;
// SQLITE_NOTADB: the key does not decrypt the file, or it is not a database.
const auto NotADatabase = u"26"_s;

std::atomic<int> s_connections{0};

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QByteArray randomKey()
{
    if (sodium_init() < 0)
        return {};
    QByteArray key(SqlCipherDriver::KeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

bool persistentIssue(StoreIssue issue)
{
    switch (issue) {
    case StoreIssue::None:
    case StoreIssue::KeyMissing:
    case StoreIssue::WrongKey:
    case StoreIssue::CorruptFile:
        return true;
    case StoreIssue::KeyringLocked:
    case StoreIssue::NoSecretService:
    case StoreIssue::KeyringFailed:
    case StoreIssue::FileError:
        break;
    }
    return false;
}

StoreIssue issueOf(SecretFailure failure)
{
    switch (failure) {
    case SecretFailure::NoSecretService:
        return StoreIssue::NoSecretService;
    case SecretFailure::AccessDenied:
        return StoreIssue::KeyringLocked;
    case SecretFailure::NotFound:
    case SecretFailure::Failed:
        break;
    }
    return StoreIssue::KeyringFailed;
}

} // namespace

EncryptedSessionStore::EncryptedSessionStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_connection(u"tv-session-store-%1"_s.arg(s_connections.fetch_add(1)))
    , m_keychain(new KeychainSecretStore(this))
{
    SqlCipherDriver::registerDriver();
    QSqlDatabase::addDatabase(QString(SqlCipherDriver::Name), m_connection);
}

EncryptedSessionStore::~EncryptedSessionStore()
{
    close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString EncryptedSessionStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/session.db"_s;
}

QString EncryptedSessionStore::keychainEntryKey(const QString &path)
{
    return KeychainSecretStore::entryKey(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()),
                                         KeychainAccount);
}

QString EncryptedSessionStore::describe(StoreIssue issue)
{
    switch (issue) {
    case StoreIssue::None:
        return QString();
    case StoreIssue::KeyMissing:
        return tr("Your saved session could not be unlocked because its key is no longer in your "
                  "keyring. It has been cleared; please sign in again.");
    case StoreIssue::WrongKey:
        return tr("The key in your keyring does not belong to the saved session on this "
                  "computer. The saved session has been cleared; please sign in again.");
    case StoreIssue::CorruptFile:
        return tr("Your saved session was damaged. It has been cleared; please sign in again.");
    case StoreIssue::KeyringLocked:
        return tr("Your keyring is locked or refused access, so TransformView will not remember "
                  "this session after it closes. Unlock your keyring and restart TransformView "
                  "to have it remembered.");
    case StoreIssue::NoSecretService:
        return tr("This computer has no keyring available, so TransformView will not remember "
                  "this session after it closes. Sign in to a desktop session that provides a "
                  "keyring, such as GNOME Keyring or KWallet.");
    case StoreIssue::KeyringFailed:
        return tr("The keyring could not be used, so TransformView will not remember this "
                  "session after it closes.");
    case StoreIssue::FileError:
        return tr("Your saved session could not be written to disk, so TransformView will not "
                  "remember this session after it closes.");
    }
    return QString();
}

QString EncryptedSessionStore::path() const
{
    return m_path;
}

bool EncryptedSessionStore::isOpen() const
{
    return driver() && driver()->isOpen();
}

bool EncryptedSessionStore::isPersistent() const
{
    return isOpen() && m_persistent;
}

StoreIssue EncryptedSessionStore::issue() const
{
    return m_issue;
}

SqlCipherDriver *EncryptedSessionStore::driver() const
{
    return qobject_cast<SqlCipherDriver *>(QSqlDatabase::database(m_connection, false).driver());
}

QUrl EncryptedSessionStore::keychainScope() const
{
    return QUrl::fromLocalFile(m_path);
}

void EncryptedSessionStore::open()
{
    if (m_busy || isOpen())
        return;
    m_busy = true;
    SecretJob *job = m_keychain->read(keychainScope(), KeychainAccount);
    connect(job, &SecretJob::succeeded, this, &EncryptedSessionStore::keyRead);
    connect(job, &SecretJob::failed, this,
            [this](SecretFailure failure, const QString &) { keyNotRead(failure); });
}

void EncryptedSessionStore::close()
{
    if (SqlCipherDriver *sql = driver())
        sql->close();
}

void EncryptedSessionStore::keyRead(const QByteArray &secret)
{
    if (!QFileInfo::exists(m_path)) {
        // A key left behind by a store whose file is gone: replace both.
        createFresh(StoreIssue::None);
        return;
    }
    QByteArray copy = secret;
    if (copy.size() != SecretBytes) {
        wipeBytes(copy);
        qCInfo(lcStore) << "session store key has the wrong size; replacing the store";
        createFresh(StoreIssue::WrongKey);
        return;
    }
    QByteArray key = copy.left(SqlCipherDriver::KeyBytes);
    const QByteArray salt = copy.mid(SqlCipherDriver::KeyBytes);
    wipeBytes(copy);
    const bool opened = openFile(key);
    wipeBytes(key);
    if (opened) {
        finishOpen(StoreIssue::None, true);
        return;
    }
    const QSqlError error = driver()->lastError();
    close();
    StoreIssue issue = StoreIssue::CorruptFile;
    if (error.nativeErrorCode() == NotADatabase && fileSalt() != salt)
        issue = StoreIssue::WrongKey;
    qCInfo(lcStore) << "session store did not open, SQLite code" << error.nativeErrorCode()
                    << "; replacing it";
    createFresh(issue);
}

void EncryptedSessionStore::keyNotRead(SecretFailure failure)
{
    if (failure == SecretFailure::NotFound) {
        createFresh(QFileInfo::exists(m_path) ? StoreIssue::KeyMissing : StoreIssue::None);
        return;
    }
    // The key may well still be in a keyring that is locked now: leave the file alone.
    openInMemory(issueOf(failure));
}

bool EncryptedSessionStore::openFile(const QByteArray &key)
{
    SqlCipherDriver *sql = driver();
    if (!sql->openWithKey(m_path, key))
        return false;
    // The key opened page 1; read every other page too, so damage shows now, not mid-session.
    QSqlQuery check(QSqlDatabase::database(m_connection, false));
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() ||
        check.value(0).toString() != u"ok"_s || !ensureSchema()) {
        const QSqlError error = check.lastError();
        check.finish();
        sql->close();
        qCInfo(lcStore) << "session store failed its check, SQLite code" << error.nativeErrorCode();
        return false;
    }
    return true;
}

bool EncryptedSessionStore::ensureSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"CREATE TABLE IF NOT EXISTS session ("
                      "id INTEGER PRIMARY KEY CHECK (id = 1), "
                      "server TEXT, user_id TEXT, email TEXT, token_expiry TEXT, "
                      "statement_version INTEGER, window_geometry BLOB)"_s);
}

void EncryptedSessionStore::createFresh(StoreIssue issue)
{
    close();
    if (!removeFiles()) {
        openInMemory(StoreIssue::FileError);
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());

    QByteArray key = randomKey();
    const bool created = !key.isEmpty() && openFile(key);
    if (!created) {
        wipeBytes(key);
        close();
        removeFiles();
        openInMemory(StoreIssue::FileError);
        return;
    }
    // The schema write put SQLCipher's salt on disk; the key is kept with it.
    QByteArray secret = key + fileSalt();
    wipeBytes(key);
    if (secret.size() != SecretBytes) {
        wipeBytes(secret);
        close();
        removeFiles();
        openInMemory(StoreIssue::FileError);
        return;
    }
    SecretJob *job = m_keychain->write(keychainScope(), KeychainAccount, secret);
    wipeBytes(secret);
    connect(job, &SecretJob::succeeded, this, [this, issue] { finishOpen(issue, true); });
    connect(job, &SecretJob::failed, this, [this](SecretFailure failure, const QString &) {
        // A file whose key could not be kept is unreadable from now on: do not leave it.
        close();
        removeFiles();
        openInMemory(issueOf(failure));
    });
}

void EncryptedSessionStore::openInMemory(StoreIssue issue)
{
    close();
    SqlCipherDriver *sql = driver();
    if (!sql->openWithKey(u":memory:"_s, QByteArray()) || !ensureSchema()) {
        m_busy = false;
        qCWarning(lcStore) << "session store could not be made even in memory";
        Q_EMIT failed(issue, describe(issue));
        return;
    }
    finishOpen(issue, false);
}

void EncryptedSessionStore::finishOpen(StoreIssue issue, bool persistent)
{
    Q_ASSERT(persistent == persistentIssue(issue));
    m_busy = false;
    m_persistent = persistent;
    m_issue = issue;
    qCInfo(lcStore) << "session store open; persistent" << persistent << "issue" << int(issue);
    Q_EMIT opened(issue, describe(issue));
}

QByteArray EncryptedSessionStore::fileSalt() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(SaltBytes);
}

bool EncryptedSessionStore::removeFiles() const
{
    bool removed = true;
    for (const QString &suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        const QString file = m_path + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            removed = false;
    }
    return removed;
}

Result<std::optional<SessionMetadata>> EncryptedSessionStore::load() const
{
    if (!isOpen())
        return Error{u"store_closed"_s, tr("The session store is not open.")};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT server, user_id, email, token_expiry, statement_version, "
                    "window_geometry FROM session WHERE id = 1"_s))
        return Error{u"store_read_failed"_s, tr("The saved session could not be read.")};
    if (!query.next()) {
        if (query.lastError().isValid())
            return Error{u"store_read_failed"_s, tr("The saved session could not be read.")};
        return std::optional<SessionMetadata>();
    }
    SessionMetadata metadata;
    metadata.server = QUrl(query.value(0).toString());
    metadata.userId = query.value(1).toString();
    metadata.email = query.value(2).toString();
    const QString expiry = query.value(3).toString();
    if (!expiry.isEmpty())
        metadata.tokenExpiry = QDateTime::fromString(expiry, Qt::ISODateWithMs);
    metadata.acceptedStatementVersion = query.value(4).toInt();
    metadata.windowGeometry = query.value(5).toByteArray();
    return std::optional<SessionMetadata>(metadata);
}

Status EncryptedSessionStore::save(const SessionMetadata &metadata)
{
    if (!isOpen())
        return Error{u"store_closed"_s, tr("The session store is not open.")};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO session (id, server, user_id, email, token_expiry, "
                  "statement_version, window_geometry) VALUES (1, :server, :user_id, :email, "
                  ":token_expiry, :statement_version, :window_geometry)"_s);
    query.bindValue(u":server"_s, metadata.server.toString(QUrl::FullyEncoded));
    query.bindValue(u":user_id"_s, metadata.userId);
    query.bindValue(u":email"_s, metadata.email);
    query.bindValue(u":token_expiry"_s, metadata.tokenExpiry.isValid()
                                            ? metadata.tokenExpiry.toString(Qt::ISODateWithMs)
                                            : QString());
    query.bindValue(u":statement_version"_s, metadata.acceptedStatementVersion);
    query.bindValue(u":window_geometry"_s, metadata.windowGeometry);
    if (!query.exec()) {
        qCWarning(lcStore) << "session store write failed, SQLite code"
                           << query.lastError().nativeErrorCode();
        return Error{u"store_write_failed"_s, tr("The session could not be saved.")};
    }
    return Done{};
}

void EncryptedSessionStore::wipe()
{
    if (isOpen()) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        // secure_delete overwrites the rows' bytes; the file goes next anyway.
        if (!query.exec(u"DELETE FROM session"_s))
            qCWarning(lcStore) << "session store rows could not be deleted before removal";
    }
    close();
    m_persistent = false;
    const bool filesRemoved = removeFiles();
    SecretJob *job = m_keychain->remove(keychainScope(), KeychainAccount);
    connect(job, &SecretJob::succeeded, this, [this, filesRemoved] {
        if (!filesRemoved) {
            Q_EMIT wipeFailed(StoreIssue::FileError,
                              tr("The saved session file could not be deleted."));
            return;
        }
        qCInfo(lcStore) << "session store wiped";
        Q_EMIT wiped();
    });
    connect(job, &SecretJob::failed, this, [this](SecretFailure failure, const QString &message) {
        qCWarning(lcStore) << "session store key could not be removed:" << int(failure);
        Q_EMIT wipeFailed(issueOf(failure), message);
    });
}

} // namespace tv::store
