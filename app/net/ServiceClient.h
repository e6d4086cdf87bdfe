#pragma once

#include "models/domain/Access.h"
#include "models/domain/Admin.h"
#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Report.h"
#include "models/domain/Result.h"
#include "models/domain/Search.h"
#include "models/domain/User.h"

#include <QLatin1StringView>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSslCertificate;

namespace tv::net {

// Error codes that only the client produces (the shared ones are in domain/ErrorCode.h).
namespace errc {
// The server address is not https, and not plain http to this computer either.
inline constexpr QLatin1StringView InsecureUrl{"insecure_url"};
// The server address is empty or not a valid http(s) URL.
inline constexpr QLatin1StringView InvalidUrl{"invalid_url"};
// The server's public key is not one of the pinned ones.
inline constexpr QLatin1StringView PinMismatch{"pin_mismatch"};
// A configured pin is not a base64 SHA-256 digest.
inline constexpr QLatin1StringView InvalidPin{"invalid_pin"};
// The connection dropped after the request was sent and before any answer (the server stopped,
// or the network failed): a write may or may not have been carried out.
inline constexpr QLatin1StringView ConnectionLost{"connection_lost"};
} // namespace errc

class HealthReply;
class LoginReply;
class DoneReply;
class AccountStatusReply;
class StatementReply;
class AccessReasonsReply;
class SourcesReply;
class SearchReply;
class PersonViewReply;
class HouseholdReply;
class ReportReply;
class ReportListReply;
enum class Method;

// The one way the client talks to the service: one QNetworkAccessManager with no disk cache,
// cookies kept in memory only, no redirects followed, HTTPS required except to this computer,
// every TLS error fatal, optionally the server's public key pinned, a transfer timeout on every
// request, and reads (never writes) retried when the connection itself failed. Bodies are decoded
// with the domain wire format; every failure becomes a tv::Error whose message is plain words.
//
// Each call returns a reply object owned by the client. It emits exactly one of its signals,
// always after the call has returned, and then deletes itself (later).
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
    HealthReply *health();
    // POST /api/v1/auth/login
    LoginReply *login(const LoginRequest &request);
    // POST /api/v1/auth/refresh: a new token for the same session (same absolute end); the one
    // sent with the request stops working. The caller sets the new one (Session does).
    LoginReply *refresh();
    // POST /api/v1/auth/logout: revokes the token sent with it.
    DoneReply *logout();
    // GET /api/v1/me
    AccountStatusReply *me();
    // GET /api/v1/statement: the current data protection statement.
    StatementReply *statement();
    // POST /api/v1/statement/accept
    StatementReply *acceptStatement(int version);
    // GET /api/v1/access-reasons
    AccessReasonsReply *accessReasons();
    // GET /api/v1/sources
    SourcesReply *sources();
    // POST /api/v1/search (a POST, so the criteria never appear in a URL)
    SearchReply *search(const SearchCriteria &criteria);
    // POST /api/v1/persons/{id}/view
    PersonViewReply *viewPerson(const QString &personId, const AccessReason &reason);
    // POST /api/v1/households/{id}/view
    HouseholdReply *viewHousehold(const QString &householdId, const AccessReason &reason);
    // GET /api/v1/reports/mine
    ReportListReply *myReports();
    // POST /api/v1/persons/{id}/reports
    ReportReply *fileReport(const QString &personId, const NewInaccuracyReport &report);

private:
    // Sends one request for a new `Reply` whose `succeeded` gets the body decoded by `decode`.
    template <typename Reply, typename T>
    Reply *call(Method method, const QString &path, const QByteArray &body,
                Result<T> (*decode)(const QJsonObject &), void (Reply::*succeeded)(const T &));

    struct Private;
    std::unique_ptr<Private> d;
};

// The pending answer to one ServiceClient call. It emits exactly one of `failed` or its
// subclass's `succeeded`, always after the call has returned, and then deletes itself (later).
class ApiReply : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)

public:
    ~ApiReply() override;

    // Stops the request; no signal is emitted afterwards.
    void abort();

Q_SIGNALS:
    void failed(const tv::Error &error);

protected:
    explicit ApiReply(QObject *parent);

    // Emits `succeeded` or `failed`, then deletes the reply.
    template <typename Reply>
    void complete(const Status &result, void (Reply::*succeeded)())
    {
        m_abort = nullptr;
        if (result)
            Q_EMIT(static_cast<Reply *>(this)->*succeeded)();
        else
            Q_EMIT failed(result.error());
        deleteLater();
    }

    // Emits `succeeded` with the value or `failed` with the error, then deletes the reply.
    template <typename T, typename Reply>
    void complete(const Result<T> &result, void (Reply::*succeeded)(const T &))
    {
        m_abort = nullptr;
        if (result)
            Q_EMIT(static_cast<Reply *>(this)->*succeeded)(result.value());
        else
            Q_EMIT failed(result.error());
        deleteLater();
    }

private:
    friend class ServiceClient;
    std::function<void()> m_abort;
};

// The pending answer to ServiceClient::health().
class HealthReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthReply)

public:
    ~HealthReply() override;

Q_SIGNALS:
    void succeeded(const tv::Health &health);

private:
    friend class ServiceClient;
    explicit HealthReply(QObject *parent);
};

// The pending answer to ServiceClient::login() and refresh().
class LoginReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginReply)

public:
    ~LoginReply() override;

Q_SIGNALS:
    void succeeded(const tv::SessionGrant &grant);

private:
    friend class ServiceClient;
    explicit LoginReply(QObject *parent);
};

// The pending answer to ServiceClient::logout().
class DoneReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoneReply)

public:
    ~DoneReply() override;

Q_SIGNALS:
    void succeeded();

private:
    friend class ServiceClient;
    explicit DoneReply(QObject *parent);
};

// The pending answer to ServiceClient::me().
class AccountStatusReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStatusReply)

public:
    ~AccountStatusReply() override;

Q_SIGNALS:
    void succeeded(const tv::AccountStatus &status);

private:
    friend class ServiceClient;
    explicit AccountStatusReply(QObject *parent);
};

// The pending answer to ServiceClient::statement() and acceptStatement().
class StatementReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementReply)

public:
    ~StatementReply() override;

Q_SIGNALS:
    void succeeded(const tv::Statement &statement);

private:
    friend class ServiceClient;
    explicit StatementReply(QObject *parent);
};

// The pending answer to ServiceClient::accessReasons().
class AccessReasonsReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessReasonsReply)

public:
    ~AccessReasonsReply() override;

Q_SIGNALS:
    void succeeded(const QList<tv::AccessReasonOption> &reasons);

private:
    friend class ServiceClient;
    explicit AccessReasonsReply(QObject *parent);
};

// The pending answer to ServiceClient::sources().
class SourcesReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesReply)

public:
    ~SourcesReply() override;

Q_SIGNALS:
    void succeeded(const QList<tv::SourceCoverage> &sources);

private:
    friend class ServiceClient;
    explicit SourcesReply(QObject *parent);
};

// The pending answer to ServiceClient::search().
class SearchReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchReply)

public:
    ~SearchReply() override;

Q_SIGNALS:
    void succeeded(const tv::SearchResults &results);

private:
    friend class ServiceClient;
    explicit SearchReply(QObject *parent);
};

// The pending answer to ServiceClient::viewPerson().
class PersonViewReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonViewReply)

public:
    ~PersonViewReply() override;

Q_SIGNALS:
    void succeeded(const tv::PersonView &view);

private:
    friend class ServiceClient;
    explicit PersonViewReply(QObject *parent);
};

// The pending answer to ServiceClient::viewHousehold().
class HouseholdReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdReply)

public:
    ~HouseholdReply() override;

Q_SIGNALS:
    void succeeded(const tv::Household &household);

private:
    friend class ServiceClient;
    explicit HouseholdReply(QObject *parent);
};

// The pending answer to ServiceClient::fileReport().
class ReportReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportReply)

public:
    ~ReportReply() override;

Q_SIGNALS:
    void succeeded(const tv::InaccuracyReport &report);

private:
    friend class ServiceClient;
    explicit ReportReply(QObject *parent);
};

// The pending answer to ServiceClient::myReports().
class ReportListReply final : public ApiReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportListReply)

public:
    ~ReportListReply() override;

Q_SIGNALS:
    void succeeded(const tv::InaccuracyReportList &reports);

private:
    friend class ServiceClient;
    explicit ReportListReply(QObject *parent);
};

} // namespace tv::net
