#include "models/domain/ErrorCode.h"
#include "models/domain/Version.h"
#include "models/domain/WireFormat.h"
#include "server/ServerErrors.h"
#include "server/db/Migrator.h"
#include "tests/support/ServerTestNames.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <map>

namespace {

const QString Email = u"jo.bloggs@school.example"_s;
const QString Password = u"correct horse battery staple"_s;

QByteArray loginBody(const QString &email, const QString &password)
{
    return tv::wire::serialize(tv::wire::toJson(LoginRequest{email, password}));
}

// One service per backend, shared by the test functions (they only add sessions).
struct Fixture : tv::test::Service {
    std::unique_ptr<TestHttpClient> client;
};

} // namespace

class TestApiServer final : public QObject {
    Q_OBJECT

private:
    std::map<Backend, Fixture> m_fixtures;
    Fixture *m_current = nullptr;

    TestHttpClient &client() { return *m_current->client; }

    static void verifyJsonAnswer(const HttpResult &result)
    {
        QCOMPARE(result.header("Content-Type"_ba), "application/json"_ba);
        QCOMPARE(result.header("Cache-Control"_ba), "no-store"_ba);
        QCOMPARE(result.header("X-Content-Type-Options"_ba), "nosniff"_ba);
        QVERIFY(result.header("Content-Security-Policy"_ba).contains("default-src 'none'"));
        QCOMPARE(result.header("X-Frame-Options"_ba), "DENY"_ba);
        QCOMPARE(result.header("Referrer-Policy"_ba), "no-referrer"_ba);
        QVERIFY2(result.isJsonObject(), result.body.constData());
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(Backend, backend);
        m_current = nullptr;
        Fixture &f = m_fixtures[backend];
        if (!f.api) {
            TV_VERIFY_OK(tv::test::startService(
                backend, f, ApiServer::Options{false, QDate(2026, 11, 24), {}}));
            auto organisation = f.auth->users().ensureOrganisation(u"Somerset Primary"_s);
            TV_VERIFY_OK(organisation);
            TV_VERIFY_OK(
                tv::test::addClearedUser(*f.auth, *f.db,
                                         NewUser{Email, u"Jo Bloggs"_s, tv::Role::Practitioner,
                                                 organisation.value(), Password},
                                         QDate(2026, 11, 24), std::nullopt));
            f.client = std::make_unique<TestHttpClient>(f.api->baseUrl());
        }
        m_current = &f;
        // The functions share the fixture; failed sign-ins of one must not throttle the next.
        TV_VERIFY_OK(f.db->run(u"forget failed sign-ins", u"DELETE FROM sign_in_failures"_s));
    }

    void cleanupTestCase() { m_fixtures.clear(); }

    void listensOnLoopback()
    {
        const QUrl url = m_current->api->baseUrl();
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QVERIFY(url.port() > 0);
        QVERIFY(m_current->api->isListening());
    }

    void healthAnswers()
    {
        const HttpResult result = client().get(u"/api/v1/health"_s);
        QCOMPARE(result.status, 200);
        verifyJsonAnswer(result);
        QVERIFY(result.header("Strict-Transport-Security"_ba).isEmpty()); // plain HTTP
        const auto health = tv::wire::fromJson<tv::Health>(result.json());
        TV_VERIFY_OK(health);
        QCOMPARE(health.value().status, u"ok"_s);
        QCOMPARE(health.value().version, tv::ProductVersion.toString());
        QCOMPARE(health.value().schemaVersion,
                 tv::server::db::Migrator(*m_current->db).latestVersion());
        QCOMPARE(health.value().training, false);
    }

    void loginGrantsASession_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("as stored") << Email;
        QTest::newRow("other case and spaces") << u" Jo.Bloggs@SCHOOL.example "_s;
    }

    void loginGrantsASession()
    {
        QFETCH(QString, email);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpResult result =
            client().postJson(u"/api/v1/auth/login"_s, loginBody(email, Password));
        QCOMPARE(result.status, 200);
        verifyJsonAnswer(result);
        const auto grant = tv::wire::fromJson<tv::SessionGrant>(result.json());
        TV_VERIFY_OK(grant);
        QCOMPARE(grant.value().token.size(), 43);
        QVERIFY(grant.value().expiresAt >= before.addSecs(8 * 3600 - 1));
        QVERIFY(grant.value().expiresAt <= QDateTime::currentDateTimeUtc().addSecs(8 * 3600 + 1));
        QCOMPARE(grant.value().user.email, Email);
        QCOMPARE(grant.value().user.displayName, u"Jo Bloggs"_s);
        QCOMPARE(grant.value().user.role, tv::Role::Practitioner);
        QCOMPARE(grant.value().user.organisation, u"Somerset Primary"_s);
    }

    void wrongPasswordAndUnknownEmailGetTheSameAnswer()
    {
        const HttpResult wrongPassword =
            client().postJson(u"/api/v1/auth/login"_s, loginBody(Email, u"not the password"_s));
        const HttpResult unknownEmail = client().postJson(
            u"/api/v1/auth/login"_s, loginBody(u"nobody@school.example"_s, Password));
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(unknownEmail.status, 401);
        verifyJsonAnswer(wrongPassword);
        verifyJsonAnswer(unknownEmail);
        QCOMPARE(wrongPassword.body, unknownEmail.body);
        const tv::Error error = tv::wire::errorFromBody(wrongPassword.json());
        QCOMPARE(error.code, QString(tv::errc::InvalidCredentials));
        QVERIFY(!error.message.isEmpty());
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        const QString login = u"/api/v1/auth/login"_s;
        const QByteArray json = "application/json"_ba;
        const QByteArray post = "POST"_ba;

        QTest::newRow("malformed JSON")
            << post << login << "{\"email\": \"a@b.c\", \"password\": "_ba << json << 400
            << QString(tv::errc::InvalidJson) << u"not valid JSON"_s;
        QTest::newRow("empty body") << post << login << QByteArray() << json << 400
                                    << QString(tv::errc::InvalidJson) << u"not valid JSON"_s;
        QTest::newRow("array, not object")
            << post << login << "[\"a@b.c\", \"pw\"]"_ba << json << 400
            << QString(tv::errc::InvalidJson) << u"JSON object"_s;
        QTest::newRow("email of wrong type")
            << post << login << "{\"email\": 42, \"password\": \"pw\"}"_ba << json << 400
            << QString(tv::errc::InvalidField) << u"'email'"_s;
        QTest::newRow("password of wrong type")
            << post << login << "{\"email\": \"a@b.c\", \"password\": [\"pw\"]}"_ba << json << 400
            << QString(tv::errc::InvalidField) << u"'password'"_s;
        QTest::newRow("missing field") << post << login << "{\"email\": \"a@b.c\"}"_ba << json
                                       << 400 << QString(tv::errc::MissingField) << u"'password'"_s;
        QTest::newRow("null field")
            << post << login << "{\"email\": null, \"password\": \"pw\"}"_ba << json << 400
            << QString(tv::errc::MissingField) << u"'email'"_s;
        QTest::newRow("unknown field")
            << post << login
            << "{\"email\": \"a@b.c\", \"password\": \"pw\", \"rememberMe\": true}"_ba << json
            << 400 << QString(tv::errc::UnknownField) << u"'rememberMe'"_s;
        QTest::newRow("body over the limit")
            << post << login
            << "{\"email\": \"a@b.c\", \"password\": \""_ba +
                   QByteArray(tv::wire::MaxBodyBytes, 'x') + "\"}"_ba
            << json << 413 << QString(tv::errc::BodyTooLarge)
            << QString::number(tv::wire::MaxBodyBytes);
        QTest::newRow("text/plain")
            << post << login << loginBody(Email, Password) << "text/plain"_ba << 415
            << QString(tv::errc::UnsupportedMediaType) << u"application/json"_s;
        QTest::newRow("form encoded")
            << post << login << "email=a&password=b"_ba
            << "application/x-www-form-urlencoded"_ba << 415
            << QString(tv::errc::UnsupportedMediaType) << u"application/json"_s;
        QTest::newRow("no Content-Type")
            << post << login << loginBody(Email, Password) << QByteArray() << 415
            << QString(tv::errc::UnsupportedMediaType) << u"application/json"_s;
        QTest::newRow("JSON in Latin-1") << post << login << loginBody(Email, Password)
                                         << "application/json; charset=ISO-8859-1"_ba << 415
                                         << QString(tv::errc::UnsupportedMediaType) << u"UTF-8"_s;
        QTest::newRow("SQL in the email")
            << post << login << loginBody(u"' OR '1'='1' --"_s, Password) << json << 401
            << QString(tv::errc::InvalidCredentials) << u"not correct"_s;
        QTest::newRow("SQL in the password")
            << post << login << loginBody(Email, u"' OR 1=1; --"_s) << json << 401
            << QString(tv::errc::InvalidCredentials) << u"not correct"_s;
        QTest::newRow("unknown route")
            << "GET"_ba << u"/api/v1/people"_s << QByteArray() << QByteArray() << 404
            << QString(tv::errc::NotFound) << u"nothing at this address"_s;
        QTest::newRow("root") << "GET"_ba << u"/"_s << QByteArray() << QByteArray() << 404
                              << QString(tv::errc::NotFound) << u"nothing at this address"_s;
        QTest::newRow("trailing slash")
            << "GET"_ba << u"/api/v1/health/"_s << QByteArray() << QByteArray() << 404
            << QString(tv::errc::NotFound) << u"nothing"_s;
        QTest::newRow("other API version")
            << "GET"_ba << u"/api/v2/health"_s << QByteArray() << QByteArray() << 404
            << QString(tv::errc::NotFound) << u"nothing"_s;
        QTest::newRow("POST to health") << post << u"/api/v1/health"_s << "{}"_ba << json << 405
                                        << QString(tv::errc::MethodNotAllowed) << u"takes GET"_s;
        QTest::newRow("GET login") << "GET"_ba << login << QByteArray() << QByteArray() << 405
                                   << QString(tv::errc::MethodNotAllowed) << u"takes POST"_s;
        QTest::newRow("DELETE login")
            << "DELETE"_ba << login << QByteArray() << QByteArray() << 405
            << QString(tv::errc::MethodNotAllowed) << u"not take DELETE"_s;
        QTest::newRow("PUT health") << "PUT"_ba << u"/api/v1/health"_s << "{}"_ba << json << 405
                                    << QString(tv::errc::MethodNotAllowed) << u"not take PUT"_s;
    }

    void badRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);

        const HttpResult result = client().send(method, path, body, contentType);
        QCOMPARE(result.status, status);
        verifyJsonAnswer(result);
        const tv::Error error = tv::wire::errorFromBody(result.json());
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        if (status == 405) {
            const QByteArray allow = result.header("Allow"_ba);
            QVERIFY2(allow == "GET"_ba || allow == "POST"_ba, allow.constData());
        }
    }

    void acceptsABodyOfExactlyTheLimit()
    {
        QByteArray body = loginBody(Email, u"x"_s);
        const qsizetype padding = tv::wire::MaxBodyBytes - body.size();
        body = loginBody(Email, QString(padding + 1, u'x'));
        QCOMPARE(body.size(), tv::wire::MaxBodyBytes);
        const HttpResult result = client().postJson(u"/api/v1/auth/login"_s, body);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QString(tv::errc::InvalidCredentials));
    }

    void acceptsJsonWithCharsetUtf8()
    {
        const HttpResult result =
            client().send("POST"_ba, u"/api/v1/auth/login"_s, loginBody(Email, Password),
                          "Application/JSON; Charset=\"utf-8\""_ba);
        QCOMPARE(result.status, 200);
    }

    void survivesGarbageOnTheWire()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_current->api->baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("THIS IS NOT HTTP\r\n\r\n\x00\x01\x02 garbage\r\n\r\n"_ba);
        QVERIFY(socket.waitForBytesWritten(5000));
        // Whatever it answers, the service keeps serving others.
        socket.waitForReadyRead(500);
        socket.abort();
        const HttpResult result = client().get(u"/api/v1/health"_s);
        QCOMPARE(result.status, 200);
    }

    void headAnswersAsGetWithoutTheBody_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("status");
        QTest::newRow("health") << "/api/v1/health"_ba << false << 200;
        QTest::newRow("signed in") << "/api/v1/me"_ba << true << 200;
        QTest::newRow("not signed in") << "/api/v1/me"_ba << false << 401;
        QTest::newRow("with an id") << "/api/v1/admin/users/42"_ba << true << 403;
        QTest::newRow("no such path") << "/api/v1/nothing-here"_ba << false << 404;
        QTest::newRow("POST only") << "/api/v1/search"_ba << true << 405;
    }

    void headAnswersAsGetWithoutTheBody()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, signedIn);
        QFETCH(int, status);
        QByteArray authorization;
        if (signedIn) {
            const HttpResult login =
                client().postJson(u"/api/v1/auth/login"_s, loginBody(Email, Password));
            QCOMPARE(login.status, 200);
            authorization = "Authorization: Bearer "_ba +
                            login.json().value("token"_L1).toString().toLatin1() + "\r\n"_ba;
        }
        const auto request = [&](const QByteArray &method, const QByteArray &target) -> QByteArray {
            return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba + authorization +
                   "\r\n"_ba;
        };

        // One connection: GET, HEAD, then GET again. Whatever HEAD sent past its headers
        // would stand before the third answer's status line.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_current->api->baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request("GET"_ba, path));
        // The service answers on this thread: wait with its events running.
        QByteArray received;
        const auto readUntil = [&](const auto &enough) {
            QDeadlineTimer deadline(10'000);
            while (!enough() && !deadline.hasExpired() &&
                   socket.state() == QAbstractSocket::ConnectedState) {
                QTest::qWait(5);
                received += socket.readAll();
            }
        };
        const auto headersEnd = [&] {
            return received.indexOf("\r\n\r\n");
        };
        const auto readHead = [&]() -> QByteArray {
            readUntil([&] { return headersEnd() >= 0; });
            const qsizetype end = headersEnd();
            if (end < 0)
                return {};
            const QByteArray head = received.left(end + 4);
            received.remove(0, end + 4);
            return head;
        };
        const auto contentLength = [](const QByteArray &head) -> qsizetype {
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    return line.mid(15).trimmed().toLongLong();
            }
            return -1;
        };

        const QByteArray getHead = readHead();
        QVERIFY2(getHead.startsWith(QByteArray("HTTP/1.1 "_ba + QByteArray::number(status))),
                 getHead.constData());
        const qsizetype getLength = contentLength(getHead);
        QVERIFY2(getLength > 0, getHead.constData()); // every GET answer has a JSON body
        readUntil([&] { return received.size() >= getLength; });
        QCOMPARE(received.size(), getLength);
        received.clear();

        socket.write(request("HEAD"_ba, path));
        const QByteArray headHead = readHead();
        // The same status line and headers (in any order), the Content-Length of the GET body
        // included.
        const auto lines = [](const QByteArray &head) {
            QList<QByteArray> all = head.trimmed().split('\n');
            for (QByteArray &line : all)
                line = line.trimmed();
            std::sort(all.begin() + 1, all.end());
            return all;
        };
        QCOMPARE(lines(headHead), lines(getHead));
        // And nothing after the headers: the next answer starts right there.
        socket.write(request("GET"_ba, "/api/v1/health"_ba));
        readUntil([&] { return received.size() >= 12; });
        QVERIFY2(received.startsWith("HTTP/1.1 200"_ba), received.left(200).constData());
    }

    void dataRoutesRefuseBadRequests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray post = "POST"_ba;
        const QByteArray reason = R"({"reason":{"code":"safeguarding-concern"}})";
        const QString person = u"/api/v1/persons/1/view"_s;
        QTest::newRow("no session")
            << post << person << reason << false << 401 << QString(tv::errc::Unauthenticated);
        QTest::newRow("no session, sources") << "GET"_ba << u"/api/v1/sources"_s << QByteArray()
                                             << false << 401 << QString(tv::errc::Unauthenticated);
        QTest::newRow("no reason")
            << post << person << "{}"_ba << true << 400 << QString(tv::errc::MissingField);
        QTest::newRow("reason not a code")
            << post << person << R"({"reason":{"code":"just looking"}})"_ba << true << 400
            << QString(tv::errc::InvalidField);
        QTest::newRow("reason note too long")
            << post << person
            << (R"({"reason":{"code":"sen-review","note":")" + QByteArray(501, 'x') + R"("}})")
            << true << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("unknown person") << post << u"/api/v1/persons/424242/view"_s << reason
                                        << true << 404 << QString(tv::errc::NotFound);
        QTest::newRow("unknown household") << post << u"/api/v1/households/424242/view"_s << reason
                                           << true << 404 << QString(tv::errc::NotFound);
        QTest::newRow("id with letters") << post << u"/api/v1/persons/1a/view"_s << reason << true
                                         << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("id with SQL") << post << u"/api/v1/persons/1%20OR%201=1/view"_s << reason
                                     << true << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("empty id") << post << u"/api/v1/persons//view"_s << reason << true << 404
                                  << QString(tv::errc::NotFound);
        QTest::newRow("view by GET") << "GET"_ba << person << QByteArray() << true << 405
                                     << QString(tv::errc::MethodNotAllowed);
        QTest::newRow("search without criteria") << post << u"/api/v1/search"_s << "{}"_ba << true
                                                 << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("search with a bad NHS number")
            << post << u"/api/v1/search"_s << R"({"nhsNumber":"943 476 5910"})"_ba << true << 400
            << QString(tv::errc::InvalidField);
        QTest::newRow("search with a number for a name")
            << post << u"/api/v1/search"_s << R"({"name":42})"_ba << true << 400
            << QString(tv::errc::InvalidField);
        QTest::newRow("search with an unknown field")
            << post << u"/api/v1/search"_s << R"({"name":"Ada","ethnicity":"x"})"_ba << true << 400
            << QString(tv::errc::UnknownField);
        QTest::newRow("search too large")
            << post << u"/api/v1/search"_s
            << (R"({"name":")" + QByteArray(tv::wire::MaxBodyBytes, 'a') + R"("})") << true << 413
            << QString(tv::errc::BodyTooLarge);
    }

    void dataRoutesRefuseBadRequests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, signedIn);
        QFETCH(int, status);
        QFETCH(QString, code);
        client().setBearerToken({});
        if (signedIn) {
            const HttpResult login =
                client().postJson(u"/api/v1/auth/login"_s, loginBody(Email, Password));
            QCOMPARE(login.status, 200);
            client().setBearerToken(login.json().value("token"_L1).toString());
        }
        const HttpResult result = client().send(
            method, path, body, body.isEmpty() ? QByteArray() : "application/json"_ba);
        client().setBearerToken({});
        QCOMPARE(result.status, status);
        verifyJsonAnswer(result);
        QCOMPARE(result.errorCode(), code);
    }

    void aRevokedOrForgedTokenIsRefused()
    {
        const HttpResult login =
            client().postJson(u"/api/v1/auth/login"_s, loginBody(Email, Password));
        QCOMPARE(login.status, 200);
        const QString token = login.json().value("token"_L1).toString();
        client().setBearerToken(token + u'x');
        QCOMPARE(client().get(u"/api/v1/access-reasons"_s).status, 401);
        client().setBearerToken(token);
        QCOMPARE(client().get(u"/api/v1/access-reasons"_s).status, 200);
        const QString userId = login.json().value("user"_L1).toObject().value("id"_L1).toString();
        TV_VERIFY_OK(
            m_current->auth->sessions().revokeAllFor(userId, QDateTime::currentDateTimeUtc()));
        const HttpResult revoked = client().get(u"/api/v1/access-reasons"_s);
        client().setBearerToken({});
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.errorCode(), QString(tv::errc::Unauthenticated));
    }

    void listensOnlyOnce()
    {
        TV_VERIFY_ERROR(m_current->api->listen(QHostAddress::LocalHost, 0),
                        tv::server::errc::AlreadyStarted);
    }

    void reportsAPortInUse()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        ApiServer second(*m_current->db, *m_current->auth, ApiServer::Options{});
        const tv::Status listened = second.listen(QHostAddress::LocalHost, occupier.serverPort());
        TV_VERIFY_ERROR(listened, tv::server::errc::ListenFailed);
        QVERIFY2(listened.error().message.contains(u"127.0.0.1:%1"_s.arg(occupier.serverPort())),
                 qPrintable(listened.error().message));
        QVERIFY2(listened.error().message.contains(u"in use"_s),
                 qPrintable(listened.error().message));
        QVERIFY(!second.isListening());
        QVERIFY(second.baseUrl().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
