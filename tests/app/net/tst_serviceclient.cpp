// ServiceClient against a real ServiceHost on loopback (SQLite, training data), and against raw
// sockets for what a real service never does: stay silent, redirect, answer garbage, fault.

#include "app/net/ServiceClient.h"
#include "models/domain/Access.h"
#include "models/domain/ErrorCode.h"
#include "server/ServiceHost.h"
#include "tests/app/support/ReplyWaiter.h"
#include "tests/app/support/SelfSigned.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestHttpClient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

Q_DECLARE_METATYPE(tv::SearchCriteria)

using namespace std::chrono_literals;
using tv::Health;
using tv::SessionGrant;
using tv::test::makeSelfSigned;
using tv::test::pinOf;
using tv::test::SelfSigned;

namespace {

// A loopback TCP server that records what it receives and answers with fixed bytes.
class RawServer {
public:
    enum class Mode {
        AnswerRequest,  // answer once the request's headers are in
        AnswerAnything, // answer the first bytes, whatever they are
        Silent,         // accept and never answer
    };

    // Connections made during the first `dropFor` are closed at once, before any answer.
    explicit RawServer(QByteArray answer, Mode mode = Mode::AnswerRequest,
                       std::chrono::milliseconds dropFor = {})
        : m_answer(std::move(answer))
        , m_mode(mode)
    {
        const QDeadlineTimer dropping(dropFor);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, dropping] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                if (++m_connections && !dropping.hasExpired()) {
                    socket->abort();
                    socket->deleteLater();
                    continue;
                }
                // What this connection sent so far; every connection gets the same answer.
                auto request = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                    const bool answered = !request->isEmpty() && (m_mode == Mode::AnswerAnything ||
                                                                  request->contains("\r\n\r\n"));
                    const QByteArray bytes = socket->readAll();
                    *request += bytes;
                    m_received += bytes;
                    const bool ready =
                        m_mode == Mode::AnswerAnything ||
                        (m_mode == Mode::AnswerRequest && request->contains("\r\n\r\n"));
                    if (ready && !answered) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost);
    }

    bool isListening() const { return m_listening; }
    QUrl url(const QString &scheme = u"http"_s) const
    {
        return QUrl(u"%1://127.0.0.1:%2"_s.arg(scheme).arg(m_server.serverPort()));
    }
    QByteArray received() const { return m_received; }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    Mode m_mode;
    bool m_listening = false;
    QByteArray m_received;
    int m_connections = 0;
};

QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &contentType,
                      const QByteArray &body, const QByteArray &extraHeaders = {})
{
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    if (!contentType.isEmpty())
        answer += "Content-Type: " + contentType + "\r\n";
    answer += extraHeaders;
    answer +=
        "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    return answer + body;
}

const QByteArray HealthBody = R"({"status":"ok","version":"1","schemaVersion":1,"training":false})";

// An HTTPS server on loopback that answers every request with `answer`.
class TlsServer {
public:
    TlsServer(const SelfSigned &identity, QByteArray answer)
        : m_answer(std::move(answer))
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(identity.certificate);
        tls.setPrivateKey(identity.key);
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                auto request = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                    *request += socket->readAll();
                    if (request->contains("\r\n\r\n")) {
                        ++m_requests;
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost);
    }
    bool isListening() const { return m_listening; }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    int requests() const { return m_requests; }

private:
    QSslServer m_server;
    QByteArray m_answer;
    bool m_listening = false;
    int m_connections = 0;
    int m_requests = 0;
};

// A port on loopback where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QByteArray headerValue(const QByteArray &request, const QByteArray &name)
{
    const QList<QByteArray> lines = request.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class TestServiceClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void checkBaseUrl_data();
    void checkBaseUrl();

    void healthSucceeds();
    void loginSucceeds();
    void wrongPasswordIsMapped();
    void repliesNeverAnswerSynchronously();
    void abortedReplyStaysSilent();
    void unreachableServer();
    void plainHttpToAnotherHostIsRefused();
    void silentServerTimesOut();
    void untrustedCertificateFails();
    void httpsToAPlainServerFails();
    void serverFaultIsMapped();
    void unreadableAnswers_data();
    void unreadableAnswers();
    void redirectsAreNotFollowed();
    void bearerTokenIsSentOnlyWhileSet();
    void onlyReadsAreRetried();
    void pinnedKeyIsAccepted();
    void pinnedKeyMismatchIsRefused();
    void malformedPinIsRefused();
    void lapsedAccessNamesEveryCondition();
    void serviceWordsAreKeptWhereTheyAreForPractitioners_data();
    void serviceWordsAreKeptWhereTheyAreForPractitioners();
    void searchFieldProblemsAreWordedForTheForm_data();
    void searchFieldProblemsAreWordedForTheForm();
    void searchFieldProblemsFromTheService_data();
    void searchFieldProblemsFromTheService();
    void typedCallsAgainstTheService();
    void serverKilledMidRequest();

private:
    std::unique_ptr<tv::server::ServiceHost> m_host;
    LoginRequest m_trainer;
};

void TestServiceClient::initTestCase()
{
    tv::server::ServerConfig config;
    config.training = true;
    m_host = std::make_unique<tv::server::ServiceHost>(config);
    const tv::Status started = m_host->start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    const auto account = m_host->trainingAccount();
    QVERIFY(account.has_value());
    m_trainer = LoginRequest{account->email, account->password};
}

void TestServiceClient::cleanupTestCase()
{
    m_host.reset();
}

void TestServiceClient::checkBaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refusedWith"); // empty: accepted

    QTest::newRow("https") << u"https://transform.example.org"_s << QString();
    QTest::newRow("https with port and path")
        << u"https://transform.example.org:8443/service/"_s << QString();
    QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:8080"_s << QString();
    QTest::newRow("http to 127.1.2.3") << u"http://127.1.2.3:8080"_s << QString();
    QTest::newRow("http to ::1") << u"http://[::1]:8080"_s << QString();
    QTest::newRow("http to localhost") << u"http://localhost:8080"_s << QString();
    QTest::newRow("http to a name")
        << u"http://transform.example.org"_s << QString(tv::net::errc::InsecureUrl);
    QTest::newRow("http to a LAN address")
        << u"http://192.168.1.10"_s << QString(tv::net::errc::InsecureUrl);
    QTest::newRow("http to localhost lookalike")
        << u"http://localhost.example.org"_s << QString(tv::net::errc::InsecureUrl);
    QTest::newRow("empty") << QString() << QString(tv::net::errc::InvalidUrl);
    QTest::newRow("no scheme") << u"transform.example.org"_s << QString(tv::net::errc::InvalidUrl);
    QTest::newRow("ftp") << u"ftp://transform.example.org"_s << QString(tv::net::errc::InvalidUrl);
    QTest::newRow("credentials in the address")
        << u"https://user:secret@transform.example.org"_s << QString(tv::net::errc::InvalidUrl);
}

void TestServiceClient::checkBaseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, refusedWith);
    const tv::Status status = ServiceClient::checkBaseUrl(QUrl(url, QUrl::StrictMode));
    if (refusedWith.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().message));
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, refusedWith);
        QVERIFY(!status.error().message.isEmpty());
    }
}

void TestServiceClient::healthSucceeds()
{
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    const Result<Health> health = await<Health>(client.health());
    QVERIFY2(health.ok(), qPrintable(health ? QString() : health.error().message));
    QCOMPARE(health.value().status, u"ok"_s);
    QVERIFY(health.value().training);
    QVERIFY(health.value().schemaVersion > 0);
}

void TestServiceClient::loginSucceeds()
{
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    const Result<SessionGrant> grant = await<SessionGrant>(client.login(m_trainer));
    QVERIFY2(grant.ok(), qPrintable(grant ? QString() : grant.error().message));
    QVERIFY(!grant.value().token.isEmpty());
    QVERIFY(grant.value().expiresAt > QDateTime::currentDateTimeUtc());
    QCOMPARE(grant.value().user.email, m_trainer.email);
    QCOMPARE(grant.value().user.role, tv::Role::Trainer);
    // Logging in does not make the client send the token: the session decides that.
    QVERIFY(!client.hasAccessToken());
}

void TestServiceClient::wrongPasswordIsMapped()
{
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    const Result<SessionGrant> grant =
        await<SessionGrant>(client.login(LoginRequest{m_trainer.email, u"not the password"_s}));
    QVERIFY(!grant.ok());
    QCOMPARE(grant.error().code, QString(tv::errc::InvalidCredentials));
    QCOMPARE(grant.error().message, u"The sign-in details were not recognised. Check your email "
                                    "address and password."_s);

    const Result<SessionGrant> unknown = await<SessionGrant>(
        client.login(LoginRequest{u"nobody@training.invalid"_s, m_trainer.password}));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error(), grant.error()); // an unknown address is told apart from nothing
}

void TestServiceClient::repliesNeverAnswerSynchronously()
{
    ServiceClient client;
    client.setBaseUrl(QUrl(u"http://example.org"_s)); // refused without any network
    const Recorder<Health> reply(client.health());
    QCOMPARE(reply.failed(), 0); // the caller had the chance to connect first
    QTRY_COMPARE(reply.failed(), 1);
}

void TestServiceClient::abortedReplyStaysSilent()
{
    RawServer server(httpAnswer(200, "OK", "application/json", "{}"), RawServer::Mode::Silent);
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    const Recorder<Health> recorder(client.health());
    const QPointer<tv::net::ApiReply> &reply = recorder.reply;
    QTRY_COMPARE(server.connections(), 1);
    reply->abort();
    QTRY_VERIFY(reply.isNull()); // it deletes itself
    QTest::qWait(100);
    QCOMPARE(recorder.succeeded(), 0);
    QCOMPARE(recorder.failed(), 0);
}

void TestServiceClient::unreachableServer()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    ServiceClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::Unreachable));
    QCOMPARE(health.error().message, u"The server could not be reached. Check the server address "
                                     "and your network connection, then try again."_s);
}

void TestServiceClient::plainHttpToAnotherHostIsRefused()
{
    ServiceClient client;
    client.setBaseUrl(QUrl(u"http://transform.example.org"_s));
    const Result<SessionGrant> grant = await<SessionGrant>(client.login(m_trainer));
    QVERIFY(!grant.ok());
    QCOMPARE(grant.error().code, QString(tv::net::errc::InsecureUrl));
    QCOMPARE(grant.error().message,
             u"The server address must start with https:// so that the connection is "
             "encrypted. Plain http is allowed only to this computer."_s);
}

void TestServiceClient::silentServerTimesOut()
{
    RawServer server({}, RawServer::Mode::Silent);
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    client.setTransferTimeout(300ms);
    QCOMPARE(client.transferTimeout(), 300ms);
    QElapsedTimer timer;
    timer.start();
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::Timeout));
    QCOMPARE(health.error().message,
             u"The server took too long to answer. Try again in a moment."_s);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(server.connections(), 1);
}

void TestServiceClient::untrustedCertificateFails()
{
    // A self-signed certificate for 127.0.0.1: right name, but nobody vouches for it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                   dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    const auto certificates = QSslCertificate::fromPath(dir.filePath(u"cert.pem"_s));
    QCOMPARE(certificates.size(), 1);
    QFile keyFile(dir.filePath(u"key.pem"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Ec);
    QVERIFY(!key.isNull());

    QSslServer server;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificates.constFirst());
    tls.setPrivateKey(key);
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int handshakesStarted = 0;
    connect(&server, &QSslServer::startedEncryptionHandshake, this,
            [&handshakesStarted] { ++handshakesStarted; });

    ServiceClient client;
    client.setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::TlsFailure));
    QCOMPARE(health.error().message,
             u"The server's identity could not be verified, so the connection was refused. "
             "Contact your Transform team."_s);
    QCOMPARE(handshakesStarted, 1);
}

void TestServiceClient::httpsToAPlainServerFails()
{
    RawServer server(httpAnswer(200, "OK", "application/json", "{}"),
                     RawServer::Mode::AnswerAnything);
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url(u"https"_s));
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::TlsFailure));
}

void TestServiceClient::serverFaultIsMapped()
{
    RawServer server(httpAnswer(503, "Service Unavailable", "text/html", "<h1>down</h1>"));
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::ServerFault));
    QCOMPARE(health.error().message,
             u"The server had a fault and could not complete the request. Try again later; if "
             "it keeps happening, contact your Transform team."_s);
}

void TestServiceClient::unreadableAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");

    QTest::newRow("html") << httpAnswer(200, "OK", "text/html", "<html>portal</html>");
    QTest::newRow("no content type") << httpAnswer(200, "OK", {}, R"({"status":"ok"})");
    QTest::newRow("not JSON") << httpAnswer(200, "OK", "application/json", "{status: ok");
    QTest::newRow("JSON array") << httpAnswer(200, "OK", "application/json", "[]");
    QTest::newRow("missing fields")
        << httpAnswer(200, "OK", "application/json", R"({"status":"ok"})");
    QTest::newRow("unknown field") << httpAnswer(
        200, "OK", "application/json",
        R"({"status":"ok","version":"1","schemaVersion":1,"training":false,"extra":1})");
    QTest::newRow("error without error body")
        << httpAnswer(400, "Bad Request", "application/json", R"({"message":"no"})");
    QTest::newRow("too large") << httpAnswer(
        200, "OK", "application/json", "{\"pad\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}");
}

void TestServiceClient::unreadableAnswers()
{
    QFETCH(QByteArray, answer);
    RawServer server(answer);
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::BadResponse));
    QCOMPARE(health.error().message,
             u"The service answered with something this program cannot read. Check the server "
             "address, or contact your Transform team."_s);
}

void TestServiceClient::redirectsAreNotFollowed()
{
    RawServer target(httpAnswer(200, "OK", "application/json",
                                R"({"status":"ok","version":"1","schemaVersion":1,)"
                                R"("training":false})"));
    QVERIFY(target.isListening());
    RawServer redirecting(httpAnswer(
        302, "Found", {}, {}, "Location: " + target.url().toEncoded() + "/api/v1/health\r\n"));
    QVERIFY(redirecting.isListening());

    ServiceClient client;
    client.setBaseUrl(redirecting.url());
    client.setAccessToken(u"token-that-must-stay-here"_s);
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::BadResponse));
    QTest::qWait(100);
    QCOMPARE(target.connections(), 0);
}

void TestServiceClient::bearerTokenIsSentOnlyWhileSet()
{
    const QByteArray healthBody =
        R"({"status":"ok","version":"1","schemaVersion":1,"training":false})";
    ServiceClient client;

    RawServer anonymous(httpAnswer(200, "OK", "application/json", healthBody));
    client.setBaseUrl(anonymous.url());
    QVERIFY(await<Health>(client.health()).ok());
    QVERIFY(anonymous.received().startsWith("GET /api/v1/health HTTP/1.1\r\n"));
    QVERIFY(headerValue(anonymous.received(), "Authorization").isEmpty());
    QCOMPARE(headerValue(anonymous.received(), "Accept"), QByteArray("application/json"));

    RawServer authenticated(httpAnswer(200, "OK", "application/json", healthBody));
    client.setBaseUrl(authenticated.url());
    client.setAccessToken(u"opaque-token-123"_s);
    QVERIFY(client.hasAccessToken());
    QVERIFY(await<Health>(client.health()).ok());
    QCOMPARE(headerValue(authenticated.received(), "Authorization"),
             QByteArray("Bearer opaque-token-123"));

    RawServer afterSignOut(httpAnswer(200, "OK", "application/json", healthBody));
    client.setBaseUrl(afterSignOut.url());
    client.clearAccessToken();
    QVERIFY(!client.hasAccessToken());
    QVERIFY(await<Health>(client.health()).ok());
    QVERIFY(headerValue(afterSignOut.received(), "Authorization").isEmpty());
}

void TestServiceClient::searchFieldProblemsAreWordedForTheForm_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words"); // empty: the words for a request this program got wrong
    QTest::newRow("name") << u"name"_s
                          << u"Name: enter a first name, a last name or both, in letters, for "
                             u"example Ada Smith (at most 6 words)."_s;
    QTest::newRow("date of birth")
        << u"dateOfBirth"_s << u"Date of birth: use day/month/year, for example 04/03/2012."_s;
    QTest::newRow("UPN") << u"upn"_s
                         << u"UPN: enter the unique pupil number, up to 40 letters and digits."_s;
    QTest::newRow("NHS number")
        << u"nhsNumber"_s
        << u"NHS number: enter all 10 digits, for example 943 476 5919. The number entered is "
           u"not a real NHS number, so check it for a wrong digit."_s;
    QTest::newRow("LCS case ID") << u"lcsCaseId"_s
                                 << u"LCS case ID: enter the case number from the social care "
                                    u"system, up to 40 characters."_s;
    QTest::newRow("postcode") << u"postcode"_s
                              << u"Postcode: enter a full postcode (TA1 1AA), or its first part "
                                 u"(TA1) to search an area."_s;
    QTest::newRow("a field the form does not have") << u"reason.code"_s << QString();
    QTest::newRow("no field") << QString() << QString();
}

// An invalid_field naming a field of the search form reads as the form would say it; the code
// and the field stay machine-readable.
void TestServiceClient::searchFieldProblemsAreWordedForTheForm()
{
    QFETCH(QString, field);
    QFETCH(QString, words);
    QByteArray body = R"({"error":{"code":"invalid_field","message":"Field 'x' must be so.")";
    if (!field.isEmpty())
        body += R"(,"field":")" + field.toLatin1() + '"';
    body += "}}";
    RawServer server(httpAnswer(400, "Bad Request", "application/json", body));
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    const auto results = await<tv::SearchResults>(client.search(tv::test::searchByName(u"x"_s)));
    QVERIFY(!results.ok());
    QCOMPARE(results.error().code, QString(tv::errc::InvalidField));
    if (words.isEmpty()) {
        QCOMPARE(results.error().message,
                 u"The service did not accept the request from this program. Contact your "
                 u"Transform team."_s);
    } else {
        QCOMPARE(results.error().message, words);
        QCOMPARE(results.error().field, field);
    }
    QVERIFY(!results.error().message.contains(u"Field '"_s));
}

void TestServiceClient::searchFieldProblemsFromTheService_data()
{
    QTest::addColumn<tv::SearchCriteria>("criteria");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    tv::SearchCriteria nhs;
    nhs.nhsNumber = u"943 476 5918"_s; // one digit wrong
    QTest::newRow("NHS number") << nhs << u"nhsNumber"_s << u"NHS number: "_s;
    tv::SearchCriteria postcode;
    postcode.postcode = u"TA1 1A"_s;
    QTest::newRow("postcode") << postcode << u"postcode"_s << u"Postcode: "_s;
    tv::SearchCriteria name;
    name.name = u"42"_s;
    QTest::newRow("name") << name << u"name"_s << u"Name: "_s;
}

// The same against the real service: what a practitioner can type and the form cannot check.
void TestServiceClient::searchFieldProblemsFromTheService()
{
    QFETCH(tv::SearchCriteria, criteria);
    QFETCH(QString, field);
    QFETCH(QString, label);
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    const Result<SessionGrant> grant = await<SessionGrant>(client.login(m_trainer));
    QVERIFY(grant.ok());
    client.setAccessToken(grant.value().token);
    const auto results = await<tv::SearchResults>(client.search(criteria));
    QVERIFY(!results.ok());
    QCOMPARE(results.error().code, QString(tv::errc::InvalidField));
    QCOMPARE(results.error().field, field);
    const QString message = results.error().message;
    QVERIFY2(message.startsWith(label), qPrintable(message));
    QVERIFY2(!message.contains(u"Transform team"_s), qPrintable(message));
    const Recorder<tv::Done> done(client.logout());
    QTRY_COMPARE_WITH_TIMEOUT(done.succeeded(), 1, WaitMs);
}

void TestServiceClient::typedCallsAgainstTheService()
{
    ServiceClient client;
    client.setBaseUrl(m_host->baseUrl());
    const Result<SessionGrant> grant = await<SessionGrant>(client.login(m_trainer));
    QVERIFY(grant.ok());
    client.setAccessToken(grant.value().token);
    QCOMPARE(client.accessToken(), grant.value().token);

    const auto status = await<tv::AccountStatus>(client.me());
    QVERIFY(status.ok());
    QCOMPARE(status.value().user.email, m_trainer.email);
    QVERIFY(status.value().unmet.isEmpty());
    QCOMPARE(status.value().sessionExpiresAt, grant.value().expiresAt);

    const auto statement = await<tv::Statement>(client.statement());
    QVERIFY(statement.ok());
    QCOMPARE(std::optional<int>(statement.value().version), status.value().currentStatementVersion);
    QVERIFY(statement.value().accepted);
    const auto accepted = await<tv::Statement>(client.acceptStatement(statement.value().version));
    QVERIFY(accepted.ok());
    QCOMPARE(accepted.value().version, statement.value().version);
    const auto wrongVersion = await<tv::Statement>(client.acceptStatement(999));
    QVERIFY(!wrongVersion.ok());

    const auto reasons = await<QList<tv::AccessReasonOption>>(client.accessReasons());
    QVERIFY(reasons.ok());
    QVERIFY(!reasons.value().isEmpty());
    QVERIFY(!reasons.value().constFirst().label.isEmpty());
    const auto sources = await<QList<tv::SourceCoverage>>(client.sources());
    QVERIFY(sources.ok());
    QVERIFY(!sources.value().isEmpty());

    const auto results =
        await<tv::SearchResults>(client.search(tv::test::searchByName(u"Smith"_s)));
    QVERIFY2(results.ok(), qPrintable(results ? QString() : results.error().message));
    QVERIFY(!results.value().results.isEmpty());
    const QString personId = results.value().results.constFirst().id;
    tv::AccessReason reason;
    reason.code = reasons.value().constFirst().code;
    const auto view = await<tv::PersonView>(client.viewPerson(personId, reason));
    QVERIFY2(view.ok(), qPrintable(view ? QString() : view.error().message));
    QCOMPARE(view.value().details.id, personId);
    const auto household =
        await<tv::Household>(client.viewHousehold(view.value().details.householdId, reason));
    QVERIFY(household.ok());
    QCOMPARE(household.value().id, view.value().details.householdId);
    // An identifier is one path segment: it can never reach another route.
    const auto odd = await<tv::PersonView>(client.viewPerson(u"../../health?x=1"_s, reason));
    QVERIFY(!odd.ok());
    QVERIFY(odd.error().code == QString(tv::errc::NotFound) ||
            odd.error().code == QString(tv::errc::InvalidField));

    const auto before = await<tv::InaccuracyReportList>(client.myReports());
    QVERIFY(before.ok());
    const auto filed = await<tv::InaccuracyReport>(client.fileReport(
        personId, tv::NewInaccuracyReport{u"personal/address"_s, u"The address is old."_s}));
    QVERIFY2(filed.ok(), qPrintable(filed ? QString() : filed.error().message));
    QCOMPARE(filed.value().personId, personId);
    const auto after = await<tv::InaccuracyReportList>(client.myReports());
    QVERIFY(after.ok());
    QCOMPARE(after.value().reports.size(), before.value().reports.size() + 1);

    const auto refreshed = await<SessionGrant>(client.refresh());
    QVERIFY(refreshed.ok());
    QVERIFY(refreshed.value().token != grant.value().token);
    QCOMPARE(refreshed.value().expiresAt, grant.value().expiresAt);
    const auto oldToken = await<tv::AccountStatus>(client.me()); // still the old token
    QVERIFY(!oldToken.ok());
    QCOMPARE(oldToken.error().code, QString(tv::errc::Unauthenticated));
    client.setAccessToken(refreshed.value().token);

    const Recorder<tv::Done> done(client.logout());
    QTRY_COMPARE_WITH_TIMEOUT(done.succeeded(), 1, WaitMs);
    const auto revoked = await<tv::AccountStatus>(client.me());
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.error().code, QString(tv::errc::Unauthenticated));
}

void TestServiceClient::serverKilledMidRequest()
{
    // The real service as its own process on a free port, stopped (SIGSTOP) so that it accepts
    // the connection in the kernel but never reads the request, then killed (SIGKILL) while the
    // request waits: the write is not retried, and the message says the connection was lost.
    auto database = tv::test::TestDatabase::create(tv::test::Backend::Sqlite);
    QVERIFY(database.ok());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"service.ini"_s);
    {
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((u"[server]\naddress=127.0.0.1\nport=0\n\n"_s + database.value()->iniSection())
                       .toUtf8());
    }
    QProcess service;
    QString err;
    connect(&service, &QProcess::readyReadStandardError, &service,
            [&] { err += QString::fromUtf8(service.readAllStandardError()); });
    service.start(QStringLiteral(TV_SERVICE_BINARY), {u"serve"_s, u"--config"_s, ini});
    QVERIFY(service.waitForStarted(10000));
    const auto cleanup = qScopeGuard([&] {
        if (service.state() != QProcess::NotRunning) {
            service.kill();
            service.waitForFinished();
        }
    });
    static const QRegularExpression listening(u"listening on (https?://\\S+)"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(listening.match(err).hasMatch(), qPrintable(err), 30000);
    const QUrl url(listening.match(err).captured(1));

    // It answers while it runs (asked on a connection of its own: the client's first request
    // must open a new connection, or Qt would resend it on a fresh one after the reset).
    QCOMPARE(tv::test::TestHttpClient(url).get(u"/api/v1/health"_s).status, 200);
    ServiceClient client;
    client.setBaseUrl(url);

    QCOMPARE(::kill(pid_t(service.processId()), SIGSTOP), 0);
    const Recorder<SessionGrant> reply(client.login(m_trainer));
    QTest::qWait(500); // the request is sent and waits in the stopped server's socket
    QVERIFY(reply.failed() == 0);
    QCOMPARE(::kill(pid_t(service.processId()), SIGKILL), 0);
    QVERIFY(service.waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(reply.failed(), 1, WaitMs);
    QCOMPARE(reply.succeeded(), 0);
    const auto lost = reply.first().error();
    QCOMPARE(lost.code, QString(tv::net::errc::ConnectionLost));
    QVERIFY(lost.message.contains(u"lost"_s));

    // Afterwards nothing listens there: a read is retried, then "unreachable", in other words.
    const auto gone = await<Health>(client.health());
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QString(tv::errc::Unreachable));
    QVERIFY(gone.error().message != lost.message);
}

QTEST_GUILESS_MAIN(TestServiceClient)
#include "tst_serviceclient.moc"

void TestServiceClient::onlyReadsAreRetried()
{
    // A server that closes every connection for its first 600 ms, as one restarting would. Qt
    // reconnects at once by itself; the client then retries reads (never writes) after 250 ms
    // and after another 1000 ms.
    constexpr auto Restarting = 600ms;
    RawServer forWrite(httpAnswer(200, "OK", "application/json", HealthBody),
                       RawServer::Mode::AnswerRequest, Restarting);
    QVERIFY(forWrite.isListening());
    ServiceClient client;
    client.setBaseUrl(forWrite.url());
    const Result<SessionGrant> grant = await<SessionGrant>(client.login(m_trainer));
    QVERIFY(!grant.ok());
    // Closed by the server: "lost" when the request was out before the close, else unreachable.
    QVERIFY2(grant.error().code == QString(tv::net::errc::ConnectionLost) ||
                 grant.error().code == QString(tv::errc::Unreachable),
             qPrintable(grant.error().code));
    const int connectionsAtFailure = forWrite.connections();
    QTest::qWait(1500); // longer than every retry delay: no later attempt
    QCOMPARE(forWrite.connections(), connectionsAtFailure);

    RawServer forRead(httpAnswer(200, "OK", "application/json", HealthBody),
                      RawServer::Mode::AnswerRequest, Restarting);
    QVERIFY(forRead.isListening());
    client.setBaseUrl(forRead.url());
    QElapsedTimer timer;
    timer.start();
    const Result<Health> health = await<Health>(client.health());
    QVERIFY2(health.ok(), health.ok() ? "" : qPrintable(health.error().message));
    QVERIFY2(timer.elapsed() >= 1250, qPrintable(QString::number(timer.elapsed())));

    // Refused for longer than every retry: the read fails too, after both.
    RawServer down(httpAnswer(200, "OK", "application/json", HealthBody),
                   RawServer::Mode::AnswerRequest, 60s);
    QVERIFY(down.isListening());
    client.setBaseUrl(down.url());
    timer.restart();
    const Result<Health> failed = await<Health>(client.health());
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().code == QString(tv::net::errc::ConnectionLost) ||
                 failed.error().code == QString(tv::errc::Unreachable),
             qPrintable(failed.error().code));
    QVERIFY2(timer.elapsed() >= 1250, qPrintable(QString::number(timer.elapsed())));
}

void TestServiceClient::pinnedKeyIsAccepted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto identity = makeSelfSigned(dir);
    QVERIFY(identity);
    const QString pin = pinOf(identity->certificateFile);
    QCOMPARE(pin.size(), 44);
    TlsServer server(*identity, httpAnswer(200, "OK", "application/json", HealthBody));
    QVERIFY(server.isListening());

    ServiceClient client;
    client.setBaseUrl(server.url());
    client.addCertificateAuthorities({identity->certificate});
    QVERIFY(client.setPinnedKeys({pin}).ok());
    const Result<Health> health = await<Health>(client.health());
    QVERIFY2(health.ok(), health.ok() ? "" : qPrintable(health.error().message));
    QCOMPARE(server.requests(), 1);
}

void TestServiceClient::pinnedKeyMismatchIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto identity = makeSelfSigned(dir);
    QVERIFY(identity);
    TlsServer server(*identity, httpAnswer(200, "OK", "application/json", HealthBody));
    QVERIFY(server.isListening());

    ServiceClient client;
    client.setBaseUrl(server.url());
    client.addCertificateAuthorities({identity->certificate});
    // The certificate is trusted; only its key is not the pinned one.
    const QByteArray otherKey =
        QCryptographicHash::hash("another server's key", QCryptographicHash::Sha256);
    QVERIFY(client.setPinnedKeys({QString::fromLatin1(otherKey.toBase64())}).ok());
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::net::errc::PinMismatch));
    QCOMPARE(health.error().message,
             u"The server's certificate is not the one this computer was set up to trust, so "
             "the connection was refused. Someone may be intercepting it. Contact your "
             "Transform team."_s);
    // Refused after the handshake, before the request was sent.
    QCOMPARE(server.requests(), 0);
}

void TestServiceClient::malformedPinIsRefused()
{
    ServiceClient client;
    const tv::Status refused = client.setPinnedKeys({u"not-a-pin"_s});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString(tv::net::errc::InvalidPin));
    QVERIFY(!client.setPinnedKeys({QString::fromLatin1(QByteArray(16, 'a').toBase64())}).ok());
}

void TestServiceClient::lapsedAccessNamesEveryCondition()
{
    RawServer server(httpAnswer(
        403, "Forbidden", "application/json",
        R"({"error":{"code":"access_lapsed","message":"Your access has lapsed.",)"
        R"("unmet":["dbs_current","statement_accepted","a_condition_from_the_future"]}})"));
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, QString(tv::errc::AccessLapsed));
    QCOMPARE(health.error().unmet, (QStringList{u"dbs_current"_s, u"statement_accepted"_s,
                                                u"a_condition_from_the_future"_s}));
    const QString message = health.error().message;
    QVERIFY2(message.contains(tv::conditions::text(tv::AccessCondition::DbsCurrent)),
             qPrintable(message));
    QVERIFY2(message.contains(tv::conditions::text(tv::AccessCondition::StatementAccepted)),
             qPrintable(message));
    QVERIFY2(message.contains(tv::conditions::textForWireName(u"a_condition_from_the_future"_s)),
             qPrintable(message));
    QVERIFY(!message.contains(u"dbs_current"_s)); // words, not codes
}

void TestServiceClient::serviceWordsAreKeptWhereTheyAreForPractitioners_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("keepsServiceWords");
    QTest::newRow("restricted") << 403 << u"restricted"_s << true;
    QTest::newRow("weak password") << 422 << u"weak_password"_s << true;
    QTest::newRow("conflict") << 409 << u"conflict"_s << true;
    QTest::newRow("mfa required") << 401 << u"mfa_required"_s << false;
    QTest::newRow("too many attempts") << 429 << u"too_many_attempts"_s << false;
    QTest::newRow("not found") << 404 << u"not_found"_s << false;
    QTest::newRow("unknown code") << 400 << u"invalid_field"_s << false;
}

void TestServiceClient::serviceWordsAreKeptWhereTheyAreForPractitioners()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, keepsServiceWords);
    const QString serviceWords = u"Words from the service for "_s + code;
    RawServer server(httpAnswer(status, "Refused", "application/json",
                                R"({"error":{"code":")" + code.toLatin1() + R"(","message":")" +
                                    serviceWords.toLatin1() + R"("}})"));
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    const Result<Health> health = await<Health>(client.health());
    QVERIFY(!health.ok());
    QCOMPARE(health.error().code, code);
    QCOMPARE(health.error().message == serviceWords, keepsServiceWords);
    QVERIFY(!health.error().message.isEmpty());
}
