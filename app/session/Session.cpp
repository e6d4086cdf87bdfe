#include "Session.h"

#include "net/ServiceClient.h"

#include <QLoggingCategory>

namespace tv::session {

// Logs state changes and error codes only: never the token, the password or who signed in.
Q_LOGGING_CATEGORY(lcSession, "tv.app.session")

Session::Session(net::ServiceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
}

Session::~Session()
{
    if (m_pending)
        m_pending->abort();
    forget();
}

void Session::signIn(const LoginRequest &request)
{
    if (m_pending || m_grant)
        signOut();
    if (!m_client)
        return;

    m_pending = m_client->login(request);
    connect(m_pending, &net::LoginReply::succeeded, this, &Session::onGranted);
    connect(m_pending, &net::LoginReply::failed, this, &Session::onRefused);
    qCInfo(lcSession) << "signing in";
    Q_EMIT signingInChanged(true);
}

void Session::signOut()
{
    const bool wasActive = m_pending || m_grant;
    if (m_pending) {
        m_pending->abort();
        m_pending = nullptr;
        Q_EMIT signingInChanged(false);
    }
    forget();
    if (wasActive) {
        qCInfo(lcSession) << "signed out";
        Q_EMIT signedOut();
    }
}

bool Session::isSignedIn() const
{
    return m_grant.has_value();
}

bool Session::isSigningIn() const
{
    return !m_pending.isNull();
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

void Session::onGranted(const SessionGrant &grant)
{
    m_pending = nullptr;
    m_grant = grant;
    if (m_client)
        m_client->setAccessToken(grant.token);
    qCInfo(lcSession) << "signed in with role" << roles::wireName(grant.user.role);
    Q_EMIT signingInChanged(false);
    Q_EMIT signedIn(grant.user);
}

void Session::onRefused(const Error &error)
{
    m_pending = nullptr;
    qCInfo(lcSession) << "sign-in refused:" << error.code;
    Q_EMIT signingInChanged(false);
    Q_EMIT errorOccurred(error);
}

void Session::forget()
{
    m_grant.reset();
    if (m_client)
        m_client->clearAccessToken();
}

} // namespace tv::session
