// ServiceClient against a real ServiceHost on loopback (SQLite, training data), and against raw
// sockets for what a real service never does: stay silent, redirect, answer garbage, fault.

#include "ServiceHost.h"
#include "domain/ErrorCode.h"
#include "net/ServiceClient.h"

#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using tv::Error;
using tv::Health;
using tv::LoginRequest;
using tv::Result;
using tv::SessionGrant;
using tv::net::HealthReply;
using tv::net::LoginReply;
using tv::net::ServiceClient;

namespace {

constexpr int WaitMs = 20000;

// Waits for a reply's one signal and returns what it carried; an error "test_timeout" if it
// never came.
template <typename Value, typename Reply>
Result<Value> await(Reply *reply)
{
    QSignalSpy succeeded(reply, &Reply::succeeded);
    QSignalSpy failed(reply, &Reply::failed);
    if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, WaitMs))
        return Error{u"test_timeout"_s, u"no signal"_s};
    if (succeeded.count() + failed.count() != 1)
        return Error{u"test_twice"_s, u"more than one signal"_s};
    if (!succeeded.isEmpty())
        return succeeded.constFirst().constFirst().value<Value>();
    return failed.constFirst().constFirst().value<Error>();
}

// A loopback TCP server that records what it receives and answers with fixed bytes.
class RawServer {
public:
    enum class Mode {
        AnswerRequest,  // answer once the request's headers are in
        AnswerAnything, // answer the first bytes, whatever they are
        Silent,         // accept and never answer
    };

    explicit RawServer(QByteArray answer, Mode mode = Mode::AnswerRequest)
        : m_answer(std::move(answer))
        , m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
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
    HealthReply *reply = client.health();
    QSignalSpy failed(reply, &HealthReply::failed);
    QCOMPARE(failed.count(), 0); // the caller had the chance to connect first
    QTRY_COMPARE(failed.count(), 1);
}

void TestServiceClient::abortedReplyStaysSilent()
{
    RawServer server(httpAnswer(200, "OK", "application/json", "{}"), RawServer::Mode::Silent);
    QVERIFY(server.isListening());
    ServiceClient client;
    client.setBaseUrl(server.url());
    QPointer<HealthReply> reply = client.health();
    QSignalSpy succeeded(reply.data(), &HealthReply::succeeded);
    QSignalSpy failed(reply.data(), &HealthReply::failed);
    QTRY_COMPARE(server.connections(), 1);
    reply->abort();
    QTRY_VERIFY(reply.isNull()); // it deletes itself
    QTest::qWait(100);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), 0);
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

QTEST_GUILESS_MAIN(TestServiceClient)
#include "tst_serviceclient.moc"
