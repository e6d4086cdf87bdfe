#pragma once

#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/ServerConfig.h"
#include "server/http/JsonResponse.h"
#include "server/http/Routes.h"

#include <QDate>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QObject>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QTcpServer;
QT_END_NAMESPACE

namespace tv::server::http {

// The HTTP API, version 1 (server/openapi/transform-service.openapi.json describes it, and a test
// keeps the two in step). Each area adds its routes from its own file (see Routes.h): the routes
// of identity in AuthRoutes.cpp, of person data in PersonRoutes.cpp, of the statement and the
// admin API in AdminRoutes.cpp, of reports in ReportRoutes.cpp; health in Routes.cpp.
// Every route but health and login needs "Authorization: Bearer <token>"; what else each needs is
// its Access, checked in one place before its handler runs. Every answer, errors included, is
// JSON in the wire format of "models/domain/WireFormat.h". A request for a path the API does not
// have gets 404 not_found; a method a path does not take gets 405 method_not_allowed with an
// Allow header. A client mistake is never a 500.
class ApiServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    struct Options {
        bool training = false;
        std::optional<QDate> asOf; // the rules' as-of date; today when absent
        AccessPolicy access;
    };

    // What a route needs before its handler runs (Routes.h).
    using Access = http::Access;

    ApiServer(const db::Database &database, const auth::AuthService &auth, Options options,
              QObject *parent = nullptr);

    struct RouteInfo {
        QString method; // "GET", "POST", ...
        QString path;   // with <arg> where an id goes
        Access access;
    };
    // Every route the API has.
    static QList<RouteInfo> routes();
    ~ApiServer() override;

    // Listens on `address`:`port` (0: any free port) over TLS when `tls` is given (QSslServer),
    // plain HTTP otherwise, and serves the API there. Once per ApiServer.
    Status listen(const QHostAddress &address, quint16 port,
                  const std::optional<QSslConfiguration> &tls = std::nullopt);
    bool isListening() const;
    QUrl baseUrl() const; // e.g. https://127.0.0.1:8443

private:
    using Method = QHttpServerRequest::Method;
    void addRoute(const Route &route);
    // Checks the route's Access, then runs its handler.
    QHttpServerResponse dispatch(const Route &route, const QHttpServerRequest &request,
                                 const QString &arg) const;
    QHttpServerResponse unrouted(const QHttpServerRequest &request) const;
    // The signed-in user of a request (its bearer token), or the 401 to answer.
    Result<User> caller(const QHttpServerRequest &request) const;

    std::unique_ptr<access::AccessGate> m_gate;
    std::unique_ptr<access::RecordAccess> m_records;
    std::unique_ptr<admin::AdminServices> m_admin;
    std::unique_ptr<RouteContext> m_context; // what the handlers see
    QHttpServer *m_server;
    QTcpServer *m_listener = nullptr;                      // owned by m_server once bound
    QList<std::pair<QRegularExpression, Method>> m_routes; // path pattern -> a method it takes
};

} // namespace tv::server::http
