#include "server/http/ApiServer.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/Version.h"
#include "models/domain/WireFormat.h"
#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/access/AccessGate.h"
#include "server/access/RecordAccess.h"
#include "server/admin/AdminServices.h"
#include "server/auth/AuthService.h"
#include "server/db/Database.h"
#include "server/db/Migrator.h"
#include "server/http/HttpCompat.h"
#include "server/http/RouteSupport.h"

#include <QHttpServer>
#include <QJsonArray>
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

access::RecordAccess::Options recordOptions(const ApiServer::Options &options)
{
    access::RecordAccess::Options records;
    records.transformContact = options.access.transformContact;
    if (options.asOf)
        records.today = [date = *options.asOf] {
            return date;
        };
    return records;
}

access::AccessGate::Options gateOptions(const ApiServer::Options &options)
{
    access::AccessGate::Options gate{options.access, {}};
    if (options.asOf)
        gate.today = [date = *options.asOf] {
            return date;
        };
    return gate;
}

} // namespace

ApiServer::ApiServer(const db::Database &database, const auth::AuthService &auth, Options options,
                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_auth(auth)
    , m_options(options)
    , m_gate(std::make_unique<access::AccessGate>(database, gateOptions(options)))
    , m_records(std::make_unique<access::RecordAccess>(database, recordOptions(options)))
    , m_admin(std::make_unique<admin::AdminServices>(
          database, *m_gate,
          admin::AdminServices::Options{options.access, gateOptions(options).today}))
    , m_server(new QHttpServer(this))
{
    for (const Route &route : routeTable())
        addRoute(route);
    compat::setMissingHandler(
        *m_server, this, [this](const QHttpServerRequest &request) { return unrouted(request); },
        answerHeaderNames());
}

QList<ApiServer::Route> ApiServer::routeTable()
{
    using enum Access;
    return {
        {Method::Get, u"/api/v1/health"_s, Public, &ApiServer::health},
        {Method::Post, u"/api/v1/auth/login"_s, Public, &ApiServer::login},
        {Method::Post, u"/api/v1/auth/activate"_s, Public, &ApiServer::activate},
        {Method::Post, u"/api/v1/auth/refresh"_s, Session, &ApiServer::refresh},
        {Method::Post, u"/api/v1/auth/logout"_s, Session, &ApiServer::logout},
        {Method::Post, u"/api/v1/auth/password"_s, Session, &ApiServer::changePassword},
        {Method::Post, u"/api/v1/auth/mfa/enrol"_s, Session, &ApiServer::enrolMfa},
        {Method::Post, u"/api/v1/auth/mfa/confirm"_s, Session, &ApiServer::confirmMfa},
        {Method::Get, u"/api/v1/me"_s, Session, &ApiServer::me},
        {Method::Get, u"/api/v1/access-reasons"_s, Data, &ApiServer::accessReasons},
        {Method::Get, u"/api/v1/sources"_s, Data, &ApiServer::sources},
        {Method::Post, u"/api/v1/search"_s, Data, &ApiServer::search},
        {Method::Post, u"/api/v1/persons/<arg>/view"_s, Data, &ApiServer::viewPerson},
        {Method::Post, u"/api/v1/households/<arg>/view"_s, Data, &ApiServer::viewHousehold},
        {Method::Get, u"/api/v1/statement"_s, Session, &ApiServer::statement},
        {Method::Post, u"/api/v1/statement/accept"_s, Session, &ApiServer::acceptStatement},
        {Method::Post, u"/api/v1/admin/statements"_s, Admin, &ApiServer::publishStatement},
        {Method::Post, u"/api/v1/admin/users"_s, Admin, &ApiServer::inviteUser},
        {Method::Get, u"/api/v1/admin/users"_s, Admin, &ApiServer::listUsers},
        {Method::Get, u"/api/v1/admin/users/<arg>"_s, Admin, &ApiServer::getUser},
        {Method::Post, u"/api/v1/admin/users/<arg>/verify-email"_s, Admin, &ApiServer::verifyEmail},
        {Method::Post, u"/api/v1/admin/users/<arg>/dbs"_s, Admin, &ApiServer::recordDbs},
        {Method::Post, u"/api/v1/admin/users/<arg>/training"_s, Admin, &ApiServer::recordTraining},
        {Method::Post, u"/api/v1/admin/users/<arg>/safer-recruitment"_s, Admin,
         &ApiServer::recordSaferRecruitment},
        {Method::Post, u"/api/v1/admin/users/<arg>/suspend"_s, Admin, &ApiServer::suspendUser},
        {Method::Post, u"/api/v1/admin/users/<arg>/reactivate"_s, Admin,
         &ApiServer::reactivateUser},
        {Method::Post, u"/api/v1/admin/users/<arg>/revoke-sessions"_s, Admin,
         &ApiServer::revokeSessions},
        {Method::Post, u"/api/v1/admin/organisations"_s, Admin, &ApiServer::createOrganisation},
        {Method::Get, u"/api/v1/admin/organisations"_s, Admin, &ApiServer::listOrganisations},
        {Method::Put, u"/api/v1/admin/organisations/<arg>/agreement"_s, Admin,
         &ApiServer::recordAgreement},
        {Method::Get, u"/api/v1/admin/lapsing"_s, Admin, &ApiServer::lapsing},
        {Method::Get, u"/api/v1/admin/audit"_s, Admin, &ApiServer::readAudit},
        {Method::Post, u"/api/v1/admin/persons/<arg>/restrict"_s, Admin,
         &ApiServer::restrictPerson},
        {Method::Post, u"/api/v1/admin/persons/<arg>/unrestrict"_s, Admin,
         &ApiServer::unrestrictPerson},
        {Method::Post, u"/api/v1/persons/<arg>/reports"_s, Data, &ApiServer::fileReport},
        {Method::Get, u"/api/v1/reports/mine"_s, Session, &ApiServer::myReports},
        {Method::Get, u"/api/v1/admin/reports"_s, Admin, &ApiServer::listReports},
        {Method::Post, u"/api/v1/admin/reports/<arg>/forward"_s, Admin, &ApiServer::forwardReport},
        {Method::Post, u"/api/v1/admin/reports/<arg>/resolve"_s, Admin, &ApiServer::resolveReport},
        {Method::Get, u"/api/v1/admin/persons/<arg>/subject-access-pack"_s, Admin,
         &ApiServer::subjectAccessPack},
    };
}

QList<ApiServer::RouteInfo> ApiServer::routes()
{
    QList<RouteInfo> list;
    for (const Route &route : routeTable())
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
    if (route.access == Access::Public)
        return (this->*route.handler)(Call{request, arg, {}});
    const Result<User> user = caller(request);
    if (!user)
        return errorReply(user.error());
    if (route.access == Access::Admin && user.value().role != Role::Admin) {
        return errorReply(
            Error{QString(tv::errc::Forbidden), u"Only the Transform team can do this."_s});
    }
    if (route.access != Access::Session) {
        const auto scope = route.access == Access::Admin ? access::AccessGate::Scope::Admin
                                                         : access::AccessGate::Scope::Data;
        if (const Status open = m_gate->check(user.value(), scope); !open)
            return errorReply(open.error());
    }
    return (this->*route.handler)(Call{request, arg, user.value()});
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

QHttpServerResponse ApiServer::health(const Call &) const
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

Result<User> ApiServer::caller(const QHttpServerRequest &request) const
{
    return m_auth.authenticate(bearerToken(request));
}

QHttpServerResponse ApiServer::accessReasons(const Call &) const
{
    QJsonArray reasons;
    for (const AccessReasonOption &option : access::RecordAccess::reasons())
        reasons.append(wire::toJson(option));
    return reply(StatusCode::Ok, {{"reasons"_L1, reasons}});
}

QHttpServerResponse ApiServer::sources(const Call &) const
{
    const Result<QList<SourceCoverage>> coverage = m_records->coverage();
    if (!coverage)
        return errorReply(coverage.error());
    QJsonArray sources;
    for (const SourceCoverage &source : coverage.value())
        sources.append(wire::toJson(source));
    return reply(StatusCode::Ok, {{"sources"_L1, sources}});
}

QHttpServerResponse ApiServer::answerJson(const Result<QJsonObject> &result) const
{
    return answerJson(StatusCode::Ok, result);
}

QHttpServerResponse ApiServer::answerJson(StatusCode status,
                                          const Result<QJsonObject> &result) const
{
    if (!result)
        return errorReply(result.error());
    return reply(status, result.value());
}

QHttpServerResponse ApiServer::search(const Call &call) const
{
    return answerJson(withBody<SearchCriteria>(call.request, [&](const SearchCriteria &criteria) {
        return m_records->search(call.user, criteria);
    }));
}

QHttpServerResponse ApiServer::viewPerson(const Call &call) const
{
    return answerJson(withBody<ViewRequest>(call.request, [&](const ViewRequest &view) {
        return m_records->viewPerson(call.user, call.arg, view.reason);
    }));
}

QHttpServerResponse ApiServer::viewHousehold(const Call &call) const
{
    return answerJson(withBody<ViewRequest>(call.request, [&](const ViewRequest &view) {
        return m_records->viewHousehold(call.user, call.arg, view.reason);
    }));
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
        return errorReply(
            Error{QString(tv::errc::NotFound), u"The API has nothing at this address."_s});
    }

    QStringList names;
    for (const Method method : allowed)
        names << QString(methodName(method));
    qCDebug(lcHttp).noquote() << methodName(request.method()) << "(method not allowed) -> 405";
    // HEAD is answered as GET would be (without the body), so it is named as GET.
    const Method asked = request.method() == Method::Head ? Method::Get : Method(request.method());
    return errorReply(Error{QString(tv::errc::MethodNotAllowed),
                            u"This address does not take %1; it takes %2."_s.arg(
                                QString(methodName(asked)), names.join(u", "_s))},
                      {{"Allow"_ba, names.join(u", "_s).toLatin1()}});
}

} // namespace tv::server::http
