#pragma once

#include "app/store/SecretJob.h"
#include "app/store/SessionMetadata.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace tv::store {

class KeychainSecretStore;
class SqlCipherDriver;

// Why the store is not simply the one saved last time. Every value but None comes with a
// sentence for the person (see EncryptedSessionStore::opened).
enum class StoreIssue {
    None,            // the saved store was opened, or there was none and a new one was made
    KeyMissing,      // a store file existed but its key was not in the keyring: replaced
    WrongKey,        // the keyring's key belongs to another store file: replaced
    CorruptFile,     // the file is damaged: replaced
    KeyringLocked,   // the keyring is locked or refused: this run keeps the store in memory only
    NoSecretService, // no keyring on this computer: memory only
    KeyringFailed,   // the keyring failed otherwise: memory only
    FileError,       // the file cannot be created or written: memory only
};

// The client's only on-disk state: session metadata (SessionMetadata) in an SQLCipher file,
// <AppDataLocation>/session.db by default, mode 0600, under a random 256-bit key kept in the OS
// keychain (KeychainSecretStore; never a plain-file fallback). A store that cannot be opened is
// replaced by a fresh one, or, when the keychain cannot hold a key, kept in memory for this run
// only; it never crashes and never writes anything unencrypted.
//
//   auto *store = new EncryptedSessionStore(EncryptedSessionStore::defaultPath(), this);
//   connect(store, &EncryptedSessionStore::opened, this, [=](StoreIssue issue, const QString &m) {
//       if (issue != StoreIssue::None) showNotice(m);
//       if (auto saved = store->load(); saved && saved.value()) prefill(*saved.value());
//   });
//   store->open();
//   ...
//   store->save(metadata);   // synchronous once opened
//   store->wipe();           // logout: rows, file and keychain entry; then wiped()/wipeFailed()
class EncryptedSessionStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EncryptedSessionStore)

public:
    explicit EncryptedSessionStore(const QString &path, QObject *parent = nullptr);
    ~EncryptedSessionStore() override;

    // <AppDataLocation>/session.db.
    static QString defaultPath();
    // The keychain entry (KeychainSecretStore::entryKey) holding the key of the store at `path`.
    static QString keychainEntryKey(const QString &path);
    // Words for the person about `issue`; empty for None.
    static QString describe(StoreIssue issue);

    QString path() const;
    bool isOpen() const;
    // False while the store lives in memory only (see StoreIssue).
    bool isPersistent() const;
    StoreIssue issue() const;

    // Reads the key from the keychain and opens (or makes) the store; ends with opened() or, if
    // not even a store in memory can be made, failed(). Does nothing while open or opening.
    void open();
    void close();

    // The saved metadata, or nullopt when nothing was saved.
    Result<std::optional<SessionMetadata>> load() const;
    Status save(const SessionMetadata &metadata);

    // Logout: deletes the rows, closes and removes the file (and any -journal, -wal, -shm), and
    // removes the key from the keychain; ends with wiped() or wipeFailed().
    void wipe();

Q_SIGNALS:
    void opened(tv::store::StoreIssue issue, const QString &message);
    void failed(tv::store::StoreIssue issue, const QString &message);
    void wiped();
    void wipeFailed(tv::store::StoreIssue issue, const QString &message);

private:
    void keyRead(const QByteArray &secret);
    void keyNotRead(SecretFailure failure);
    void createFresh(StoreIssue issue);
    void openInMemory(StoreIssue issue);
    void finishOpen(StoreIssue issue, bool persistent);
    bool openFile(const QByteArray &key);
    bool ensureSchema();
    bool removeFiles() const;
    QByteArray fileSalt() const;
    QUrl keychainScope() const;
    SqlCipherDriver *driver() const;

    QString m_path;
    QString m_connection;
    KeychainSecretStore *m_keychain;
    bool m_busy = false;
    bool m_persistent = false;
    StoreIssue m_issue = StoreIssue::None;
};

} // namespace tv::store
