// The routes of identity: sign-in, activation, sessions, two-step sign-in, the signed-in account
// (addAuthRoutes, at the end).
#include "models/domain/WireFormat.h"
#include "server/access/AccessGate.h"
#include "server/auth/AuthService.h"
#include "server/http/RouteSupport.h"
#include "server/http/Routes.h"

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

QList<compat::Header> retryAfter(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    return {{"Retry-After"_ba, QByteArray::number(seconds)}};
}

// Where a request came from, for counting failed sign-ins per address.
QString clientAddress(const QHttpServerRequest &request)
{
    const QHostAddress address = request.remoteAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

// A sign-in's answer: the grant, or the refusal (with Retry-After when it must wait).
QHttpServerResponse signInReply(const RouteContext &api, const auth::AuthService::SignIn &outcome)
{
    if (!outcome.grant)
        return api.errorReply(outcome.grant.error(), retryAfter(outcome.retryAfterSeconds));
    return api.reply(StatusCode::Ok, wire::toJson(outcome.grant.value()));
}

QHttpServerResponse login(const RouteContext &api, const Call &call)
{
    const Result<LoginRequest> credentials = requestAs<LoginRequest>(call.request);
    if (!credentials)
        return api.errorReply(credentials.error());
    return signInReply(api, api.auth.signIn(credentials.value(), clientAddress(call.request)));
}

QHttpServerResponse activate(const RouteContext &api, const Call &call)
{
    const Result<ActivationRequest> request = requestAs<ActivationRequest>(call.request);
    if (!request)
        return api.errorReply(request.error());
    return signInReply(api, api.auth.activate(request.value(), clientAddress(call.request)));
}

QHttpServerResponse refresh(const RouteContext &api, const Call &call)
{
    const Result<SessionGrant> grant = api.auth.refresh(bearerToken(call.request));
    if (!grant)
        return api.errorReply(grant.error());
    return api.reply(StatusCode::Ok, wire::toJson(grant.value()));
}

QHttpServerResponse logout(const RouteContext &api, const Call &call)
{
    if (const Status done = api.auth.logout(bearerToken(call.request)); !done)
        return api.errorReply(done.error());
    return api.reply(StatusCode::Ok, {{"signedOut"_L1, true}});
}

QHttpServerResponse changePassword(const RouteContext &api, const Call &call)
{
    const Result<PasswordChange> change = requestAs<PasswordChange>(call.request);
    if (!change)
        return api.errorReply(change.error());
    const Result<auth::Session> session = api.auth.session(bearerToken(call.request));
    if (!session)
        return api.errorReply(session.error());
    if (const Status done = api.auth.changePassword(session.value(), change.value()); !done)
        return api.errorReply(done.error());
    return api.reply(StatusCode::Ok, {{"passwordChanged"_L1, true}});
}

QHttpServerResponse enrolMfa(const RouteContext &api, const Call &call)
{
    const Result<MfaEnrolment> enrolment = api.auth.twoStep().enrol(call.user);
    if (!enrolment)
        return api.errorReply(enrolment.error());
    return api.reply(StatusCode::Ok, wire::toJson(enrolment.value()));
}

QHttpServerResponse confirmMfa(const RouteContext &api, const Call &call)
{
    const Result<MfaConfirmation> confirmation = requestAs<MfaConfirmation>(call.request);
    if (!confirmation)
        return api.errorReply(confirmation.error());
    const Result<RecoveryCodes> codes =
        api.auth.twoStep().confirm(call.user, confirmation.value().code, api.auth.now());
    if (!codes)
        return api.errorReply(codes.error());
    return api.reply(StatusCode::Ok, wire::toJson(codes.value()));
}

QHttpServerResponse me(const RouteContext &api, const Call &call)
{
    const Result<auth::Session> session = api.auth.session(bearerToken(call.request));
    if (!session)
        return api.errorReply(session.error());
    const Result<QList<AccessCondition>> unmet =
        api.gate.unmet(call.user, access::AccessGate::Scope::Data);
    if (!unmet)
        return api.errorReply(unmet.error());
    const Result<auth::AccountStanding> standing = api.auth.users().standing(call.user.id);
    if (!standing)
        return api.errorReply(standing.error());

    AccountStatus status;
    status.user = call.user;
    for (const AccessCondition condition : unmet.value())
        status.unmet << conditions::wireName(condition);
    status.mfaEnrolled = standing.value().mfaEnrolled;
    status.mfaRequired = access::AccessGate::needsMfa(call.user.role, api.policy);
    status.statementVersionAccepted = standing.value().statementVersionAccepted;
    status.currentStatementVersion = standing.value().currentStatementVersion;
    status.sessionExpiresAt = session.value().expiresAt;
    return api.reply(StatusCode::Ok, wire::toJson(status));
}

} // namespace

void addAuthRoutes(RouteTable &table)
{
    using enum Access;
    using Method = QHttpServerRequest::Method;
    // tv::LoginRequest -> tv::SessionGrant
    table.add(Method::Post, u"/api/v1/auth/login"_s, Public, &login);
    // tv::ActivationRequest -> tv::SessionGrant
    table.add(Method::Post, u"/api/v1/auth/activate"_s, Public, &activate);
    // -> tv::SessionGrant (a new token, the same end)
    table.add(Method::Post, u"/api/v1/auth/refresh"_s, Session, &refresh);
    // -> {"signedOut": true}
    table.add(Method::Post, u"/api/v1/auth/logout"_s, Session, &logout);
    // tv::PasswordChange -> {"passwordChanged": true}
    table.add(Method::Post, u"/api/v1/auth/password"_s, Session, &changePassword);
    // -> tv::MfaEnrolment
    table.add(Method::Post, u"/api/v1/auth/mfa/enrol"_s, Session, &enrolMfa);
    // tv::MfaConfirmation -> tv::RecoveryCodes
    table.add(Method::Post, u"/api/v1/auth/mfa/confirm"_s, Session, &confirmMfa);
    // -> tv::AccountStatus
    table.add(Method::Get, u"/api/v1/me"_s, Session, &me);
}

} // namespace tv::server::http
