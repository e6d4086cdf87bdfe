#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

class QTemporaryDir;

namespace tv::test {

// A self-signed certificate for 127.0.0.1 and its key, made by openssl in a directory.
struct SelfSigned {
    QSslCertificate certificate;
    QSslKey key;
    QString certificateFile; // PEM
    QString keyFile;         // PEM, unencrypted
};

std::optional<SelfSigned> makeSelfSigned(const QTemporaryDir &dir);

// The base64 SHA-256 of a certificate's public key, computed by openssl as an administrator
// would compute the pin for the deployment's configuration. Empty when openssl failed.
QString pinOf(const QString &certificateFile);

} // namespace tv::test
