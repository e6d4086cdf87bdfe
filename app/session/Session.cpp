#include "app/session/Session.h"

#include "app/net/ServiceClient.h"
#include "models/domain/ErrorCode.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tv::session {

// Logs state changes and error codes only: never the token, the password or who signed in.
Q_LOGGING_CATEGORY(lcSession, "tv.app.session")

namespace {

// A callback that hands a value to `onValue` and an error to `onError`.
template <typename T, typename OnValue, typename OnError>
net::Callback<T> either(OnValue onValue, OnError onError)
{
    return [onValue = std::move(onValue), onError = std::move(onError)](const Result<T> &result) {
        if (result)
            onValue(result.value());
        else
            onError(result.error());
    };
}

bool endsTheSession(const Error &error)
{
    return error.code == tv::errc::SessionExpired || error.code == tv::errc::Unauthenticated;
}

bool statementPending(const AccountStatus &status)
{
    return status.currentStatementVersion &&
           status.statementVersionAccepted != status.currentStatementVersion;
}

} // namespace

Session::Session(net::ServiceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
    m_refreshTimer.setInterval(DefaultRefreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::refresh);
    m_endTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, &Session::onAbsoluteEnd);
}

Session::~Session()
{
    abortPending();
    forget();
}

void Session::signIn(const LoginRequest &request)
{
    if (m_signingIn || m_grant)
        signOut();
    m_email = request.email;
    startLogin(request, false);
}

void Session::startLogin(const LoginRequest &request, bool unlocking)
{
    if (!m_client)
        return;
    track(m_client->login(request).then(
        this, either<SessionGrant>(
                  [this, unlocking](const SessionGrant &grant) { onGranted(grant, unlocking); },
                  [this, unlocking](const Error &error) { onRefused(error, unlocking); })));
    qCInfo(lcSession) << (unlocking ? "unlocking" : "signing in");
    m_signingIn = true;
    Q_EMIT signingInChanged(true);
}

void Session::signOut()
{
    const bool wasActive = m_signingIn || m_grant;
    abortPending();
    if (m_signingIn) {
        m_signingIn = false;
        Q_EMIT signingInChanged(false);
    }
    if (m_grant)
        revokeOnServer(m_grant->token);
    forget();
    m_email.clear();
    if (wasActive) {
        qCInfo(lcSession) << "signed out";
        Q_EMIT signedOut(std::nullopt);
    }
}

void Session::acceptStatement(int version)
{
    if (!m_grant || m_locked || !m_client)
        return;
    track(m_client->acceptStatement(version).then(
        this, either<Statement>(
                  [this](const Statement &statement) {
                      qCInfo(lcSession) << "statement version" << statement.version << "accepted";
                      readAccount();
                  },
                  [this](const Error &error) { onRequestFailed(error); })));
}

void Session::lock()
{
    if (!m_grant || m_locked)
        return;
    m_locked = true;
    abortPending();
    if (m_signingIn) {
        m_signingIn = false;
        Q_EMIT signingInChanged(false);
    }
    m_refreshTimer.stop();
    if (m_client)
        m_client->clearAccessToken();
    qCInfo(lcSession) << "locked";
    Q_EMIT locked();
}

void Session::unlock(const QString &password, const std::optional<QString> &code)
{
    if (!m_locked || m_signingIn)
        return;
    startLogin(LoginRequest{m_email, password, code}, true);
}

void Session::handleServiceError(const Error &error)
{
    if (!m_grant || !endsTheSession(error))
        return;
    qCInfo(lcSession) << "the service ended the session:" << error.code;
    abortPending();
    forget();
    m_email.clear();
    Q_EMIT signedOut(error);
}

void Session::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshTimer.setInterval(interval);
}

std::chrono::milliseconds Session::refreshInterval() const
{
    return m_refreshTimer.intervalAsDuration();
}

bool Session::isSignedIn() const
{
    return m_grant.has_value();
}

bool Session::isSigningIn() const
{
    return m_signingIn;
}

bool Session::isLocked() const
{
    return m_locked;
}

std::optional<User> Session::user() const
{
    if (!m_grant)
        return std::nullopt;
    return m_grant->user;
}

QDateTime Session::expiresAt() const
{
    return m_grant ? m_grant->expiresAt : QDateTime();
}

std::optional<AccountStatus> Session::accountStatus() const
{
    return m_status;
}

void Session::onGranted(const SessionGrant &grant, bool unlocking)
{
    m_signingIn = false;
    Q_EMIT signingInChanged(false);
    if (unlocking && m_grant) {
        // The old session's token is still the one to revoke; the new one replaces it here.
        revokeOnServer(m_grant->token);
    }
    m_grant = grant;
    m_status.reset();
    m_locked = false;
    if (m_client)
        m_client->setAccessToken(grant.token);
    m_refreshTimer.start();
    scheduleEnd(grant.expiresAt);
    if (unlocking) {
        qCInfo(lcSession) << "unlocked";
        Q_EMIT unlocked();
    } else {
        qCInfo(lcSession) << "signed in with role" << roles::wireName(grant.user.role);
        Q_EMIT signedIn(grant.user);
    }
    readAccount();
}

void Session::onRefused(const Error &error, bool unlocking)
{
    m_signingIn = false;
    qCInfo(lcSession) << (unlocking ? "unlock refused:" : "sign-in refused:") << error.code;
    Q_EMIT signingInChanged(false);
    if (error.code == tv::errc::MfaRequired)
        Q_EMIT codeRequired();
    else
        Q_EMIT errorOccurred(error);
}

void Session::readAccount()
{
    if (!m_client || !m_grant)
        return;
    track(m_client->me().then(
        this, either<AccountStatus>([this](const AccountStatus &status) { onAccount(status); },
                                    [this](const Error &error) { onRequestFailed(error); })));
}

void Session::onAccount(const AccountStatus &status)
{
    m_status = status;
    if (m_grant && status.sessionExpiresAt.isValid() &&
        status.sessionExpiresAt != m_grant->expiresAt) {
        m_grant->expiresAt = status.sessionExpiresAt;
        scheduleEnd(status.sessionExpiresAt);
    }
    Q_EMIT accountStatusChanged(status);

    if (statementPending(status)) {
        if (!m_client)
            return;
        qCInfo(lcSession) << "the current data protection statement is not yet accepted";
        track(m_client->statement().then(
            this,
            either<Statement>([this](const Statement &statement) { statementRequired(statement); },
                              [this](const Error &error) { onRequestFailed(error); })));
        return;
    }
    if (!status.unmet.isEmpty()) {
        qCInfo(lcSession) << "access has lapsed:" << status.unmet;
        Q_EMIT accessLapsed(net::ServiceClient::plainError(
            Error{QString(tv::errc::AccessLapsed), QString(), status.unmet}));
        return;
    }
    Q_EMIT ready(status);
}

void Session::refresh()
{
    if (!m_client || !m_grant || m_locked)
        return;
    track(m_client->refresh().then(this, either<SessionGrant>(
                                             [this](const SessionGrant &grant) {
                                                 if (!m_grant || m_locked)
                                                     return;
                                                 m_grant = grant;
                                                 if (m_client)
                                                     m_client->setAccessToken(grant.token);
                                                 qCDebug(lcSession) << "session refreshed";
                                                 Q_EMIT refreshed();
                                             },
                                             [this](const Error &error) {
                                                 // Unreachable or a fault: the next tick tries
                                                 // again; the absolute end still applies.
                                                 qCInfo(lcSession)
                                                     << "refresh failed:" << error.code;
                                                 handleServiceError(error);
                                             })));
}

void Session::onRequestFailed(const Error &error)
{
    if (endsTheSession(error))
        handleServiceError(error);
    else
        Q_EMIT errorOccurred(error);
}

void Session::scheduleEnd(const QDateTime &end)
{
    // QTimer takes an int of milliseconds; a session lasts hours, not weeks.
    constexpr qint64 Longest = 24LL * 3600 * 1000;
    const qint64 untilEnd = QDateTime::currentDateTimeUtc().msecsTo(end);
    m_endTimer.start(std::chrono::milliseconds(std::clamp<qint64>(untilEnd, 0, Longest)));
}

void Session::onAbsoluteEnd()
{
    if (!m_grant)
        return;
    handleServiceError(
        net::ServiceClient::plainError(Error{QString(tv::errc::SessionExpired), QString(), {}}));
}

void Session::revokeOnServer(const QString &token)
{
    if (!m_client || token.isEmpty())
        return;
    // The reply is left to the client: it finishes (or fails) on its own after we forget all.
    m_client->logout().withToken(token).then(m_client, [](const Status &done) {
        if (done)
            qCDebug(lcSession) << "the server revoked the session";
        else
            qCInfo(lcSession) << "the server did not confirm the sign-out:" << done.error().code;
    });
}

void Session::track(net::ApiReply *reply)
{
    m_pending.removeAll(nullptr);
    m_pending << reply;
}

void Session::abortPending()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<net::ApiReply> &reply : pending) {
        if (reply)
            reply->abort();
    }
}

void Session::forget()
{
    m_refreshTimer.stop();
    m_endTimer.stop();
    m_grant.reset();
    m_status.reset();
    m_locked = false;
    if (m_client)
        m_client->clearAccessToken();
}

} // namespace tv::session
