#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QString>

namespace tv::server::auth {

// Seals small secrets (TOTP secrets) before they are stored, with libsodium's crypto_secretbox
// (XSalsa20-Poly1305) under the service's 32-byte key: a copy of the database alone does not give
// anyone the second factor. Sealed text is base64 of nonce + ciphertext.
class SecretBox final {
public:
    static constexpr int KeyBytes = 32;

    // The key in `path`: 64 hex digits (surrounding white space ignored). Errors name the problem,
    // never the key.
    static Result<SecretBox> fromKeyFile(const QString &path);
    // The key in `path` as fromKeyFile() reads it; when there is no file at `path`, a new random
    // key written there first, readable and writable by the owner only (0600). For training on a
    // database file, whose enrolments outlive the process.
    static Result<SecretBox> fromKeyFileOrNew(const QString &path);
    // A throwaway random key, for training mode: what it seals is lost when the process ends.
    static SecretBox random();
    // `key` must have KeyBytes bytes.
    static Result<SecretBox> fromKey(const QByteArray &key);

    SecretBox(const SecretBox &other);
    SecretBox &operator=(const SecretBox &other);
    ~SecretBox();

    Result<QString> seal(const QByteArray &plaintext) const;
    // Errors: crypto_failed when `sealed` was not made under this key or was changed.
    Result<QByteArray> open(const QString &sealed) const;

private:
    explicit SecretBox(QByteArray key);

    QByteArray m_key;
};

} // namespace tv::server::auth
