#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QObject>
#include <QString>
#include <QUrl>

namespace tv::store {

class SecretJob;

// Small secrets (keys, not data) in the operating system's keychain through QtKeychain: the
// Secret Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on
// Windows. Never falls back to a plain file. Every entry is namespaced by server and account, so
// two servers or two people on one computer never share a secret.
class KeychainSecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr QLatin1StringView ServiceName{"TransformView"};

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // The keychain key for `account` (a stable user id) on `server`, e.g.
    // "https://transform.example.org:8443|user-42".
    static QString entryKey(const QUrl &server, const QString &account);

    SecretJob *read(const QUrl &server, const QString &account);
    SecretJob *write(const QUrl &server, const QString &account, const QByteArray &secret);
    SecretJob *remove(const QUrl &server, const QString &account);
};

} // namespace tv::store
