#pragma once

#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/ServerConfig.h"
#include "server/db/DatabaseFwd.h"
#include "server/http/JsonResponse.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tv::server::auth {
class AuthService;
}

namespace tv::server::access {
class AccessGate;
class RecordAccess;
} // namespace tv::server::access

namespace tv::server::admin {
class AdminServices;
}

// The routes of ApiServer, each area's in its own file: adding a route edits only that file.
namespace tv::server::http {

// What a route needs before its handler runs (ApiServer checks it in one place):
enum class Access {
    Public,  // nothing (health, sign-in)
    Session, // a live session, whatever the conditions of access (sign-out, statement, MFA)
    Data,    // a live session and every condition of access (person data)
    Admin,   // a live session, the admin role, a verified email and two-step sign-in
};

// One request as its handler sees it, after its route's Access was checked.
struct Call {
    const QHttpServerRequest &request;
    QString arg; // the id in the path, for routes that have one
    User user;   // who asks; empty for Public routes
};

// What every handler works on and answers with: the services of one ApiServer, and its replies.
struct RouteContext {
    const db::Database &database;
    const auth::AuthService &auth;
    const access::AccessGate &gate;
    const access::RecordAccess &records;
    const admin::AdminServices &admin;
    AccessPolicy policy;
    bool training = false;
    bool tls = false; // set once the API listens over TLS: answers then carry HSTS

    QHttpServerResponse reply(StatusCode status, const QJsonObject &body,
                              QList<compat::Header> headers = {}) const;
    // The error's status and body; a fault of the service is logged and answered in general
    // words.
    QHttpServerResponse errorReply(const Error &error, QList<compat::Header> headers = {}) const;
    // A JSON value (see RouteSupport.h) as the answer with `status` (200 unless given), or the
    // error's status.
    QHttpServerResponse answerJson(const Result<QJsonObject> &result) const;
    QHttpServerResponse answerJson(StatusCode status, const Result<QJsonObject> &result) const;
};

using Handler = QHttpServerResponse (*)(const RouteContext &api, const Call &call);

struct Route {
    QHttpServerRequest::Method method;
    QString path; // with <arg> where an id goes
    Access access;
    Handler handler;
};

class RouteTable final {
public:
    void add(QHttpServerRequest::Method method, const QString &path, Access access,
             Handler handler);
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

// Every route of the API, in the order the areas add them.
const QList<Route> &apiRoutes();

// Each area's routes, added from its own file.
void addAuthRoutes(RouteTable &table);   // AuthRoutes.cpp: sign-in, sessions, two-step sign-in
void addPersonRoutes(RouteTable &table); // PersonRoutes.cpp: search, person and household views
void addAdminRoutes(RouteTable &table);  // AdminRoutes.cpp: the statement and the admin API
void addReportRoutes(RouteTable &table); // ReportRoutes.cpp: reports, subject access packs

// The token of "Authorization: Bearer <token>"; empty when there is none.
QString bearerToken(const QHttpServerRequest &request);

} // namespace tv::server::http
