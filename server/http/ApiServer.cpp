#include "ApiServer.h"

#include "HttpCompat.h"
#include "LoggingCategories.h"
#include "RequestBody.h"
#include "ServerErrors.h"
#include "auth/AuthService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "domain/ErrorCode.h"
#include "domain/Version.h"
#include "domain/WireFormat.h"

#include <QHttpServer>
#include <QSslServer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

QLatin1StringView methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET"_L1;
    case M::Put:
        return "PUT"_L1;
    case M::Delete:
        return "DELETE"_L1;
    case M::Post:
        return "POST"_L1;
    case M::Head:
        return "HEAD"_L1;
    case M::Options:
        return "OPTIONS"_L1;
    case M::Patch:
        return "PATCH"_L1;
    case M::Connect:
        return "CONNECT"_L1;
    case M::Trace:
        return "TRACE"_L1;
    default:
        return "UNKNOWN"_L1;
    }
}

} // namespace

ApiServer::ApiServer(const db::Database &database, const auth::AuthService &auth, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_auth(auth)
    , m_options(options)
    , m_server(new QHttpServer(this))
{
    addRoute(u"/api/v1/health"_s, Method::Get, &ApiServer::health);
    addRoute(u"/api/v1/auth/login"_s, Method::Post, &ApiServer::login);
    compat::setMissingHandler(
        *m_server, this, [this](const QHttpServerRequest &request) { return unrouted(request); });
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoute(const QString &path, Method method, Handler handler)
{
    m_routes[path] << method;
    const bool added =
        bool(m_server->route(path, method, [this, handler](const QHttpServerRequest &request) {
            return (this->*handler)(request);
        }));
    Q_ASSERT_X(added, "ApiServer::addRoute", "QHttpServer refused a route");
    Q_UNUSED(added)
}

Status ApiServer::listen(const QHostAddress &address, quint16 port,
                         const std::optional<QSslConfiguration> &tls)
{
    if (m_listener) {
        return Error{QString(errc::AlreadyStarted),
                     u"The API is already listening on %1."_s.arg(baseUrl().toString())};
    }

    std::unique_ptr<QTcpServer> listener;
    if (tls) {
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(*tls);
        sslServer->setHandshakeTimeout(10'000);
        connect(sslServer.get(), &QSslServer::errorOccurred, this,
                [](QSslSocket *, QAbstractSocket::SocketError error) {
                    qCDebug(lcHttp) << "a TLS connection failed:" << error;
                });
        listener = std::move(sslServer);
    } else {
        listener = std::make_unique<QTcpServer>();
    }

    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? u"[%1]:%2"_s.arg(address.toString(), QString::number(port))
                              : u"%1:%2"_s.arg(address.toString(), QString::number(port));
    if (!listener->listen(address, port)) {
        return Error{QString(errc::ListenFailed),
                     u"Could not listen on %1: %2."_s.arg(where, listener->errorString())};
    }
    QTcpServer *raw = listener.release();
    if (!compat::bind(*m_server, raw)) {
        delete raw;
        return Error{
            QString(errc::ListenFailed),
            u"Could not serve HTTP on %1: the HTTP server refused the listener."_s.arg(where)};
    }
    m_listener = raw;
    m_tls = tls.has_value();
    qCInfo(lcHttp).noquote() << "listening on" << baseUrl().toString();
    return Done{};
}

bool ApiServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QUrl ApiServer::baseUrl() const
{
    if (!m_listener)
        return {};
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(m_listener->serverAddress().toString());
    url.setPort(m_listener->serverPort());
    return url;
}

QHttpServerResponse ApiServer::reply(StatusCode status, const QJsonObject &body,
                                     QList<compat::Header> headers) const
{
    if (m_tls)
        headers << compat::Header{"Strict-Transport-Security"_ba, "max-age=31536000"_ba};
    return jsonResponse(status, body, headers);
}

QHttpServerResponse ApiServer::errorReply(const Error &error, QList<compat::Header> headers) const
{
    const StatusCode status = statusFor(error);
    if (status == StatusCode::InternalServerError) {
        // The cause stays in the log (its messages hold no personal data); the client learns
        // only that the service failed.
        qCWarning(lcHttp).noquote() << "request failed:" << error.code << error.message;
        return reply(status,
                     wire::errorBody(Error{QString(tv::errc::ServerFault),
                                           u"The service could not complete the request. "
                                           u"Try again later."_s}),
                     std::move(headers));
    }
    return reply(status, wire::errorBody(error), std::move(headers));
}

QHttpServerResponse ApiServer::health(const QHttpServerRequest &) const
{
    const Result<int> schemaVersion = db::Migrator(m_database).currentVersion();
    if (!schemaVersion) {
        qCWarning(lcHttp).noquote() << "health check failed:" << schemaVersion.error().message;
        return reply(StatusCode::ServiceUnavailable,
                     wire::errorBody(Error{QString(tv::errc::ServerFault),
                                           u"The service cannot reach its database."_s}));
    }
    const Health health{u"ok"_s, ProductVersion.toString(), schemaVersion.value(),
                        m_options.training};
    return reply(StatusCode::Ok, wire::toJson(health));
}

QHttpServerResponse ApiServer::login(const QHttpServerRequest &request) const
{
    const Result<QJsonObject> body = readJsonObject(request);
    if (!body)
        return errorReply(body.error());
    const Result<LoginRequest> credentials = wire::fromJson<LoginRequest>(body.value());
    if (!credentials)
        return errorReply(credentials.error());
    const Result<SessionGrant> grant = m_auth.login(credentials.value());
    if (!grant)
        return errorReply(grant.error());
    return reply(StatusCode::Ok, wire::toJson(grant.value()));
}

QHttpServerResponse ApiServer::unrouted(const QHttpServerRequest &request) const
{
    // The path is not logged: later versions carry identifiers in it.
    const auto allowed = m_routes.constFind(request.url().path());
    if (allowed == m_routes.cend()) {
        qCDebug(lcHttp).noquote() << methodName(request.method()) << "(no such path) -> 404";
        return errorReply(
            Error{QString(tv::errc::NotFound), u"The API has nothing at this address."_s});
    }

    QStringList names;
    for (const Method method : *allowed)
        names << QString(methodName(method));
    qCDebug(lcHttp).noquote() << methodName(request.method()) << "(method not allowed) -> 405";
    return errorReply(Error{QString(tv::errc::MethodNotAllowed),
                            u"This address does not take %1; it takes %2."_s.arg(
                                QString(methodName(request.method())), names.join(u", "_s))},
                      {{"Allow"_ba, names.join(u", "_s).toLatin1()}});
}

} // namespace tv::server::http
