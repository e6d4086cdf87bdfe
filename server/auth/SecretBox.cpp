#include "server/auth/SecretBox.h"

#include "server/ServerErrors.h"
#include "server/auth/PasswordHasher.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tv::server::auth {
namespace {

Error cryptoFailed(const QString &message)
{
    return Error{QString(errc::CryptoFailed), message};
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

} // namespace

SecretBox::SecretBox(QByteArray key)
    : m_key(std::move(key))
{}

SecretBox::SecretBox(const SecretBox &other) = default;
SecretBox &SecretBox::operator=(const SecretBox &other) = default;

SecretBox::~SecretBox()
{
    // Only the last copy of the shared buffer wipes it.
    if (m_key.isDetached())
        wipe(m_key);
}

Result<SecretBox> SecretBox::fromKey(const QByteArray &key)
{
    if (key.size() != KeyBytes)
        return cryptoFailed(u"A secret key must have %1 bytes."_s.arg(KeyBytes));
    if (!PasswordHasher::initialiseSodium())
        return cryptoFailed(u"libsodium could not be initialised."_s);
    return SecretBox(key);
}

Result<SecretBox> SecretBox::fromKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{
            QString(errc::InvalidConfig),
            u"The secret key file '%1' cannot be read: %2."_s.arg(path, file.errorString())};
    }
    QByteArray text = file.read(4096).trimmed();
    const bool hex =
        text.size() == 2 * KeyBytes && std::all_of(text.cbegin(), text.cend(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        });
    if (!hex) {
        wipe(text);
        return Error{QString(errc::InvalidConfig),
                     u"The secret key file '%1' must hold 64 hex digits (32 random bytes), "
                     u"e.g. from 'openssl rand -hex 32'."_s.arg(path)};
    }
    QByteArray key = QByteArray::fromHex(text);
    wipe(text);
    Result<SecretBox> box = fromKey(key);
    wipe(key);
    return box;
}

Result<SecretBox> SecretBox::fromKeyFileOrNew(const QString &path)
{
    const auto cannotWrite = [&path](int error) {
        return Error{QString(errc::InvalidConfig),
                     u"The training key file '%1' cannot be written: %2."_s.arg(
                         path, QString::fromLocal8Bit(std::strerror(error)))};
    };
    if (!QFileInfo::exists(path)) {
        // O_EXCL: never over a file made meanwhile; the mode gives 0600 (a umask only takes away).
        const QByteArray name = QFile::encodeName(path);
        const int fd =
            ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0 && errno != EEXIST)
            return cannotWrite(errno);
        if (fd >= 0) {
            const SecretBox box = random();
            QByteArray text = box.m_key.toHex() + '\n';
            const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
            const int writeError = errno;
            wipe(text);
            if (::close(fd) != 0 || !written) {
                const int error = written ? errno : writeError;
                ::unlink(name.constData());
                return cannotWrite(error);
            }
        }
    }
    return fromKeyFile(path);
}

SecretBox SecretBox::random()
{
    if (!PasswordHasher::initialiseSodium())
        qFatal("libsodium could not be initialised");
    QByteArray key(KeyBytes, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return SecretBox(std::move(key));
}

Result<QString> SecretBox::seal(const QByteArray &plaintext) const
{
    QByteArray out(qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) +
                       plaintext.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    if (crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                              reinterpret_cast<const unsigned char *>(plaintext.constData()),
                              quint64(plaintext.size()), nonce,
                              reinterpret_cast<const unsigned char *>(m_key.constData())) != 0) {
        return cryptoFailed(u"A secret could not be sealed."_s);
    }
    return QString::fromLatin1(out.toBase64());
}

Result<QByteArray> SecretBox::open(const QString &sealed) const
{
    const QByteArray bytes = QByteArray::fromBase64(sealed.toLatin1());
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (bytes.size() < overhead)
        return cryptoFailed(u"A sealed secret is damaged."_s);
    const auto *nonce = reinterpret_cast<const unsigned char *>(bytes.constData());
    QByteArray plain(bytes.size() - overhead, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char *>(plain.data()), nonce + crypto_secretbox_NONCEBYTES,
            quint64(bytes.size()) - crypto_secretbox_NONCEBYTES, nonce,
            reinterpret_cast<const unsigned char *>(m_key.constData())) != 0) {
        return cryptoFailed(
            u"A sealed secret cannot be opened: it was sealed under another key or changed."_s);
    }
    return plain;
}

} // namespace tv::server::auth
