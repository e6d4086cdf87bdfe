#include "app/net/ServiceClient.h"

#include "models/domain/Access.h"
#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "models/domain/Version.h"
#include "models/domain/WireFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#endif

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace tv::net {

// Logs operations, HTTP statuses and error codes only: never URLs with data in them, headers,
// bodies, tokens, passwords or email addresses.
Q_LOGGING_CATEGORY(lcNet, "tv.app.net")

namespace {

using Deliver = std::function<void(const Result<QJsonObject> &)>;

// What one attempt at a request knows about itself besides the QNetworkReply.
struct RequestState {
    bool aborted = false;     // stopped on purpose: deliver nothing
    bool tooLarge = false;    // the body grew past wire::MaxBodyBytes
    bool pinMismatch = false; // the server's key is not one of the pinned ones
    bool sent = false;        // the whole request reached the socket (Qt may resend it once)
};

// Reads (GET) are retried this many times when the connection itself failed (refused, reset,
// closed before an answer): they change nothing, so a second try is safe. Nothing else is
// retried, and a timeout is not either: the user would wait several times as long.
constexpr int ReadRetries = 2;
constexpr std::chrono::milliseconds RetryDelays[ReadRetries] = {std::chrono::milliseconds(250),
                                                                std::chrono::milliseconds(1000)};

bool isRetryable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

// An error with the table's words for `code` (translated in this class's context).
Error wordsFor(ErrorCode code)
{
    return Error{
        QString(errorcode::wireName(code)),
        QCoreApplication::translate("tv::net::ServiceClient", errorcode::entry(code).words)};
}

// invalid_field naming a field of the search form: what that field wants, in the form's words
// (the date as it is typed here, not as it travels). `limit` fills the text's %1 where it has one.
struct SearchFieldWords {
    QLatin1StringView field;
    const char *words;
    int limit = 0;
};

constexpr SearchFieldWords SearchFields[] = {
    {"name"_L1,
     QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                       "Name: enter a first name, a last name or both, in letters, for example "
                       "Ada Smith (at most %1 words)."),
     limits::NameWords},
    {"dateOfBirth"_L1,
     QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                       "Date of birth: use day/month/year, for example 04/03/2012.")},
    {"upn"_L1,
     QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                       "UPN: enter the unique pupil number, up to %1 letters and digits."),
     limits::IdentifierLength},
    {"nhsNumber"_L1,
     QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                       "NHS number: enter all 10 digits, for example 943 476 5919. The number "
                       "entered is not a real NHS number, so check it for a wrong digit.")},
    {"lcsCaseId"_L1,
     QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                       "LCS case ID: enter the case number from the social care system, up to %1 "
                       "characters."),
     limits::IdentifierLength},
    {"postcode"_L1,
     QT_TRANSLATE_NOOP("tv::net::ServiceClient",
                       "Postcode: enter a full postcode (TA1 1AA), or its first part (TA1) to "
                       "search an area.")},
};

std::optional<QString> searchFieldWords(const QString &field)
{
    for (const SearchFieldWords &entry : SearchFields) {
        if (field != entry.field)
            continue;
        const QString words = QCoreApplication::translate("tv::net::ServiceClient", entry.words);
        return entry.limit ? words.arg(entry.limit) : words;
    }
    return std::nullopt;
}

// Turns an error the service sent into plain words; the code (and the list of unmet conditions,
// or the field at fault) stays as the service sent it. `retryAfter`: the seconds the service
// said to wait (its Retry-After header), when it said.
Error fromServiceError(const Error &error, std::optional<qint64> retryAfter = std::nullopt)
{
    const QString &code = error.code;
    const std::optional<ErrorCode> known = errorcode::fromWireName(code);
    if (!known) {
        return Error{code,
                     QCoreApplication::translate("tv::net::ServiceClient", errorcode::Rejected)};
    }
    switch (*known) {
    case ErrorCode::TooManyAttempts:
        // The throttle's own wait, in whole sentences for one and for many.
        if (retryAfter && *retryAfter > 120) {
            const qint64 minutes = (*retryAfter + 59) / 60;
            return Error{code, ServiceClient::tr("Too many unsuccessful sign-ins. Wait %1 minutes, "
                                                 "then try again.")
                                   .arg(minutes)};
        }
        if (retryAfter && *retryAfter > 1) {
            return Error{code, ServiceClient::tr("Too many unsuccessful sign-ins. Wait %1 seconds, "
                                                 "then try again.")
                                   .arg(*retryAfter)};
        }
        if (retryAfter) {
            return Error{code, ServiceClient::tr("Too many unsuccessful sign-ins. Wait a second, "
                                                 "then try again.")};
        }
        break;
    case ErrorCode::AccessLapsed: {
        QStringList lines{wordsFor(ErrorCode::AccessLapsed).message};
        for (const QString &condition : error.unmet)
            lines << u"\u2022 "_s + conditions::textForWireName(condition);
        lines << ServiceClient::tr("Contact your Transform team to restore it.");
        return Error{code, lines.join(u'\n'), error.unmet};
    }
    case ErrorCode::InvalidField:
        if (const std::optional<QString> words = searchFieldWords(error.field))
            return Error{code, *words, {}, error.field};
        break;
    default:
        break;
    }
    // No words of the table's own: the service's are already for a practitioner (which password
    // rule, whom to contact about a restricted record, what changed meanwhile).
    if (!errorcode::entry(*known).words)
        return error;
    return wordsFor(*known);
}

Error fromTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborted it
        return wordsFor(ErrorCode::Timeout);
    case QNetworkReply::SslHandshakeFailedError:
        return wordsFor(ErrorCode::TlsFailure);
    default:
        return wordsFor(ErrorCode::Unreachable);
    }
}

bool isJson(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return type.section(u';', 0, 0).trimmed().compare("application/json"_L1, Qt::CaseInsensitive) ==
           0;
}

// Decodes {"<key>": [T, ...]} strictly: that one member, every element an object of type T.
template <typename T>
Result<QList<T>> listFromJson(const QJsonObject &object, QLatin1StringView key)
{
    const auto invalid = [key] {
        return Error{QString(tv::errc::InvalidField), u"%1 must be a list of objects"_s.arg(key)};
    };
    if (object.size() != 1 || !object.value(key).isArray())
        return invalid();
    QList<T> values;
    for (const QJsonValue &element : object.value(key).toArray()) {
        if (!element.isObject())
            return invalid();
        Result<T> value = wire::fromJson<T>(element.toObject());
        if (!value)
            return value.error();
        values << value.value();
    }
    return values;
}

Result<QList<AccessReasonOption>> accessReasonList(const QJsonObject &object)
{
    return listFromJson<AccessReasonOption>(object, "reasons"_L1);
}

Result<QList<SourceCoverage>> sourceList(const QJsonObject &object)
{
    return listFromJson<SourceCoverage>(object, "sources"_L1);
}

// {"signedOut": true}
Status signedOut(const QJsonObject &object)
{
    if (object.size() != 1 || !object.value("signedOut"_L1).isBool())
        return Error{QString(tv::errc::InvalidField), u"signedOut must be a boolean"_s};
    return Done{};
}

// An identifier as one path segment: percent-encoded, so it can never add a segment or query.
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The requests the calls below make: a GET, a POST without a body, and a POST of one wire type,
// each with the name the log gives it.
Request get(QString path, QLatin1StringView operation)
{
    return {Method::Get, std::move(path), {}, {}, operation};
}

Request post(QString path, QLatin1StringView operation)
{
    return {Method::Post, std::move(path), {}, {}, operation};
}

template <typename Body>
Request post(QString path, QLatin1StringView operation, const Body &body)
{
    return {Method::Post, std::move(path), wire::serialize(wire::toJson(body)), {}, operation};
}

// Reads a finished reply into a JSON object or a mapped error.
Result<QJsonObject> interpret(QNetworkReply *reply, const RequestState &state,
                              QLatin1StringView operation)
{
    if (state.tooLarge) {
        qCWarning(lcNet) << operation << "refused: the answer is larger than allowed";
        return wordsFor(ErrorCode::BadResponse);
    }
    if (state.pinMismatch) {
        qCWarning(lcNet) << operation << "refused: the server's key is not pinned";
        return wordsFor(ErrorCode::PinMismatch);
    }
    const QNetworkReply::NetworkError networkError = reply->error();
    // Connection, TLS and proxy problems: there is no HTTP answer to read.
    if (networkError > QNetworkReply::NoError &&
        networkError < QNetworkReply::ContentAccessDenied) {
        qCInfo(lcNet) << operation << "failed before an answer:" << networkError
                      << (state.sent ? "after the request was sent" : "");
        // Sent, then the connection failed (Qt's own resend included): the server may have
        // acted on it. A timeout or a TLS failure keeps its own words.
        const Error transport = fromTransportError(networkError);
        if (state.sent && transport.code == tv::errc::Unreachable)
            return wordsFor(ErrorCode::ConnectionLost);
        return transport;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        qCInfo(lcNet) << operation << "failed without an HTTP status:" << networkError;
        return wordsFor(ErrorCode::BadResponse);
    }
    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    const bool json = isJson(reply);

    if (status >= 200 && status < 300) {
        if (!json) {
            qCWarning(lcNet) << operation << "answered" << status << "without a JSON body";
            return wordsFor(ErrorCode::BadResponse);
        }
        Result<QJsonObject> parsed = wire::parseObject(body);
        if (!parsed) {
            qCWarning(lcNet) << operation << "answered" << status
                             << "with a body that is not a JSON object:" << parsed.error().code;
            return wordsFor(ErrorCode::BadResponse);
        }
        qCDebug(lcNet) << operation << "succeeded with" << status;
        return parsed;
    }
    if (status >= 500) {
        qCWarning(lcNet) << operation << "failed with server status" << status;
        return wordsFor(ErrorCode::ServerFault);
    }
    if (status >= 300 && status < 400) {
        qCWarning(lcNet) << operation << "answered with redirect" << status
                         << "which is never followed";
        return wordsFor(ErrorCode::BadResponse);
    }
    if (!json) {
        qCWarning(lcNet) << operation << "failed with" << status << "without a JSON body";
        return wordsFor(ErrorCode::BadResponse);
    }
    const Result<QJsonObject> parsed = wire::parseObject(body);
    if (!parsed) {
        qCWarning(lcNet) << operation << "failed with" << status << "and an unreadable body";
        return wordsFor(ErrorCode::BadResponse);
    }
    const Error error = wire::errorFromBody(parsed.value());
    qCInfo(lcNet) << operation << "refused with" << status << error.code;
    // The throttle's wait, in whole seconds (RFC 9110 10.2.3); a date or nonsense is ignored.
    bool isNumber = false;
    const qint64 wait = reply->rawHeader("Retry-After").trimmed().toLongLong(&isNumber);
    return fromServiceError(error,
                            isNumber && wait > 0 ? std::optional<qint64>(wait) : std::nullopt);
}

} // namespace

struct ServiceClient::Private {
    explicit Private(ServiceClient *owner)
        : manager(new QNetworkAccessManager(owner))
    {
        manager->setCache(nullptr);
        manager->setCookieJar(new QNetworkCookieJar); // memory only; the manager owns it
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setStrictTransportSecurityEnabled(true);
    }

    // The only place that builds a request, and so the only place that adds the bearer token.
    QNetworkRequest makeRequest(const Request &call) const
    {
        QUrl url =
            baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
        url.setPath(url.path() + call.path);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
        request.setTransferTimeout(timeout);
#else
        request.setTransferTimeout(int(timeout.count()));
#endif
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QString(u"transform-view/"_s + tv::ProductVersion));
        request.setRawHeader("Accept", "application/json");
        if (const QString &bearer = call.token.value_or(token); !bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
#if QT_CONFIG(ssl)
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!extraAuthorities.isEmpty())
            tls.addCaCertificates(extraAuthorities);
        request.setSslConfiguration(tls);
#endif
        return request;
    }

    // One call: its request, and which attempt at it is under way.
    struct Pending {
        Request request;
        Deliver deliver;
        QLatin1StringView operation;
        QPointer<QObject> reply;
        int retriesLeft = 0;
        std::shared_ptr<RequestState> state; // the current attempt's
        QPointer<QNetworkReply> network;     // the current attempt's
    };

    // Sends one request on behalf of `reply` and calls `deliver` once, from the event loop,
    // unless the returned abort function was called first or `reply` was destroyed.
    std::function<void()> send(QObject *reply, Request request, Deliver deliver)
    {
        const QLatin1StringView operation = request.operation;
        if (const Status usable = checkBaseUrl(baseUrl); !usable) {
            qCWarning(lcNet) << operation << "refused before sending:" << usable.error().code;
            auto aborted = std::make_shared<bool>(false);
            QTimer::singleShot(0, reply, [aborted, deliver, error = usable.error()] {
                if (!*aborted)
                    deliver(error);
            });
            return [aborted] {
                *aborted = true;
            };
        }

        auto call = std::make_shared<Pending>();
        call->retriesLeft = request.method == Method::Get ? ReadRetries : 0;
        call->request = std::move(request);
        call->deliver = std::move(deliver);
        call->operation = operation;
        call->reply = reply;
        attempt(call);
        // A reply object that goes away takes its request with it.
        QObject::connect(reply, &QObject::destroyed, manager, [call] { stop(*call); });
        return [call] {
            stop(*call);
        };
    }

    static void stop(Pending &call)
    {
        if (call.state)
            call.state->aborted = true;
        if (call.network) {
            call.network->abort();
            call.network->deleteLater();
        }
    }

    void attempt(const std::shared_ptr<Pending> &call)
    {
        QNetworkRequest request = makeRequest(call->request);
        QNetworkReply *network = nullptr;
        if (call->request.method == Method::Get) {
            network = manager->get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            network = manager->post(request, call->request.body);
        }
        qCDebug(lcNet) << call->operation << "sent";
        auto state = std::make_shared<RequestState>();
        call->state = state;
        call->network = network;
        QObject *context = call->reply;

        QObject::connect(network, &QNetworkReply::requestSent, context,
                         [state] { state->sent = true; });
        QObject::connect(network, &QNetworkReply::readyRead, context, [network, state] {
            if (network->bytesAvailable() > wire::MaxBodyBytes) {
                state->tooLarge = true;
                network->abort();
            }
        });
#if QT_CONFIG(ssl)
        const QLatin1StringView operation = call->operation;
        QObject::connect(network, &QNetworkReply::sslErrors, context,
                         [operation](const QList<QSslError> &errors) {
                             // Never ignored: the request fails with SslHandshakeFailedError.
                             for (const QSslError &error : errors)
                                 qCWarning(lcNet) << operation << "TLS error:" << error.error();
                         });
        if (!pins.isEmpty()) {
            // After the usual verification succeeded, before any data is sent: the server's
            // public key must also be one of the pinned ones.
            QObject::connect(
                network, &QNetworkReply::encrypted, context, [network, state, pinned = pins] {
                    const QByteArray spki =
                        network->sslConfiguration().peerCertificate().publicKey().toDer();
                    const QByteArray digest =
                        QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
                    if (spki.isEmpty() || !pinned.contains(digest)) {
                        state->pinMismatch = true;
                        network->abort();
                    }
                });
        }
#endif
        QObject::connect(network, &QNetworkReply::finished, context, [this, network, call, state] {
            network->deleteLater();
            if (state->aborted)
                return;
            const QNetworkReply::NetworkError error = network->error();
            if (call->retriesLeft > 0 && !state->pinMismatch && !state->tooLarge &&
                isRetryable(error)) {
                const auto delay = RetryDelays[ReadRetries - call->retriesLeft];
                --call->retriesLeft;
                qCInfo(lcNet) << call->operation << "failed before an answer:" << error
                              << "- trying again in" << delay.count() << "ms";
                QTimer::singleShot(delay, call->reply, [this, call, state] {
                    if (!state->aborted)
                        attempt(call);
                });
                return;
            }
            call->deliver(interpret(network, *state, call->operation));
        });
    }

    QNetworkAccessManager *manager;
    QUrl baseUrl;
    QString token;
    QList<QByteArray> pins;                  // SHA-256 digests of accepted public keys
    QList<QSslCertificate> extraAuthorities; // trusted besides the system's
    std::chrono::milliseconds timeout = DefaultTransferTimeout;
};

ServiceClient::ServiceClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

ServiceClient::~ServiceClient() = default;

Status ServiceClient::checkBaseUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() ||
        (scheme != "https"_L1 && scheme != "http"_L1)) {
        return wordsFor(ErrorCode::InvalidUrl);
    }
    if (scheme == "http"_L1) {
        const QString host = url.host();
        const bool loopback = host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 ||
                              QHostAddress(host).isLoopback();
        if (!loopback) {
            return wordsFor(ErrorCode::InsecureUrl);
        }
    }
    return Done{};
}

Error ServiceClient::plainError(const Error &serviceError)
{
    return fromServiceError(serviceError);
}

void ServiceClient::setBaseUrl(const QUrl &url)
{
    d->baseUrl = url;
}

QUrl ServiceClient::baseUrl() const
{
    return d->baseUrl;
}

void ServiceClient::setAccessToken(const QString &token)
{
    d->token = token;
}

void ServiceClient::clearAccessToken()
{
    d->token.clear();
}

bool ServiceClient::hasAccessToken() const
{
    return !d->token.isEmpty();
}

QString ServiceClient::accessToken() const
{
    return d->token;
}

void ServiceClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout;
}

std::chrono::milliseconds ServiceClient::transferTimeout() const
{
    return d->timeout;
}

Result<QByteArray> ServiceClient::decodePin(const QString &sha256Base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(sha256Base64.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32) {
        return wordsFor(ErrorCode::InvalidPin);
    }
    return decoded.decoded;
}

Status ServiceClient::setPinnedKeys(const QStringList &sha256Base64)
{
    QList<QByteArray> pins;
    for (const QString &pin : sha256Base64) {
        const Result<QByteArray> digest = decodePin(pin);
        if (!digest)
            return digest.error();
        pins << digest.value();
    }
    d->pins = pins;
    return Done{};
}

void ServiceClient::addCertificateAuthorities(const QList<QSslCertificate> &authorities)
{
    d->extraAuthorities << authorities;
}

ApiReply *ServiceClient::send(Request request, QObject *context,
                              std::function<void(const Result<QJsonObject> &)> deliver)
{
    Q_ASSERT(context);
    auto *reply = new ApiReply(context ? context : this);
    reply->m_abort = d->send(reply, std::move(request),
                             [reply, deliver = std::move(deliver)](const Result<QJsonObject> &in) {
                                 // The reply's work is done: no abort from now on, and it goes
                                 // once the callback (which may delete its context) has run.
                                 reply->m_abort = nullptr;
                                 const QPointer<ApiReply> alive(reply);
                                 deliver(in);
                                 if (alive)
                                     reply->deleteLater();
                             });
    return reply;
}

Error ServiceClient::notUnderstood(const Error &decodeError)
{
    // The decoder's message names the offending field, never its value.
    qCWarning(lcNet) << "answer not understood:" << decodeError.code << decodeError.message;
    return wordsFor(ErrorCode::BadResponse);
}

Call<Health> ServiceClient::health()
{
    return {this, get(u"/api/v1/health"_s, "health"_L1), &wire::fromJson<Health>};
}

Call<SessionGrant> ServiceClient::login(const LoginRequest &request)
{
    return {this, post(u"/api/v1/auth/login"_s, "login"_L1, request),
            &wire::fromJson<SessionGrant>};
}

Call<SessionGrant> ServiceClient::refresh()
{
    return {this, post(u"/api/v1/auth/refresh"_s, "refresh"_L1), &wire::fromJson<SessionGrant>};
}

Call<Done> ServiceClient::logout()
{
    return {this, post(u"/api/v1/auth/logout"_s, "logout"_L1), &signedOut};
}

Call<AccountStatus> ServiceClient::me()
{
    return {this, get(u"/api/v1/me"_s, "me"_L1), &wire::fromJson<AccountStatus>};
}

Call<Statement> ServiceClient::statement()
{
    return {this, get(u"/api/v1/statement"_s, "statement"_L1), &wire::fromJson<Statement>};
}

Call<Statement> ServiceClient::acceptStatement(int version)
{
    return {
        this,
        post(u"/api/v1/statement/accept"_s, "accept statement"_L1, StatementAcceptance{version}),
        &wire::fromJson<Statement>};
}

Call<QList<AccessReasonOption>> ServiceClient::accessReasons()
{
    return {this, get(u"/api/v1/access-reasons"_s, "access reasons"_L1), &accessReasonList};
}

Call<QList<SourceCoverage>> ServiceClient::sources()
{
    return {this, get(u"/api/v1/sources"_s, "sources"_L1), &sourceList};
}

Call<SearchResults> ServiceClient::search(const SearchCriteria &criteria)
{
    return {this, post(u"/api/v1/search"_s, "search"_L1, criteria), &wire::fromJson<SearchResults>};
}

Call<PersonView> ServiceClient::viewPerson(const QString &personId, const AccessReason &reason)
{
    return {
        this,
        post(u"/api/v1/persons/%1/view"_s.arg(segment(personId)), "view"_L1, ViewRequest{reason}),
        &wire::fromJson<PersonView>};
}

Call<Household> ServiceClient::viewHousehold(const QString &householdId, const AccessReason &reason)
{
    return {this,
            post(u"/api/v1/households/%1/view"_s.arg(segment(householdId)), "view"_L1,
                 ViewRequest{reason}),
            &wire::fromJson<Household>};
}

Call<InaccuracyReportList> ServiceClient::myReports()
{
    return {this, get(u"/api/v1/reports/mine"_s, "my reports"_L1),
            &wire::fromJson<InaccuracyReportList>};
}

Call<InaccuracyReport> ServiceClient::fileReport(const QString &personId,
                                                 const NewInaccuracyReport &report)
{
    return {this,
            post(u"/api/v1/persons/%1/reports"_s.arg(segment(personId)), "file report"_L1, report),
            &wire::fromJson<InaccuracyReport>};
}

ApiReply::ApiReply(QObject *context)
    : QObject(context)
{}

ApiReply::~ApiReply() = default;

void ApiReply::abort()
{
    if (m_abort)
        m_abort();
    m_abort = nullptr;
    deleteLater();
}

} // namespace tv::net
