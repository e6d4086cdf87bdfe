#pragma once

#include "models/domain/Result.h"

#include <QSslConfiguration>
#include <QString>

namespace tv::server::http {

// The TLS set-up of the listener: the certificate chain (PEM, leaf first) and its unencrypted
// private key (PEM, RSA or EC), TLS 1.2 or later only.
Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile,
                                               const QString &privateKeyFile);

} // namespace tv::server::http
