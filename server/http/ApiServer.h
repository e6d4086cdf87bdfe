#pragma once

#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/ServerConfig.h"
#include "server/http/JsonResponse.h"

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

namespace tv::server::db {
class Database;
}

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

namespace tv::server::http {

// The HTTP API, version 1 (server/openapi/transform-service.openapi.json describes it, and a test
// keeps the two in step):
//   GET  /api/v1/health                    -> tv::Health
//   POST /api/v1/auth/login                tv::LoginRequest -> tv::SessionGrant
//   POST /api/v1/auth/activate             tv::ActivationRequest -> tv::SessionGrant
//   POST /api/v1/auth/refresh              -> tv::SessionGrant (a new token, the same end)
//   POST /api/v1/auth/logout               -> {"signedOut": true}
//   POST /api/v1/auth/password             tv::PasswordChange -> {"passwordChanged": true}
//   POST /api/v1/auth/mfa/enrol            -> tv::MfaEnrolment
//   POST /api/v1/auth/mfa/confirm          tv::MfaConfirmation -> tv::RecoveryCodes
//   GET  /api/v1/me                        -> tv::AccountStatus
//   GET  /api/v1/access-reasons            -> {"reasons": [tv::AccessReasonOption]}
//   GET  /api/v1/sources                   -> {"sources": [tv::SourceCoverage]}
//   POST /api/v1/search                    tv::SearchCriteria -> tv::SearchResults
//   POST /api/v1/persons/{id}/view         tv::ViewRequest -> tv::PersonView
//   POST /api/v1/households/{id}/view      tv::ViewRequest -> tv::Household
//   POST /api/v1/persons/{id}/reports      tv::NewInaccuracyReport -> 201 tv::InaccuracyReport
//   GET  /api/v1/reports/mine              -> tv::InaccuracyReportList (the caller's own)
//   GET  /api/v1/admin/reports[?status=]   -> tv::InaccuracyReportList
//   POST /api/v1/admin/reports/{id}/forward   tv::ForwardReport -> tv::InaccuracyReport
//   POST /api/v1/admin/reports/{id}/resolve   tv::ResolveReport -> tv::InaccuracyReport
//   GET  /api/v1/admin/persons/{id}/subject-access-pack -> tv::SubjectAccessPack
// Every route but health and login needs "Authorization: Bearer <token>"; what else each needs is
// its Access (below), checked in one place before its handler runs. Every answer, errors
// included, is JSON in the wire format of "domain/WireFormat.h". A request for a path the API does
// not have gets 404 not_found; a method a path does not take gets 405 method_not_allowed with an
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

    // What a route needs before its handler runs:
    enum class Access {
        Public,  // nothing (health, sign-in)
        Session, // a live session, whatever the conditions of access (sign-out, statement, MFA)
        Data,    // a live session and every condition of access (person data)
        Admin,   // a live session, the admin role, a verified email and two-step sign-in
    };

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
    // One request as its handler sees it, after its route's Access was checked.
    struct Call {
        const QHttpServerRequest &request;
        QString arg; // the id in the path, for routes that have one
        User user;   // who asks; empty for Public routes
    };
    using Handler = QHttpServerResponse (ApiServer::*)(const Call &call) const;
    struct Route {
        Method method;
        QString path;
        Access access;
        Handler handler;
    };
    static QList<Route> routeTable();
    void addRoute(const Route &route);
    // Checks the route's Access, then runs its handler.
    QHttpServerResponse dispatch(const Route &route, const QHttpServerRequest &request,
                                 const QString &arg) const;

    QHttpServerResponse health(const Call &call) const;
    QHttpServerResponse login(const Call &call) const;
    QHttpServerResponse accessReasons(const Call &call) const;
    QHttpServerResponse sources(const Call &call) const;
    QHttpServerResponse search(const Call &call) const;
    QHttpServerResponse viewPerson(const Call &call) const;
    QHttpServerResponse viewHousehold(const Call &call) const;
    QHttpServerResponse unrouted(const QHttpServerRequest &request) const;
    // Inaccuracy reports and the subject access pack (ReportRoutes.cpp).
    QHttpServerResponse fileReport(const Call &call) const;
    QHttpServerResponse myReports(const Call &call) const;
    QHttpServerResponse listReports(const Call &call) const;
    QHttpServerResponse forwardReport(const Call &call) const;
    QHttpServerResponse resolveReport(const Call &call) const;
    QHttpServerResponse subjectAccessPack(const Call &call) const;

    // Identity (AuthRoutes.cpp). A refused sign-in that must wait carries Retry-After.
    QHttpServerResponse activate(const Call &call) const;
    QHttpServerResponse refresh(const Call &call) const;
    QHttpServerResponse logout(const Call &call) const;
    QHttpServerResponse changePassword(const Call &call) const;
    QHttpServerResponse enrolMfa(const Call &call) const;
    QHttpServerResponse confirmMfa(const Call &call) const;
    QHttpServerResponse me(const Call &call) const;
    // The token of "Authorization: Bearer <token>"; empty when there is none.
    static QString bearerToken(const QHttpServerRequest &request);
    // Where a request came from, for counting failed sign-ins per address.
    static QString clientAddress(const QHttpServerRequest &request);
    // The data protection statement and the admin API (AdminRoutes.cpp).
    QHttpServerResponse statement(const Call &call) const;
    QHttpServerResponse acceptStatement(const Call &call) const;
    QHttpServerResponse publishStatement(const Call &call) const;
    QHttpServerResponse inviteUser(const Call &call) const;
    QHttpServerResponse listUsers(const Call &call) const;
    QHttpServerResponse getUser(const Call &call) const;
    QHttpServerResponse verifyEmail(const Call &call) const;
    QHttpServerResponse recordDbs(const Call &call) const;
    QHttpServerResponse recordTraining(const Call &call) const;
    QHttpServerResponse recordSaferRecruitment(const Call &call) const;
    QHttpServerResponse suspendUser(const Call &call) const;
    QHttpServerResponse reactivateUser(const Call &call) const;
    QHttpServerResponse revokeSessions(const Call &call) const;
    QHttpServerResponse createOrganisation(const Call &call) const;
    QHttpServerResponse listOrganisations(const Call &call) const;
    QHttpServerResponse recordAgreement(const Call &call) const;
    QHttpServerResponse lapsing(const Call &call) const;
    QHttpServerResponse readAudit(const Call &call) const;
    QHttpServerResponse restrictPerson(const Call &call) const;
    QHttpServerResponse unrestrictPerson(const Call &call) const;

    // A JSON value (see RouteSupport.h) as the answer with `status` (200 unless given), or the
    // error's status.
    QHttpServerResponse answerJson(const Result<QJsonObject> &result) const;
    QHttpServerResponse answerJson(StatusCode status, const Result<QJsonObject> &result) const;

    // The signed-in user of a request (its bearer token), or the 401 to answer.
    Result<User> caller(const QHttpServerRequest &request) const;

    QHttpServerResponse reply(StatusCode status, const QJsonObject &body,
                              QList<compat::Header> headers = {}) const;
    QHttpServerResponse errorReply(const Error &error, QList<compat::Header> headers = {}) const;

    const db::Database &m_database;
    const auth::AuthService &m_auth;
    Options m_options;
    std::unique_ptr<access::AccessGate> m_gate;
    std::unique_ptr<access::RecordAccess> m_records;
    std::unique_ptr<admin::AdminServices> m_admin;
    QHttpServer *m_server;
    QTcpServer *m_listener = nullptr; // owned by m_server once bound
    bool m_tls = false;
    QList<std::pair<QRegularExpression, Method>> m_routes; // path pattern -> a method it takes
};

} // namespace tv::server::http
