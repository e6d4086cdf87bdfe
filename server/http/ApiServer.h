#pragma once

#include "JsonResponse.h"
#include "domain/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QTcpServer;
QT_END_NAMESPACE

namespace tv::server::db {
class Database;
}

namespace tv::server::auth {
class AuthService;
}

namespace tv::server::http {

// The HTTP API, version 1:
//   GET  /api/v1/health      -> tv::Health
//   POST /api/v1/auth/login  tv::LoginRequest -> tv::SessionGrant
// Every answer, errors included, is JSON in the wire format of "domain/WireFormat.h". A request
// for a path the API does not have gets 404 not_found; a method a path does not take gets 405
// method_not_allowed with an Allow header. A client mistake is never a 500.
class ApiServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    struct Options {
        bool training = false;
    };

    ApiServer(const db::Database &database, const auth::AuthService &auth, Options options,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Listens on `address`:`port` (0: any free port) over TLS when `tls` is given (QSslServer),
    // plain HTTP otherwise, and serves the API there. Once per ApiServer.
    Status listen(const QHostAddress &address, quint16 port,
                  const std::optional<QSslConfiguration> &tls = std::nullopt);
    bool isListening() const;
    QUrl baseUrl() const; // e.g. https://127.0.0.1:8443

private:
    using Method = QHttpServerRequest::Method;
    using Handler = QHttpServerResponse (ApiServer::*)(const QHttpServerRequest &) const;

    void addRoute(const QString &path, Method method, Handler handler);

    QHttpServerResponse health(const QHttpServerRequest &request) const;
    QHttpServerResponse login(const QHttpServerRequest &request) const;
    QHttpServerResponse unrouted(const QHttpServerRequest &request) const;

    QHttpServerResponse reply(StatusCode status, const QJsonObject &body,
                              QList<compat::Header> headers = {}) const;
    QHttpServerResponse errorReply(const Error &error, QList<compat::Header> headers = {}) const;

    const db::Database &m_database;
    const auth::AuthService &m_auth;
    Options m_options;
    QHttpServer *m_server;
    QTcpServer *m_listener = nullptr; // owned by m_server once bound
    bool m_tls = false;
    QHash<QString, QList<Method>> m_routes; // path -> the methods it takes
};

} // namespace tv::server::http
