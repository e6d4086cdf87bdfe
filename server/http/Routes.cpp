#include "server/http/Routes.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/Version.h"
#include "models/domain/WireFormat.h"
#include "server/LoggingCategories.h"
#include "server/db/Migrator.h"

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

//   GET  /api/v1/health                    -> tv::Health
QHttpServerResponse health(const RouteContext &api, const Call &)
{
    const Result<int> schemaVersion = db::Migrator(api.database).currentVersion();
    if (!schemaVersion) {
        qCWarning(lcHttp).noquote() << "health check failed:" << schemaVersion.error().message;
        return api.reply(StatusCode::ServiceUnavailable,
                         wire::errorBody(Error{QString(tv::errc::ServerFault),
                                               u"The service cannot reach its database."_s}));
    }
    const Health health{u"ok"_s, ProductVersion.toString(), schemaVersion.value(), api.training};
    return api.reply(StatusCode::Ok, wire::toJson(health));
}

QList<Route> allRoutes()
{
    RouteTable table;
    table.add(QHttpServerRequest::Method::Get, u"/api/v1/health"_s, Access::Public, &health);
    addAuthRoutes(table);
    addPersonRoutes(table);
    addAdminRoutes(table);
    addReportRoutes(table);
    return table.routes();
}

} // namespace

void RouteTable::add(QHttpServerRequest::Method method, const QString &path, Access access,
                     Handler handler)
{
    m_routes.append({method, path, access, handler});
}

const QList<Route> &apiRoutes()
{
    static const QList<Route> routes = allRoutes();
    return routes;
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization"_ba);
    const QByteArray scheme = "Bearer "_ba;
    if (!header.startsWith(scheme))
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

QHttpServerResponse RouteContext::reply(StatusCode status, const QJsonObject &body,
                                        QList<compat::Header> headers) const
{
    if (tls)
        headers << compat::Header{"Strict-Transport-Security"_ba, "max-age=31536000"_ba};
    return jsonResponse(status, body, headers);
}

QHttpServerResponse RouteContext::errorReply(const Error &error,
                                             QList<compat::Header> headers) const
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

QHttpServerResponse RouteContext::answerJson(const Result<QJsonObject> &result) const
{
    return answerJson(StatusCode::Ok, result);
}

QHttpServerResponse RouteContext::answerJson(StatusCode status,
                                             const Result<QJsonObject> &result) const
{
    if (!result)
        return errorReply(result.error());
    return reply(status, result.value());
}

} // namespace tv::server::http
