#include "server/auth/SessionToken.h"

#include "server/auth/PasswordHasher.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace tv::server::auth {

SessionToken SessionToken::generate()
{
    if (!PasswordHasher::initialiseSodium())
        qFatal("libsodium could not be initialised");
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    SessionToken session;
    session.token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sodium_memzero(random.data(), size_t(random.size()));
    session.hash = hashOf(session.token);
    return session;
}

QString SessionToken::hashOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace tv::server::auth
