#include "app/net/ServiceClient.h"

#include "models/domain/Access.h"
#include "models/domain/ErrorCode.h"
#include "models/domain/FieldLimits.h"
#include "models/domain/Version.h"
#include "models/domain/WireFormat.h"

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

enum class Method { Get, Post };

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

Error unreachable()
{
    return Error{QString(tv::errc::Unreachable),
                 ServiceClient::tr("The server could not be reached. Check the server address "
                                   "and your network connection, then try again.")};
}

Error timedOut()
{
    return Error{QString(tv::errc::Timeout),
                 ServiceClient::tr("The server took too long to answer. Try again in a moment.")};
}

Error tlsFailure()
{
    return Error{QString(tv::errc::TlsFailure),
                 ServiceClient::tr("The server's identity could not be verified, so the "
                                   "connection was refused. Contact your Transform team.")};
}

Error pinMismatch()
{
    return Error{QString(errc::PinMismatch),
                 ServiceClient::tr("The server's certificate is not the one this computer was "
                                   "set up to trust, so the connection was refused. Someone may "
                                   "be intercepting it. Contact your Transform team.")};
}

Error connectionLost()
{
    return Error{QString(errc::ConnectionLost),
                 ServiceClient::tr("The connection to the server was lost before it answered. "
                                   "The server may have stopped. Check whether what you did "
                                   "took effect, then try again.")};
}

Error badResponse()
{
    return Error{QString(tv::errc::BadResponse),
                 ServiceClient::tr("The service answered with something this program cannot "
                                   "read. Check the server address, or contact your Transform "
                                   "team.")};
}

Error serverFault()
{
    return Error{QString(tv::errc::ServerFault),
                 ServiceClient::tr("The server had a fault and could not complete the request. "
                                   "Try again later; if it keeps happening, contact your "
                                   "Transform team.")};
}

// invalid_field naming a field of the search form: what that field wants, in the form's words
// (the date as it is typed here, not as it travels).
std::optional<QString> searchFieldWords(const QString &field)
{
    if (field == "name"_L1) {
        return ServiceClient::tr("Name: enter a first name, a last name or both, in letters, "
                                 "for example Ada Smith (at most %1 words).")
            .arg(limits::NameWords);
    }
    if (field == "dateOfBirth"_L1)
        return ServiceClient::tr("Date of birth: use day/month/year, for example 04/03/2012.");
    if (field == "upn"_L1) {
        return ServiceClient::tr("UPN: enter the unique pupil number, up to %1 letters and "
                                 "digits.")
            .arg(limits::IdentifierLength);
    }
    if (field == "nhsNumber"_L1) {
        return ServiceClient::tr("NHS number: enter all 10 digits, for example 943 476 5919. "
                                 "The number entered is not a real NHS number, so check it for "
                                 "a wrong digit.");
    }
    if (field == "lcsCaseId"_L1) {
        return ServiceClient::tr("LCS case ID: enter the case number from the social care "
                                 "system, up to %1 characters.")
            .arg(limits::IdentifierLength);
    }
    if (field == "postcode"_L1) {
        return ServiceClient::tr("Postcode: enter a full postcode (TA1 1AA), or its first part "
                                 "(TA1) to search an area.");
    }
    return std::nullopt;
}

// Turns an error the service sent into plain words; the code (and the list of unmet conditions,
// or the field at fault) stays as the service sent it. `retryAfter`: the seconds the service
// said to wait (its Retry-After header), when it said.
Error fromServiceError(const Error &error, std::optional<qint64> retryAfter = std::nullopt)
{
    const QString &code = error.code;
    if (code == tv::errc::InvalidCredentials) {
        return Error{code, ServiceClient::tr("The sign-in details were not recognised. Check "
                                             "your email address and password.")};
    }
    if (code == tv::errc::SessionExpired) {
        return Error{code, ServiceClient::tr("Your session has expired. Sign in again to carry "
                                             "on.")};
    }
    if (code == tv::errc::Unauthenticated)
        return Error{code, ServiceClient::tr("Your session has ended. Sign in again.")};
    if (code == tv::errc::InvalidCode) {
        return Error{code, ServiceClient::tr("The code was not right, or it has been used "
                                             "already. Your password was right, so you can try "
                                             "again: enter the code your authenticator app shows "
                                             "now, or a recovery code you have not used before.")};
    }
    if (code == tv::errc::MfaRequired) {
        return Error{code, ServiceClient::tr("Enter the 6-digit code from your authenticator "
                                             "app, or one of your recovery codes.")};
    }
    if (code == tv::errc::TooManyAttempts) {
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
        return Error{code, ServiceClient::tr("Too many unsuccessful sign-ins. Wait a few minutes, "
                                             "then try again.")};
    }
    if (code == tv::errc::AccessLapsed) {
        QStringList lines{ServiceClient::tr("Your access to TransformView has lapsed:")};
        for (const QString &condition : error.unmet)
            lines << u"\u2022 "_s + conditions::textForWireName(condition);
        lines << ServiceClient::tr("Contact your Transform team to restore it.");
        return Error{code, lines.join(u'\n'), error.unmet};
    }
    if (code == tv::errc::Forbidden)
        return Error{code, ServiceClient::tr("Your account is not allowed to do this.")};
    // The service's own words for these are already for a practitioner: which password rule,
    // whom to contact about a restricted record, what changed meanwhile.
    if (code == tv::errc::Restricted || code == tv::errc::WeakPassword ||
        code == tv::errc::Conflict) {
        return error;
    }
    if (code == tv::errc::NotFound) {
        return Error{code, ServiceClient::tr("The service has no such record. It may have been "
                                             "removed; search again.")};
    }
    if (code == tv::errc::InvalidField) {
        if (const std::optional<QString> words = searchFieldWords(error.field))
            return Error{code, *words, {}, error.field};
    }
    if (code == tv::errc::ServerFault)
        return serverFault();
    if (code == tv::errc::BadResponse)
        return badResponse();
    return Error{code, ServiceClient::tr("The service did not accept the request from this "
                                         "program. Contact your Transform team.")};
}

Error fromTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborted it
        return timedOut();
    case QNetworkReply::SslHandshakeFailedError:
        return tlsFailure();
    default:
        return unreachable();
    }
}

bool isJson(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return type.section(u';', 0, 0).trimmed().compare("application/json"_L1, Qt::CaseInsensitive) ==
           0;
}

// A name for the log that never carries an identifier from the path.
QLatin1StringView operationName(const QString &path)
{
    static const std::pair<QLatin1StringView, QLatin1StringView> names[] = {
        {"/health"_L1, "health"_L1},
        {"/auth/login"_L1, "login"_L1},
        {"/auth/refresh"_L1, "refresh"_L1},
        {"/auth/logout"_L1, "logout"_L1},
        {"/me"_L1, "me"_L1},
        {"/statement"_L1, "statement"_L1},
        {"/statement/accept"_L1, "accept statement"_L1},
        {"/access-reasons"_L1, "access reasons"_L1},
        {"/sources"_L1, "sources"_L1},
        {"/search"_L1, "search"_L1},
        {"/view"_L1, "view"_L1},
        {"/reports/mine"_L1, "my reports"_L1},
        {"/reports"_L1, "file report"_L1},
    };
    for (const auto &[suffix, name] : names) {
        if (path.endsWith(suffix))
            return name;
    }
    return "request"_L1;
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

// Reads a finished reply into a JSON object or a mapped error.
Result<QJsonObject> interpret(QNetworkReply *reply, const RequestState &state,
                              QLatin1StringView operation)
{
    if (state.tooLarge) {
        qCWarning(lcNet) << operation << "refused: the answer is larger than allowed";
        return badResponse();
    }
    if (state.pinMismatch) {
        qCWarning(lcNet) << operation << "refused: the server's key is not pinned";
        return pinMismatch();
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
            return connectionLost();
        return transport;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        qCInfo(lcNet) << operation << "failed without an HTTP status:" << networkError;
        return badResponse();
    }
    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    const bool json = isJson(reply);

    if (status >= 200 && status < 300) {
        if (!json) {
            qCWarning(lcNet) << operation << "answered" << status << "without a JSON body";
            return badResponse();
        }
        Result<QJsonObject> parsed = wire::parseObject(body);
        if (!parsed) {
            qCWarning(lcNet) << operation << "answered" << status
                             << "with a body that is not a JSON object:" << parsed.error().code;
            return badResponse();
        }
        qCDebug(lcNet) << operation << "succeeded with" << status;
        return parsed;
    }
    if (status >= 500) {
        qCWarning(lcNet) << operation << "failed with server status" << status;
        return serverFault();
    }
    if (status >= 300 && status < 400) {
        qCWarning(lcNet) << operation << "answered with redirect" << status
                         << "which is never followed";
        return badResponse();
    }
    if (!json) {
        qCWarning(lcNet) << operation << "failed with" << status << "without a JSON body";
        return badResponse();
    }
    const Result<QJsonObject> parsed = wire::parseObject(body);
    if (!parsed) {
        qCWarning(lcNet) << operation << "failed with" << status << "and an unreadable body";
        return badResponse();
    }
    const Error error = wire::errorFromBody(parsed.value());
    qCInfo(lcNet) << operation << "refused with" << status << error.code;
    // The throttle's wait, in whole seconds (RFC 9110 10.2.3); a date or nonsense is ignored.
    bool isNumber = false;
    const qint64 wait = reply->rawHeader("Retry-After").trimmed().toLongLong(&isNumber);
    return fromServiceError(error,
                            isNumber && wait > 0 ? std::optional<qint64>(wait) : std::nullopt);
}

template <typename T>
Result<T> decodeAs(const Result<QJsonObject> &body,
                   Result<T> (*decode)(const QJsonObject &) = &wire::fromJson<T>)
{
    if (!body)
        return body.error();
    Result<T> value = decode(body.value());
    if (!value) {
        // The decoder's message names the offending field, never its value.
        qCWarning(lcNet) << "answer not understood:" << value.error().code << value.error().message;
        return badResponse();
    }
    return value;
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
    QNetworkRequest makeRequest(const QString &path) const
    {
        QUrl url =
            baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
        url.setPath(url.path() + path);
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
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
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
    struct Call {
        Method method;
        QString path;
        QByteArray body;
        Deliver deliver;
        QLatin1StringView operation;
        QPointer<QObject> reply;
        int retriesLeft = 0;
        std::shared_ptr<RequestState> state; // the current attempt's
        QPointer<QNetworkReply> network;     // the current attempt's
    };

    // Sends one request on behalf of `reply` and calls `deliver` once, from the event loop,
    // unless the returned abort function was called first or `reply` was destroyed.
    std::function<void()> send(QObject *reply, Method method, const QString &path,
                               const QByteArray &body, Deliver deliver)
    {
        const QLatin1StringView operation = operationName(path);
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

        auto call = std::make_shared<Call>();
        call->method = method;
        call->path = path;
        call->body = body;
        call->deliver = std::move(deliver);
        call->operation = operation;
        call->reply = reply;
        call->retriesLeft = method == Method::Get ? ReadRetries : 0;
        attempt(call);
        // A reply object that goes away takes its request with it.
        QObject::connect(reply, &QObject::destroyed, manager, [call] { stop(*call); });
        return [call] {
            stop(*call);
        };
    }

    static void stop(Call &call)
    {
        if (call.state)
            call.state->aborted = true;
        if (call.network) {
            call.network->abort();
            call.network->deleteLater();
        }
    }

    void attempt(const std::shared_ptr<Call> &call)
    {
        QNetworkRequest request = makeRequest(call->path);
        QNetworkReply *network = nullptr;
        if (call->method == Method::Get) {
            network = manager->get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            network = manager->post(request, call->body);
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
        return Error{QString(errc::InvalidUrl),
                     tr("The server address is not a valid web address. Enter it in the form "
                        "https://transform.example.org.")};
    }
    if (scheme == "http"_L1) {
        const QString host = url.host();
        const bool loopback = host.compare("localhost"_L1, Qt::CaseInsensitive) == 0 ||
                              QHostAddress(host).isLoopback();
        if (!loopback) {
            return Error{QString(errc::InsecureUrl),
                         tr("The server address must start with https:// so that the "
                            "connection is encrypted. Plain http is allowed only to this "
                            "computer.")};
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
        return Error{QString(errc::InvalidPin),
                     tr("A pinned key must be the base64 SHA-256 of the server's public key "
                        "(44 characters ending in '=').")};
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

template <typename Reply, typename T>
Reply *ServiceClient::call(Method method, const QString &path, const QByteArray &body,
                           Result<T> (*decode)(const QJsonObject &),
                           void (Reply::*succeeded)(const T &))
{
    auto *reply = new Reply(this);
    reply->m_abort = d->send(reply, method, path, body,
                             [reply, decode, succeeded](const Result<QJsonObject> &in) {
                                 reply->complete(decodeAs<T>(in, decode), succeeded);
                             });
    return reply;
}

HealthReply *ServiceClient::health()
{
    return call(Method::Get, u"/api/v1/health"_s, {}, &wire::fromJson<Health>,
                &HealthReply::succeeded);
}

LoginReply *ServiceClient::login(const LoginRequest &request)
{
    return call(Method::Post, u"/api/v1/auth/login"_s, wire::serialize(wire::toJson(request)),
                &wire::fromJson<SessionGrant>, &LoginReply::succeeded);
}

LoginReply *ServiceClient::refresh()
{
    return call(Method::Post, u"/api/v1/auth/refresh"_s, {}, &wire::fromJson<SessionGrant>,
                &LoginReply::succeeded);
}

DoneReply *ServiceClient::logout()
{
    auto *reply = new DoneReply(this);
    reply->m_abort = d->send(
        reply, Method::Post, u"/api/v1/auth/logout"_s, {}, [reply](const Result<QJsonObject> &in) {
            Status done = in ? signedOut(in.value()) : Status(in.error());
            if (!done && in) {
                qCWarning(lcNet) << "answer not understood:" << done.error().code;
                done = badResponse();
            }
            reply->complete(done, &DoneReply::succeeded);
        });
    return reply;
}

AccountStatusReply *ServiceClient::me()
{
    return call(Method::Get, u"/api/v1/me"_s, {}, &wire::fromJson<AccountStatus>,
                &AccountStatusReply::succeeded);
}

StatementReply *ServiceClient::statement()
{
    return call(Method::Get, u"/api/v1/statement"_s, {}, &wire::fromJson<Statement>,
                &StatementReply::succeeded);
}

StatementReply *ServiceClient::acceptStatement(int version)
{
    return call(Method::Post, u"/api/v1/statement/accept"_s,
                wire::serialize(wire::toJson(StatementAcceptance{version})),
                &wire::fromJson<Statement>, &StatementReply::succeeded);
}

AccessReasonsReply *ServiceClient::accessReasons()
{
    return call(Method::Get, u"/api/v1/access-reasons"_s, {}, &accessReasonList,
                &AccessReasonsReply::succeeded);
}

SourcesReply *ServiceClient::sources()
{
    return call(Method::Get, u"/api/v1/sources"_s, {}, &sourceList, &SourcesReply::succeeded);
}

SearchReply *ServiceClient::search(const SearchCriteria &criteria)
{
    return call(Method::Post, u"/api/v1/search"_s, wire::serialize(wire::toJson(criteria)),
                &wire::fromJson<SearchResults>, &SearchReply::succeeded);
}

PersonViewReply *ServiceClient::viewPerson(const QString &personId, const AccessReason &reason)
{
    return call(Method::Post, u"/api/v1/persons/%1/view"_s.arg(segment(personId)),
                wire::serialize(wire::toJson(ViewRequest{reason})), &wire::fromJson<PersonView>,
                &PersonViewReply::succeeded);
}

HouseholdReply *ServiceClient::viewHousehold(const QString &householdId, const AccessReason &reason)
{
    return call(Method::Post, u"/api/v1/households/%1/view"_s.arg(segment(householdId)),
                wire::serialize(wire::toJson(ViewRequest{reason})), &wire::fromJson<Household>,
                &HouseholdReply::succeeded);
}

ReportListReply *ServiceClient::myReports()
{
    return call(Method::Get, u"/api/v1/reports/mine"_s, {}, &wire::fromJson<InaccuracyReportList>,
                &ReportListReply::succeeded);
}

ReportReply *ServiceClient::fileReport(const QString &personId, const NewInaccuracyReport &report)
{
    return call(Method::Post, u"/api/v1/persons/%1/reports"_s.arg(segment(personId)),
                wire::serialize(wire::toJson(report)), &wire::fromJson<InaccuracyReport>,
                &ReportReply::succeeded);
}

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{}

ApiReply::~ApiReply() = default;

void ApiReply::abort()
{
    if (m_abort)
        m_abort();
    m_abort = nullptr;
    deleteLater();
}

HealthReply::HealthReply(QObject *parent)
    : ApiReply(parent)
{}

HealthReply::~HealthReply() = default;

LoginReply::LoginReply(QObject *parent)
    : ApiReply(parent)
{}

LoginReply::~LoginReply() = default;

DoneReply::DoneReply(QObject *parent)
    : ApiReply(parent)
{}

DoneReply::~DoneReply() = default;

AccountStatusReply::AccountStatusReply(QObject *parent)
    : ApiReply(parent)
{}

AccountStatusReply::~AccountStatusReply() = default;

StatementReply::StatementReply(QObject *parent)
    : ApiReply(parent)
{}

StatementReply::~StatementReply() = default;

AccessReasonsReply::AccessReasonsReply(QObject *parent)
    : ApiReply(parent)
{}

AccessReasonsReply::~AccessReasonsReply() = default;

SourcesReply::SourcesReply(QObject *parent)
    : ApiReply(parent)
{}

SourcesReply::~SourcesReply() = default;

SearchReply::SearchReply(QObject *parent)
    : ApiReply(parent)
{}

SearchReply::~SearchReply() = default;

PersonViewReply::PersonViewReply(QObject *parent)
    : ApiReply(parent)
{}

PersonViewReply::~PersonViewReply() = default;

HouseholdReply::HouseholdReply(QObject *parent)
    : ApiReply(parent)
{}

HouseholdReply::~HouseholdReply() = default;

ReportReply::ReportReply(QObject *parent)
    : ApiReply(parent)
{}

ReportReply::~ReportReply() = default;

ReportListReply::ReportListReply(QObject *parent)
    : ApiReply(parent)
{}

ReportListReply::~ReportListReply() = default;

} // namespace tv::net
