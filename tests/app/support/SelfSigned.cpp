#include "tests/app/support/SelfSigned.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tv::test {

std::optional<SelfSigned> makeSelfSigned(const QTemporaryDir &dir)
{
    const QString certificateFile = dir.filePath(u"cert.pem"_s);
    const QString keyFile = dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                   keyFile, u"-out"_s, certificateFile});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return std::nullopt;
    const auto certificates = QSslCertificate::fromPath(certificateFile);
    QFile key(keyFile);
    if (certificates.size() != 1 || !key.open(QIODevice::ReadOnly))
        return std::nullopt;
    SelfSigned made{certificates.constFirst(), QSslKey(&key, QSsl::Ec), certificateFile, keyFile};
    if (made.key.isNull())
        return std::nullopt;
    return made;
}

QString pinOf(const QString &certificateFile)
{
    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s,
                          u"openssl x509 -in \"$0\" -pubkey -noout | openssl pkey -pubin "
                          u"-outform der | openssl dgst -sha256 -binary | base64"_s,
                          certificateFile});
    if (!shell.waitForFinished(60000) || shell.exitCode() != 0)
        return {};
    return QString::fromLatin1(shell.readAllStandardOutput().trimmed());
}

} // namespace tv::test
