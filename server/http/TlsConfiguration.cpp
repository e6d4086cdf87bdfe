#include "server/http/TlsConfiguration.h"

#include "server/ServerErrors.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

Error tlsError(const QString &message)
{
    return Error{QString(errc::TlsSetupFailed), message};
}

} // namespace

Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile,
                                               const QString &privateKeyFile)
{
    if (!QSslSocket::supportsSsl())
        return tlsError(u"TLS is not available: Qt has no working TLS backend."_s);

    QFile certificates(certificateFile);
    if (!certificates.open(QIODevice::ReadOnly))
        return tlsError(u"The TLS certificate '%1' cannot be read."_s.arg(certificateFile));
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(certificates.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        return tlsError(
            u"The TLS certificate '%1' holds no PEM certificate."_s.arg(certificateFile));
    }

    QFile keyFile(privateKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return tlsError(u"The TLS private key '%1' cannot be read."_s.arg(privateKeyFile));
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        return tlsError(u"The TLS private key '%1' is not an unencrypted PEM RSA or EC "
                        u"private key."_s.arg(privateKeyFile));
    }

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return configuration;
}

} // namespace tv::server::http
