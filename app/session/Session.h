#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace tv::net {
class LoginReply;
class ServiceClient;
} // namespace tv::net

namespace tv::session {

// The signed-in state of this client. Signs in through the ServiceClient, keeps the session
// grant in memory only (never on disk, never in a log) and hands its token to the client, which
// sends it with every request until sign-out.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(net::ServiceClient *client, QObject *parent = nullptr);
    ~Session() override;

    // Ends any current session first. Emits signedIn or errorOccurred later.
    void signIn(const LoginRequest &request);
    // Forgets the grant and stops a sign-in that is still waiting. Emits signedOut when a
    // session or a sign-in was in progress.
    void signOut();

    bool isSignedIn() const;
    bool isSigningIn() const;
    std::optional<User> user() const;
    QDateTime expiresAt() const;

Q_SIGNALS:
    void signingInChanged(bool signingIn);
    void signedIn(const tv::User &user);
    void signedOut();
    void errorOccurred(const tv::Error &error);

private:
    void onGranted(const SessionGrant &grant);
    void onRefused(const Error &error);
    void forget();

    QPointer<net::ServiceClient> m_client;
    QPointer<net::LoginReply> m_pending;
    std::optional<SessionGrant> m_grant;
};

} // namespace tv::session
