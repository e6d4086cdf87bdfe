// The handlers of the data protection statement and the admin API (ApiServer's routeTable() lists
// them with their Access; the Transform team's routes are Access::Admin).
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/admin/AdminServices.h"
#include "server/http/ApiServer.h"
#include "server/http/RouteSupport.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::http {
QHttpServerResponse ApiServer::statement(const Call &call) const
{
    return answerJson(asJson(m_admin->statements().current(call.user)));
}

QHttpServerResponse ApiServer::acceptStatement(const Call &call) const
{
    return answerJson(withBody<StatementAcceptance>(call.request, [&](const auto &acceptance) {
        return m_admin->statements().accept(call.user, acceptance.version);
    }));
}

QHttpServerResponse ApiServer::publishStatement(const Call &call) const
{
    return answerJson(withBody<NewStatement>(call.request, [&](const NewStatement &statement) {
        return m_admin->statements().publish(call.user, statement.body);
    }));
}

QHttpServerResponse ApiServer::inviteUser(const Call &call) const
{
    return answerJson(withBody<Invitation>(call.request, [&](const Invitation &invitation) {
        return m_admin->users().invite(call.user, invitation);
    }));
}

QHttpServerResponse ApiServer::listUsers(const Call &) const
{
    return answerJson(asJson(m_admin->users().list()));
}

QHttpServerResponse ApiServer::getUser(const Call &call) const
{
    return answerJson(asJson(m_admin->users().find(call.arg)));
}

QHttpServerResponse ApiServer::verifyEmail(const Call &call) const
{
    return answerJson(asJson(m_admin->users().verifyEmail(call.user, call.arg)));
}

QHttpServerResponse ApiServer::recordDbs(const Call &call) const
{
    return answerJson(withBody<DbsEvidence>(call.request, [&](const DbsEvidence &evidence) {
        return m_admin->users().recordDbs(call.user, call.arg, evidence.certificateDate);
    }));
}

QHttpServerResponse ApiServer::recordTraining(const Call &call) const
{
    return answerJson(
        withBody<TrainingEvidence>(call.request, [&](const TrainingEvidence &evidence) {
            return m_admin->users().recordTraining(call.user, call.arg, evidence.completedOn);
        }));
}

QHttpServerResponse ApiServer::recordSaferRecruitment(const Call &call) const
{
    return answerJson(withBody<SaferRecruitmentEvidence>(
        call.request, [&](const SaferRecruitmentEvidence &evidence) {
            return m_admin->users().recordSaferRecruitment(call.user, call.arg,
                                                           evidence.confirmedOn);
        }));
}

QHttpServerResponse ApiServer::suspendUser(const Call &call) const
{
    return answerJson(asJson(m_admin->users().suspend(call.user, call.arg)));
}

QHttpServerResponse ApiServer::reactivateUser(const Call &call) const
{
    return answerJson(asJson(m_admin->users().reactivate(call.user, call.arg)));
}

QHttpServerResponse ApiServer::revokeSessions(const Call &call) const
{
    return answerJson(asJson(m_admin->users().revokeSessions(call.user, call.arg)));
}

QHttpServerResponse ApiServer::createOrganisation(const Call &call) const
{
    return answerJson(
        withBody<NewOrganisation>(call.request, [&](const NewOrganisation &organisation) {
            return m_admin->organisations().create(call.user, organisation);
        }));
}

QHttpServerResponse ApiServer::listOrganisations(const Call &) const
{
    return answerJson(asJson(m_admin->organisations().list()));
}

QHttpServerResponse ApiServer::recordAgreement(const Call &call) const
{
    return answerJson(withBody<Agreement>(call.request, [&](const Agreement &agreement) {
        return m_admin->organisations().recordAgreement(call.user, call.arg, agreement);
    }));
}

QHttpServerResponse ApiServer::lapsing(const Call &call) const
{
    const QUrlQuery query(call.request.url());
    int days = 30;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool ok = false;
        if (name != "days"_L1) {
            return errorReply(
                Error{QString(tv::errc::UnknownField),
                      u"Query parameter '%1' is not part of this request."_s.arg(name)});
        }
        days = value.toInt(&ok);
        if (!ok)
            days = 0; // refused below, with the same words as any other bad number
    }
    return answerJson(asJson(m_admin->users().lapsing(days)));
}

QHttpServerResponse ApiServer::readAudit(const Call &call) const
{
    const Result<admin::AuditQuery> query = admin::AuditQuery::parse(QUrlQuery(call.request.url()));
    if (!query)
        return errorReply(query.error());
    return answerJson(asJson(m_admin->audit().read(call.user, query.value())));
}

QHttpServerResponse ApiServer::restrictPerson(const Call &call) const
{
    return answerJson(asJson(m_admin->restrictions().restrict(call.user, call.arg)));
}

QHttpServerResponse ApiServer::unrestrictPerson(const Call &call) const
{
    return answerJson(asJson(m_admin->restrictions().unrestrict(call.user, call.arg)));
}

} // namespace tv::server::http
