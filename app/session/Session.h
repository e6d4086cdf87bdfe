#pragma once

#include "models/domain/Access.h"
#include "models/domain/Admin.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace tv::net {
class ApiReply;
class ServiceClient;
} // namespace tv::net

namespace tv::session {

// The signed-in state of this client. Signs in through the ServiceClient, keeps the session
// grant in memory only (never on disk, never in a log) and hands its token to the client, which
// sends it with every request until sign-out or lock.
//
// Signing in:
//   signIn() -> codeRequired()        the account has two-step sign-in: call signIn() again with
//                                      the same email and password and the code
//            -> errorOccurred(error)   refused (wrong password, too many attempts, unreachable...)
//            -> signedIn(user)         then the session reads GET /me (accountStatusChanged) and:
//                 statementRequired(statement)  the current data protection statement is not
//                                      accepted: show it, then acceptStatement(statement.version);
//                                      the session reads /me again afterwards
//                 accessLapsed(error)  other conditions of access are unmet; the error's `unmet`
//                                      lists them and its message names each in plain words
//                 ready(status)        every condition holds: person data may be asked for
//
// While signed in and unlocked the token is refreshed every refreshInterval() (POST
// auth/refresh: a new token, the same absolute end; the service's idle timeout restarts). A
// locked client refreshes nothing: the lock means nobody is using it. At the session's absolute
// end (sessionExpiresAt from /me) the session ends here too, with a session_expired error.
//
// Locking: lock() (connect IdleLock::locked to it, and to whatever clears the person models)
// takes the token away from the client, so nothing more can be asked for, and forgets nothing on
// the server. unlock(password[, code]) signs in again as the same user: the new session replaces
// the old one, whose token is then revoked with POST auth/logout. A refused unlock stays locked.
// unlocked() follows a successful unlock; the /me checks run again as after signIn().
//
// signOut() revokes the token on the server (POST auth/logout, without waiting for it) and
// forgets everything here at once, so a server that is down never keeps a session alive here.
//
// signedOut(reason) follows every end of a session: `reason` is empty when the person signed out
// (or a new sign-in replaced the session), and otherwise says in plain words why it ended here
// (session_expired at its absolute end or from the service, unauthenticated), so that what the
// person sees next is why, not only that, they were signed out.
class Session final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    static constexpr std::chrono::milliseconds DefaultRefreshInterval{std::chrono::minutes(10)};

    explicit Session(net::ServiceClient *client, QObject *parent = nullptr);
    ~Session() override;

    // Ends any current session first. Emits signedIn, codeRequired or errorOccurred later.
    void signIn(const LoginRequest &request);
    // Revokes the session on the server and forgets it here. Emits signedOut (with no reason)
    // when a session or a sign-in was in progress.
    void signOut();

    // Accepts the data protection statement of `version` (from statementRequired).
    void acceptStatement(int version);

    // See the class comment. lock() does nothing unless signed in.
    void lock();
    void unlock(const QString &password, const std::optional<QString> &code = std::nullopt);

    // The service reported that this session is over (session_expired or unauthenticated from
    // any call the UI made): forgets it here and emits signedOut(error). Other errors are
    // ignored.
    void handleServiceError(const Error &error);

    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const;

    bool isSignedIn() const;
    bool isSigningIn() const;
    bool isLocked() const;
    std::optional<User> user() const;
    QDateTime expiresAt() const;                        // the absolute end of the session
    std::optional<AccountStatus> accountStatus() const; // from the last /me

Q_SIGNALS:
    void signingInChanged(bool signingIn);
    void signedIn(const tv::User &user);
    void codeRequired();
    void accountStatusChanged(const tv::AccountStatus &status);
    void statementRequired(const tv::Statement &statement);
    void accessLapsed(const tv::Error &error);
    void ready(const tv::AccountStatus &status);
    void refreshed();
    void locked();
    void unlocked();
    void signedOut(const std::optional<tv::Error> &reason);
    void errorOccurred(const tv::Error &error);

private:
    void startLogin(const LoginRequest &request, bool unlocking);
    void onGranted(const SessionGrant &grant, bool unlocking);
    void onRefused(const Error &error, bool unlocking);
    void readAccount();
    void onAccount(const AccountStatus &status);
    void refresh();
    // A request of the session failed: the session ends when the service says so.
    void onRequestFailed(const Error &error);
    void scheduleEnd(const QDateTime &end);
    void onAbsoluteEnd();
    void revokeOnServer(const QString &token);
    void track(net::ApiReply *reply);
    void abortPending();
    void forget();

    QPointer<net::ServiceClient> m_client;
    QList<QPointer<net::ApiReply>> m_pending; // requests this session is waiting for
    std::optional<SessionGrant> m_grant;
    std::optional<AccountStatus> m_status;
    QString m_email; // for unlock; kept in memory only, never logged
    bool m_signingIn = false;
    bool m_locked = false;
    QTimer m_refreshTimer;
    QTimer m_endTimer;
};

} // namespace tv::session
