#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace tv::server::auth {

// Argon2id password hashes through libsodium (crypto_pwhash_str), in its self-describing
// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" form.
class PasswordHasher final {
public:
    // Interactive limits: about 64 MiB and a few tens of milliseconds per hash.
    PasswordHasher();

    // Initialises libsodium once per process; every other function calls it.
    static bool initialiseSodium();

    Result<QString> hash(const QString &password) const;
    bool verify(const QString &storedHash, const QString &password) const;
    // Verifies against a hash nobody knows the password of, so a login for an account that does
    // not exist takes as long as one for an account that does. Always false.
    bool verifyDummy(const QString &password) const;
    // True when `storedHash` was made with other limits than this hasher's.
    bool needsRehash(const QString &storedHash) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    QString m_dummyHash;
};

} // namespace tv::server::auth
