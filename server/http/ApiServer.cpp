#include "server/http/ApiServer.h"

#include "models/domain/ErrorCode.h"
#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/access/AccessGate.h"
#include "server/access/RecordAccess.h"
#include "server/admin/AdminServices.h"
#include "server/auth/AuthService.h"
#include "server/http/HttpCompat.h"

#include <QHttpServer>
#include <QSslServer>
#include <QTcpServer>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

QLatin1StringView methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    static constexpr std::pair<M, QLatin1StringView> Names[] = {
        {M::Get, "GET"_L1},     {M::Put, "PUT"_L1},         {M::Delete, "DELETE"_L1},
        {M::Post, "POST"_L1},   {M::Head, "HEAD"_L1},       {M::Options, "OPTIONS"_L1},
        {M::Patch, "PATCH"_L1}, {M::Connect, "CONNECT"_L1}, {M::Trace, "TRACE"_L1},
    };
    for (const auto &[known, name] : Names) {
        if (known == method)
            return name;
    }
    return "UNKNOWN"_L1;
}

// The rules' as-of date for the services: the one given, or none (they then take today's date).
std::function<QDate()> asOfDate(const ApiServer::Options &options)
{
    if (!options.asOf)
        return {};
    return [date = *options.asOf] {
        return date;
    };
}

} // namespace

ApiServer::ApiServer(const db::Database &database, const auth::AuthService &auth, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_gate(std::make_unique<access::AccessGate>(
          database, access::AccessGate::Options{options.access, asOfDate(options)}))
    , m_records(std::make_unique<access::RecordAccess>(
          database,
          access::RecordAccess::Options{asOfDate(options), options.access.transformContact}))
    , m_admin(std::make_unique<admin::AdminServices>(
          database, *m_gate, admin::AdminServices::Options{options.access, asOfDate(options)}))
    , m_context(std::make_unique<RouteContext>(RouteContext{
          database, auth, *m_gate, *m_records, *m_admin, options.access, options.training}))
    , m_server(new QHttpServer(this))
{
    for (const Route &route : apiRoutes())
        addRoute(route);
    compat::setMissingHandler(
        *m_server, this, [this](const QHttpServerRequest &request) { return unrouted(request); },
        answerHeaderNames());
}

QList<ApiServer::RouteInfo> ApiServer::routes()
{
    QList<RouteInfo> list;
    for (const Route &route : apiRoutes())
        list.append({QString(methodName(route.method)), route.path, route.access});
    return list;
}

ApiServer::~ApiServer() = default;

void ApiServer::addRoute(const Route &route)
{
    // For telling 404 from 405: the same path with any id where <arg> stands (as QHttpServer
    // matches it: one or more characters other than a slash).
    QString pattern = QRegularExpression::escape(route.path);
    pattern.replace(u"\\<arg\\>"_s, u"[^/]+"_s);
    m_routes.append(
        {QRegularExpression(QRegularExpression::anchoredPattern(pattern)), route.method});

    bool added = false;
    if (route.path.contains("<arg>"_L1)) {
        added = bool(
            m_server->route(route.path, route.method,
                            [this, route](const QString &arg, const QHttpServerRequest &request) {
                                return dispatch(route, request, arg);
                            }));
    } else {
        added = bool(m_server->route(route.path, route.method,
                                     [this, route](const QHttpServerRequest &request) {
                                         return dispatch(route, request, QString());
                                     }));
    }
    if (route.method == Method::Get) {
        // HEAD answers as GET does, without the body.
        added = added && compat::routeHead(
                             *m_server, route.path,
                             [this, route](const QString &arg, const QHttpServerRequest &request) {
                                 return dispatch(route, request, arg);
                             },
                             answerHeaderNames());
    }
    Q_ASSERT_X(added, "ApiServer::addRoute", "QHttpServer refused a route");
    Q_UNUSED(added)
}

QHttpServerResponse ApiServer::dispatch(const Route &route, const QHttpServerRequest &request,
                                        const QString &arg) const
{
    const RouteContext &api = *m_context;
    if (route.access == Access::Public)
        return route.handler(api, Call{request, arg, {}});
    const Result<User> user = caller(request);
    if (!user)
        return api.errorReply(user.error());
    if (route.access == Access::Admin && user.value().role != Role::Admin) {
        return api.errorReply(
            Error{QString(tv::errc::Forbidden), u"Only the Transform team can do this."_s});
    }
    if (route.access != Access::Session) {
        const auto scope = route.access == Access::Admin ? access::AccessGate::Scope::Admin
                                                         : access::AccessGate::Scope::Data;
        if (const Status open = m_gate->check(user.value(), scope); !open)
            return api.errorReply(open.error());
    }
    return route.handler(api, Call{request, arg, user.value()});
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
    m_context->tls = tls.has_value();
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
    url.setScheme(m_context->tls ? u"https"_s : u"http"_s);
    url.setHost(m_listener->serverAddress().toString());
    url.setPort(m_listener->serverPort());
    return url;
}

Result<User> ApiServer::caller(const QHttpServerRequest &request) const
{
    return m_context->auth.authenticate(bearerToken(request));
}

QHttpServerResponse ApiServer::unrouted(const QHttpServerRequest &request) const
{
    // The path is not logged: it can carry a record id.
    QList<Method> allowed;
    for (const auto &[pattern, method] : m_routes) {
        if (pattern.match(request.url().path()).hasMatch())
            allowed << method;
    }
    if (allowed.isEmpty()) {
        qCDebug(lcHttp).noquote() << methodName(request.method()) << "(no such path) -> 404";
        return m_context->errorReply(
            Error{QString(tv::errc::NotFound), u"The API has nothing at this address."_s});
    }

    QStringList names;
    for (const Method method : allowed)
        names << QString(methodName(method));
    qCDebug(lcHttp).noquote() << methodName(request.method()) << "(method not allowed) -> 405";
    // HEAD is answered as GET would be (without the body), so it is named as GET.
    const Method asked = request.method() == Method::Head ? Method::Get : Method(request.method());
    return m_context->errorReply(Error{QString(tv::errc::MethodNotAllowed),
                                       u"This address does not take %1; it takes %2."_s.arg(
                                           QString(methodName(asked)), names.join(u", "_s))},
                                 {{"Allow"_ba, names.join(u", "_s).toLatin1()}});
}

} // namespace tv::server::http
