#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QLatin1StringView>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tv::net {

// Error codes that only the client produces (the shared ones are in domain/ErrorCode.h).
namespace errc {
// The server address is not https, and not plain http to this computer either.
inline constexpr QLatin1StringView InsecureUrl{"insecure_url"};
// The server address is empty or not a valid http(s) URL.
inline constexpr QLatin1StringView InvalidUrl{"invalid_url"};
} // namespace errc

class HealthReply;
class LoginReply;

// The one way the client talks to the service: one QNetworkAccessManager with no disk cache,
// cookies kept in memory only, no redirects followed, HTTPS required except to this computer,
// every TLS error fatal, and a transfer timeout on every request. Bodies are decoded with the
// domain wire format; every failure becomes a tv::Error whose message is plain words.
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

    // GET /api/v1/health
    HealthReply *health();
    // POST /api/v1/auth/login
    LoginReply *login(const LoginRequest &request);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The pending answer to ServiceClient::health().
class HealthReply final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthReply)

public:
    ~HealthReply() override;

    // Stops the request; neither signal is emitted afterwards.
    void abort();

Q_SIGNALS:
    void succeeded(const tv::Health &health);
    void failed(const tv::Error &error);

private:
    friend class ServiceClient;
    explicit HealthReply(QObject *parent);
    void finish(const Result<Health> &result);

    std::function<void()> m_abort;
};

// The pending answer to ServiceClient::login().
class LoginReply final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginReply)

public:
    ~LoginReply() override;

    // Stops the request; neither signal is emitted afterwards.
    void abort();

Q_SIGNALS:
    void succeeded(const tv::SessionGrant &grant);
    void failed(const tv::Error &error);

private:
    friend class ServiceClient;
    explicit LoginReply(QObject *parent);
    void finish(const Result<SessionGrant> &result);

    std::function<void()> m_abort;
};

} // namespace tv::net
