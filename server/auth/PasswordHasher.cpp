#include "server/auth/PasswordHasher.h"

#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"

#include <QByteArray>

#include <mutex>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tv::server::auth {
namespace {

// The UTF-8 bytes of a password, wiped when they go out of scope.
class SecretBytes final {
public:
    Q_DISABLE_COPY_MOVE(SecretBytes)
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

bool PasswordHasher::initialiseSodium()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

PasswordHasher::PasswordHasher()
    : m_opsLimit(crypto_pwhash_OPSLIMIT_INTERACTIVE)
    , m_memLimit(crypto_pwhash_MEMLIMIT_INTERACTIVE)
{
    if (!initialiseSodium())
        qFatal("libsodium could not be initialised");
    // A fresh random password for the dummy hash: no one, not even this process, keeps it.
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    const QString secret = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex());
    sodium_memzero(random, sizeof random);
    Result<QString> dummy = hash(secret);
    if (!dummy)
        qFatal("could not compute the dummy password hash");
    m_dummyHash = dummy.value();
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), m_opsLimit, m_memLimit) != 0) {
        return Error{QString(errc::CryptoFailed),
                     u"Hashing a password failed: the service is out of memory."_s};
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    const QByteArray stored = storedHash.toLatin1();
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::verifyDummy(const QString &password) const
{
    verify(m_dummyHash, password);
    return false;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace tv::server::auth
