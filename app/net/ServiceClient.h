#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QLatin1StringView>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSslCertificate;

namespace tv::net {

// Error codes that only the client produces (the shared ones are in domain/ErrorCode.h).
namespace errc {
// The server address is not https, and not plain http to this computer either.
inline constexpr QLatin1StringView InsecureUrl{"insecure_url"};
// The server address is empty or not a valid http(s) URL.
inline constexpr QLatin1StringView InvalidUrl{"invalid_url"};
// The server's public key is not one of the pinned ones.
inline constexpr QLatin1StringView PinMismatch{"pin_mismatch"};
// A configured pin is not a base64 SHA-256 digest.
inline constexpr QLatin1StringView InvalidPin{"invalid_pin"};
} // namespace errc

class HealthReply;
class LoginReply;

// The one way the client talks to the service: one QNetworkAccessManager with no disk cache,
// cookies kept in memory only, no redirects followed, HTTPS required except to this computer,
// every TLS error fatal, optionally the server's public key pinned, a transfer timeout on every
// request, and reads (never writes) retried when the connection itself failed. Bodies are decoded
// with the domain wire format; every failure becomes a tv::Error whose message is plain words.
//
// Each call returns a reply object owned by the client. It emits exactly one of its signals,
// always after the call has returned, and then deletes itself (later).
class ServiceClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceClient)

public:
    static constexpr std::chrono::milliseconds DefaultTransferTimeout{30000};

    explicit ServiceClient(QObject *parent = nullptr);
    ~ServiceClient() override;

    // Accepts https:// to any host and http:// only to a loopback address or localhost.
    static Status checkBaseUrl(const QUrl &url);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;

    // The bearer token sent with every request from now on; kept in memory only, never logged.
    void setAccessToken(const QString &token);
    void clearAccessToken();
    bool hasAccessToken() const;

    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const;

    // Accept the server only when its certificate's public key (SubjectPublicKeyInfo) has one of
    // these SHA-256 digests, given in base64 as `openssl x509 -pubkey -noout | openssl pkey
    // -pubin -outform der | openssl dgst -sha256 -binary | base64` prints them. The usual
    // verification still applies. An empty list pins nothing; a malformed pin is refused.
    Status setPinnedKeys(const QStringList &sha256Base64);
    // Certificate authorities to trust besides the system's (a council's own CA).
    void addCertificateAuthorities(const QList<QSslCertificate> &authorities);

    // GET /api/v1/health
    HealthReply *health();
    // POST /api/v1/auth/login
    LoginReply *login(const LoginRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The pending answer to one ServiceClient call. It emits exactly one of `failed` or its
// subclass's `succeeded`, always after the call has returned, and then deletes itself (later).
class ApiReply : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    // Stops the request; no signal is emitted afterwards.
    void abort();

Q_SIGNALS:
    void failed(const tv::Error &error);

protected:
    explicit ApiReply(QObject *parent);

    // Emits `succeeded` with the value or `failed` with the error, then deletes the reply.
    template <typename T, typename Reply>
    void complete(const Result<T> &result, void (Reply::*succeeded)(const T &))
    {
        m_abort = nullptr;
        if (result)
            Q_EMIT(static_cast<Reply *>(this)->*succeeded)(result.value());
        else
            Q_EMIT failed(result.error());
        deleteLater();
    }

private:
    friend class ServiceClient;
    std::function<void()> m_abort;
};

// The pending answer to ServiceClient::health().
class HealthReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthReply)

public:
    ~HealthReply() override;

Q_SIGNALS:
    void succeeded(const tv::Health &health);

private:
    friend class ServiceClient;
    explicit HealthReply(QObject *parent);
};

// The pending answer to ServiceClient::login().
class LoginReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginReply)

public:
    ~LoginReply() override;

Q_SIGNALS:
    void succeeded(const tv::SessionGrant &grant);

private:
    friend class ServiceClient;
    explicit LoginReply(QObject *parent);
};

} // namespace tv::net
