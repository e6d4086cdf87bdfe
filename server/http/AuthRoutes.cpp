// The identity routes of ApiServer: sign-in, activation, sessions, two-step sign-in, the
// signed-in account.
#include "models/domain/WireFormat.h"
#include "server/access/AccessGate.h"
#include "server/auth/AuthService.h"
#include "server/http/ApiServer.h"
#include "server/http/RouteSupport.h"

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

QList<compat::Header> retryAfter(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    return {{"Retry-After"_ba, QByteArray::number(seconds)}};
}

} // namespace

QString ApiServer::bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization"_ba);
    const QByteArray scheme = "Bearer "_ba;
    if (!header.startsWith(scheme))
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

QString ApiServer::clientAddress(const QHttpServerRequest &request)
{
    const QHostAddress address = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

QHttpServerResponse ApiServer::login(const Call &call) const
{
    const Result<LoginRequest> credentials = requestAs<LoginRequest>(call.request);
    if (!credentials)
        return errorReply(credentials.error());
    const auth::AuthService::SignIn outcome =
        m_auth.signIn(credentials.value(), clientAddress(call.request));
    if (!outcome.grant)
        return errorReply(outcome.grant.error(), retryAfter(outcome.retryAfterSeconds));
    return reply(StatusCode::Ok, wire::toJson(outcome.grant.value()));
}

QHttpServerResponse ApiServer::activate(const Call &call) const
{
    const Result<ActivationRequest> request = requestAs<ActivationRequest>(call.request);
    if (!request)
        return errorReply(request.error());
    const auth::AuthService::SignIn outcome =
        m_auth.activate(request.value(), clientAddress(call.request));
    if (!outcome.grant)
        return errorReply(outcome.grant.error(), retryAfter(outcome.retryAfterSeconds));
    return reply(StatusCode::Ok, wire::toJson(outcome.grant.value()));
}

QHttpServerResponse ApiServer::refresh(const Call &call) const
{
    const Result<SessionGrant> grant = m_auth.refresh(bearerToken(call.request));
    if (!grant)
        return errorReply(grant.error());
    return reply(StatusCode::Ok, wire::toJson(grant.value()));
}

QHttpServerResponse ApiServer::logout(const Call &call) const
{
    if (const Status done = m_auth.logout(bearerToken(call.request)); !done)
        return errorReply(done.error());
    return reply(StatusCode::Ok, {{"signedOut"_L1, true}});
}

QHttpServerResponse ApiServer::changePassword(const Call &call) const
{
    const Result<PasswordChange> change = requestAs<PasswordChange>(call.request);
    if (!change)
        return errorReply(change.error());
    const Result<auth::Session> session = m_auth.session(bearerToken(call.request));
    if (!session)
        return errorReply(session.error());
    if (const Status done = m_auth.changePassword(session.value(), change.value()); !done)
        return errorReply(done.error());
    return reply(StatusCode::Ok, {{"passwordChanged"_L1, true}});
}

QHttpServerResponse ApiServer::enrolMfa(const Call &call) const
{
    const Result<MfaEnrolment> enrolment = m_auth.twoStep().enrol(call.user);
    if (!enrolment)
        return errorReply(enrolment.error());
    return reply(StatusCode::Ok, wire::toJson(enrolment.value()));
}

QHttpServerResponse ApiServer::confirmMfa(const Call &call) const
{
    const Result<MfaConfirmation> confirmation = requestAs<MfaConfirmation>(call.request);
    if (!confirmation)
        return errorReply(confirmation.error());
    const Result<RecoveryCodes> codes =
        m_auth.twoStep().confirm(call.user, confirmation.value().code, m_auth.now());
    if (!codes)
        return errorReply(codes.error());
    return reply(StatusCode::Ok, wire::toJson(codes.value()));
}

QHttpServerResponse ApiServer::me(const Call &call) const
{
    const Result<auth::Session> session = m_auth.session(bearerToken(call.request));
    if (!session)
        return errorReply(session.error());
    const Result<QList<AccessCondition>> unmet =
        m_gate->unmet(call.user, access::AccessGate::Scope::Data);
    if (!unmet)
        return errorReply(unmet.error());
    const Result<auth::AccountStanding> standing = m_auth.users().standing(call.user.id);
    if (!standing)
        return errorReply(standing.error());

    AccountStatus status;
    status.user = call.user;
    for (const AccessCondition condition : unmet.value())
        status.unmet << conditions::wireName(condition);
    status.mfaEnrolled = standing.value().mfaEnrolled;
    status.mfaRequired = access::AccessGate::needsMfa(call.user.role, m_options.access);
    status.statementVersionAccepted = standing.value().statementVersionAccepted;
    status.currentStatementVersion = standing.value().currentStatementVersion;
    status.sessionExpiresAt = session.value().expiresAt;
    return reply(StatusCode::Ok, wire::toJson(status));
}

} // namespace tv::server::http
