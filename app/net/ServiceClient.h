#pragma once

#include "models/domain/Access.h"
#include "models/domain/Admin.h"
#include "models/domain/ErrorCode.h"
#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Report.h"
#include "models/domain/Result.h"
#include "models/domain/Search.h"
#include "models/domain/User.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSslCertificate;

namespace tv::net {

// Error codes that only the client produces (in the shared table, "models/domain/ErrorCode.h").
namespace errc {
using tv::errc::ConnectionLost;
using tv::errc::InsecureUrl;
using tv::errc::InvalidPin;
using tv::errc::InvalidUrl;
using tv::errc::PinMismatch;
} // namespace errc

class ServiceClient;
class ApiReply;
enum class Method { Get, Post };

// What a call to the service finally gives: the decoded answer or an error in plain words.
template <typename T>
using Callback = std::function<void(const Result<T> &)>;

// One request as ServiceClient sends it.
struct Request {
    Method method = Method::Get;
    QString path;
    QByteArray body;
    // The bearer token for this request alone (to revoke a session that is no longer the
    // client's); without one, the client's own token.
    std::optional<QString> token;
    // What the log calls this request: a fixed name, never the path (which may carry an id).
    QLatin1StringView operation;
};

// A call described but not yet sent; then() sends it. Nothing is sent for a Call dropped
// without then(), hence [[nodiscard]].
template <typename T>
class [[nodiscard]] Call {
public:
    using Decode = Result<T> (*)(const QJsonObject &);

    // Sends this one request with `token` rather than the client's own (never logged).
    Call &&withToken(const QString &token) &&
    {
        m_request.token = token;
        return std::move(*this);
    }

    // Sends the request. `done` is called exactly once with its result, from the event loop
    // after then() has returned, unless the reply is aborted or `context` (which owns the
    // reply) is destroyed first.
    ApiReply *then(QObject *context, Callback<T> done) &&;

private:
    friend class ServiceClient;
    Call(ServiceClient *client, Request request, Decode decode)
        : m_client(client)
        , m_request(std::move(request))
        , m_decode(decode)
    {}

    ServiceClient *m_client;
    Request m_request;
    Decode m_decode;
};

// The one way the client talks to the service: one QNetworkAccessManager with no disk cache,
// cookies kept in memory only, no redirects followed, HTTPS required except to this computer,
// every TLS error fatal, optionally the server's public key pinned, a transfer timeout on every
// request, and reads (never writes) retried when the connection itself failed. Bodies are decoded
// with the domain wire format; every failure becomes a tv::Error whose message is plain words.
//
// Each call returns a Call<T>; its then() sends it and hands the typed result to a callback
// with a context object (see Call).
class ServiceClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceClient)

public:
    static constexpr std::chrono::milliseconds DefaultTransferTimeout{30000};

    explicit ServiceClient(QObject *parent = nullptr);
    ~ServiceClient() override;

    // Accepts https:// to any host and http:// only to a loopback address or localhost.
    static Status checkBaseUrl(const QUrl &url);
    // An error the service sent (code, and the unmet conditions for access_lapsed) in the words
    // every reply's `failed` carries: for a Session that learns of a lapse from GET /me.
    static Error plainError(const Error &serviceError);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;

    // The bearer token sent with every request from now on; kept in memory only, never logged.
    void setAccessToken(const QString &token);
    void clearAccessToken();
    bool hasAccessToken() const;
    // The token itself, for the session (and tests that check it leaks nowhere). Never log it.
    QString accessToken() const;

    void setTransferTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds transferTimeout() const;

    // Accept the server only when its certificate's public key (SubjectPublicKeyInfo) has one of
    // these SHA-256 digests, given in base64 as `openssl x509 -pubkey -noout | openssl pkey
    // -pubin -outform der | openssl dgst -sha256 -binary | base64` prints them. The usual
    // verification still applies. An empty list pins nothing; a malformed pin is refused.
    Status setPinnedKeys(const QStringList &sha256Base64);
    // The digest a pin stands for, or why it is not one (for configuration readers).
    static Result<QByteArray> decodePin(const QString &sha256Base64);
    // Certificate authorities to trust besides the system's (a council's own CA).
    void addCertificateAuthorities(const QList<QSslCertificate> &authorities);

    // GET /api/v1/health
    Call<Health> health();
    // POST /api/v1/auth/login
    Call<SessionGrant> login(const LoginRequest &request);
    // POST /api/v1/auth/refresh: a new token for the same session (same absolute end); the one
    // sent with the request stops working. The caller sets the new one (Session does).
    Call<SessionGrant> refresh();
    // POST /api/v1/auth/logout: revokes the token sent with it (see Call::withToken).
    Call<Done> logout();
    // GET /api/v1/me
    Call<AccountStatus> me();
    // GET /api/v1/statement: the current data protection statement.
    Call<Statement> statement();
    // POST /api/v1/statement/accept
    Call<Statement> acceptStatement(int version);
    // GET /api/v1/access-reasons
    Call<QList<AccessReasonOption>> accessReasons();
    // GET /api/v1/sources
    Call<QList<SourceCoverage>> sources();
    // POST /api/v1/search (a POST, so the criteria never appear in a URL)
    Call<SearchResults> search(const SearchCriteria &criteria);
    // POST /api/v1/persons/{id}/view
    Call<PersonView> viewPerson(const QString &personId, const AccessReason &reason);
    // POST /api/v1/households/{id}/view
    Call<Household> viewHousehold(const QString &householdId, const AccessReason &reason);
    // GET /api/v1/reports/mine
    Call<InaccuracyReportList> myReports();
    // POST /api/v1/persons/{id}/reports
    Call<InaccuracyReport> fileReport(const QString &personId, const NewInaccuracyReport &report);

private:
    template <typename T>
    friend class Call;

    // Sends `request` for a new reply owned by `context`; `deliver` gets the answer's JSON body
    // or the error, once, from the event loop, unless the reply is aborted or destroyed first.
    ApiReply *send(Request request, QObject *context,
                   std::function<void(const Result<QJsonObject> &)> deliver);
    // A body the decoder refused (its message names the field, never the value): logged, and
    // answered as bad_response.
    static Error notUnderstood(const Error &decodeError);

    struct Private;
    std::unique_ptr<Private> d;
};

// The pending answer to one call, whatever the call returns. It is owned by the context object
// given to Call::then() and deletes itself once the callback has run.
class ApiReply final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    // Stops the request; the callback is not called.
    void abort();

private:
    friend class ServiceClient;
    explicit ApiReply(QObject *context);

    std::function<void()> m_abort;
};

template <typename T>
ApiReply *Call<T>::then(QObject *context, Callback<T> done) &&
{
    return m_client->send(
        std::move(m_request), context,
        [decode = m_decode, done = std::move(done)](const Result<QJsonObject> &body) {
            if (!body) {
                done(body.error());
                return;
            }
            Result<T> value = decode(body.value());
            if (!value)
                value = ServiceClient::notUnderstood(value.error());
            done(value);
        });
}

} // namespace tv::net
