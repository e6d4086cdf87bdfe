// The routes of the data protection statement and the admin API (addAdminRoutes, at the end, lists
// them with their Access; the Transform team's routes are Access::Admin).
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/admin/AdminServices.h"
#include "server/http/RouteSupport.h"
#include "server/http/Routes.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

QHttpServerResponse statement(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.statements().current(call.user)));
}

QHttpServerResponse acceptStatement(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<StatementAcceptance>(call.request, [&](const auto &acceptance) {
        return api.admin.statements().accept(call.user, acceptance.version);
    }));
}

QHttpServerResponse publishStatement(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<NewStatement>(call.request, [&](const NewStatement &statement) {
        return api.admin.statements().publish(call.user, statement.body);
    }));
}

QHttpServerResponse inviteUser(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<Invitation>(call.request, [&](const Invitation &invitation) {
        return api.admin.users().invite(call.user, invitation);
    }));
}

QHttpServerResponse listUsers(const RouteContext &api, const Call &)
{
    return api.answerJson(asJson(api.admin.users().list()));
}

QHttpServerResponse getUser(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.users().find(call.arg)));
}

QHttpServerResponse verifyEmail(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.users().verifyEmail(call.user, call.arg)));
}

QHttpServerResponse recordDbs(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<DbsEvidence>(call.request, [&](const DbsEvidence &evidence) {
        return api.admin.users().recordDbs(call.user, call.arg, evidence.certificateDate);
    }));
}

QHttpServerResponse recordTraining(const RouteContext &api, const Call &call)
{
    return api.answerJson(
        withBody<TrainingEvidence>(call.request, [&](const TrainingEvidence &evidence) {
            return api.admin.users().recordTraining(call.user, call.arg, evidence.completedOn);
        }));
}

QHttpServerResponse recordSaferRecruitment(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<SaferRecruitmentEvidence>(
        call.request, [&](const SaferRecruitmentEvidence &evidence) {
            return api.admin.users().recordSaferRecruitment(call.user, call.arg,
                                                            evidence.confirmedOn);
        }));
}

QHttpServerResponse suspendUser(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.users().suspend(call.user, call.arg)));
}

QHttpServerResponse reactivateUser(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.users().reactivate(call.user, call.arg)));
}

QHttpServerResponse revokeSessions(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.users().revokeSessions(call.user, call.arg)));
}

QHttpServerResponse resetAccess(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<AccessReset>(call.request, [&](const AccessReset &reset) {
        return api.admin.users().resetAccess(call.user, call.arg, reset);
    }));
}

QHttpServerResponse createOrganisation(const RouteContext &api, const Call &call)
{
    return api.answerJson(
        withBody<NewOrganisation>(call.request, [&](const NewOrganisation &organisation) {
            return api.admin.organisations().create(call.user, organisation);
        }));
}

QHttpServerResponse listOrganisations(const RouteContext &api, const Call &)
{
    return api.answerJson(asJson(api.admin.organisations().list()));
}

QHttpServerResponse recordAgreement(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<Agreement>(call.request, [&](const Agreement &agreement) {
        return api.admin.organisations().recordAgreement(call.user, call.arg, agreement);
    }));
}

QHttpServerResponse lapsing(const RouteContext &api, const Call &call)
{
    const QUrlQuery query(call.request.url());
    int days = 30;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool ok = false;
        if (name != "days"_L1) {
            return api.errorReply(
                Error{QString(tv::errc::UnknownField),
                      u"Query parameter '%1' is not part of this request."_s.arg(name)});
        }
        days = value.toInt(&ok);
        if (!ok)
            days = 0; // refused below, with the same words as any other bad number
    }
    return api.answerJson(asJson(api.admin.users().lapsing(days)));
}

QHttpServerResponse readAudit(const RouteContext &api, const Call &call)
{
    const Result<admin::AuditQuery> query = admin::AuditQuery::parse(QUrlQuery(call.request.url()));
    if (!query)
        return api.errorReply(query.error());
    return api.answerJson(asJson(api.admin.audit().read(call.user, query.value())));
}

QHttpServerResponse restrictPerson(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.restrictions().restrict(call.user, call.arg)));
}

QHttpServerResponse unrestrictPerson(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(api.admin.restrictions().unrestrict(call.user, call.arg)));
}

} // namespace

void addAdminRoutes(RouteTable &table)
{
    using enum Access;
    using Method = QHttpServerRequest::Method;
    table.add(Method::Get, u"/api/v1/statement"_s, Session, &statement);
    table.add(Method::Post, u"/api/v1/statement/accept"_s, Session, &acceptStatement);
    table.add(Method::Post, u"/api/v1/admin/statements"_s, Admin, &publishStatement);
    table.add(Method::Post, u"/api/v1/admin/users"_s, Admin, &inviteUser);
    table.add(Method::Get, u"/api/v1/admin/users"_s, Admin, &listUsers);
    table.add(Method::Get, u"/api/v1/admin/users/<arg>"_s, Admin, &getUser);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/verify-email"_s, Admin, &verifyEmail);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/dbs"_s, Admin, &recordDbs);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/training"_s, Admin, &recordTraining);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/safer-recruitment"_s, Admin,
              &recordSaferRecruitment);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/suspend"_s, Admin, &suspendUser);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/reactivate"_s, Admin, &reactivateUser);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/revoke-sessions"_s, Admin, &revokeSessions);
    table.add(Method::Post, u"/api/v1/admin/users/<arg>/reset-access"_s, Admin, &resetAccess);
    table.add(Method::Post, u"/api/v1/admin/organisations"_s, Admin, &createOrganisation);
    table.add(Method::Get, u"/api/v1/admin/organisations"_s, Admin, &listOrganisations);
    table.add(Method::Put, u"/api/v1/admin/organisations/<arg>/agreement"_s, Admin,
              &recordAgreement);
    table.add(Method::Get, u"/api/v1/admin/lapsing"_s, Admin, &lapsing);
    table.add(Method::Get, u"/api/v1/admin/audit"_s, Admin, &readAudit);
    table.add(Method::Post, u"/api/v1/admin/persons/<arg>/restrict"_s, Admin, &restrictPerson);
    table.add(Method::Post, u"/api/v1/admin/persons/<arg>/unrestrict"_s, Admin, &unrestrictPerson);
}

} // namespace tv::server::http
