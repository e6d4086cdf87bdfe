#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/ServerErrors.h"
#include "server/ServiceHost.h"
#include "server/auth/Totp.h"
#include "server/db/SchemaMigrations.h"
#include "tests/support/ServerTestNames.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using tv::server::ServerConfig;
using tv::server::ServiceHost;
using tv::server::auth::Totp;

class TestServiceHost final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    QTemporaryDir m_dir;

    ServerConfig config() const
    {
        ServerConfig c;
        c.database = m_test->config();
        return c;
    }

    // Training mode on this backend; on PostgreSQL with the key file it must name.
    ServerConfig trainingConfig() const
    {
        ServerConfig c = config();
        c.training = true;
        if (c.database.driver == tv::server::DatabaseConfig::Driver::Postgres) {
            c.access.secretKeyFile = m_dir.filePath(u"training-secret.key"_s);
            QFile key(c.access.secretKeyFile);
            if (!key.exists() && key.open(QIODevice::WriteOnly))
                key.write(QByteArray(64, 'b'));
        }
        return c;
    }

    // A self-signed certificate for 127.0.0.1, made with the openssl tool.
    bool makeCertificate(const QString &keyType, QString *certificate, QString *key)
    {
        *certificate = m_dir.filePath(keyType + u"-cert.pem"_s);
        *key = m_dir.filePath(keyType + u"-key.pem"_s);
        const QStringList keyOptions = keyType == "ec"_L1
                                           ? QStringList{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                                         u"ec_paramgen_curve:prime256v1"_s}
                                           : QStringList{u"-newkey"_s, u"rsa:2048"_s};
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      QStringList{u"req"_s, u"-x509"_s} + keyOptions +
                          QStringList{u"-nodes"_s, u"-keyout"_s, *key, u"-out"_s, *certificate,
                                      u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                      u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
        if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0) {
            qWarning() << "openssl failed:" << openssl.errorString()
                       << openssl.readAllStandardError();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(Backend, backend);
        auto test = TestDatabase::create(backend);
        TV_VERIFY_OK(test);
        m_test = std::move(test).value();
    }

    void cleanup() { m_test.reset(); }

    void startsAndAnswersHealth()
    {
        ServiceHost host(config());
        QVERIFY(host.baseUrl().isEmpty());
        TV_VERIFY_OK(host.start());
        QCOMPARE(host.baseUrl().scheme(), u"http"_s);
        QCOMPARE(host.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(!host.trainingAccount().has_value());

        TestHttpClient client(host.baseUrl());
        const HttpResult result = client.get(u"/api/v1/health"_s);
        QCOMPARE(result.status, 200);
        const auto health = tv::wire::fromJson<tv::Health>(result.json());
        TV_VERIFY_OK(health);
        QCOMPARE(health.value().schemaVersion,
                 tv::server::db::schemaMigrations().constLast().version);
        QCOMPARE(health.value().training, false);
    }

    void startsOnlyOnce()
    {
        ServiceHost host(config());
        TV_VERIFY_OK(host.start());
        const QUrl url = host.baseUrl();
        TV_VERIFY_ERROR(host.start(), tv::server::errc::AlreadyStarted);
        QCOMPARE(host.baseUrl(), url);
    }

    void restartsOnAnExistingDatabase()
    {
        {
            ServiceHost first(config());
            TV_VERIFY_OK(first.start());
        }
        ServiceHost second(config());
        TV_VERIFY_OK(second.start());
        const HttpResult result = TestHttpClient(second.baseUrl()).get(u"/api/v1/health"_s);
        QCOMPARE(result.status, 200);
    }

    void trainingModeSeedsTheDemoTrainer()
    {
        const ServerConfig c = trainingConfig();
        ServiceHost host(c);
        TV_VERIFY_OK(host.start());
        const auto account = host.trainingAccount();
        QVERIFY(account.has_value());
        QCOMPARE(account->email, u"trainer@training.invalid"_s);
        QVERIFY(account->password.size() >= 20);

        TestHttpClient client(host.baseUrl());
        const auto health = tv::wire::fromJson<tv::Health>(client.get(u"/api/v1/health"_s).json());
        TV_VERIFY_OK(health);
        QCOMPARE(health.value().training, true);

        const HttpResult login = client.postJson(
            u"/api/v1/auth/login"_s, tv::wire::serialize(tv::wire::toJson(
                                         tv::LoginRequest{account->email, account->password})));
        QCOMPARE(login.status, 200);
        const auto grant = tv::wire::fromJson<tv::SessionGrant>(login.json());
        TV_VERIFY_OK(grant);
        QCOMPARE(grant.value().user.role, tv::Role::Trainer);
        QCOMPARE(grant.value().user.displayName, u"Demo Trainer"_s);
        QCOMPARE(grant.value().user.organisation, u"Training Academy (fictional)"_s);
    }

    void defaultConfigurationTrainsInMemory()
    {
        // What the client's training mode can start with: everything default, SQLite in memory.
        ServerConfig c;
        c.training = true;
        ServiceHost host(c);
        TV_VERIFY_OK(host.start());
        QCOMPARE(host.baseUrl().host(), u"127.0.0.1"_s);
        const auto account = host.trainingAccount();
        QVERIFY(account.has_value());
        const HttpResult login =
            TestHttpClient(host.baseUrl())
                .postJson(u"/api/v1/auth/login"_s,
                          tv::wire::serialize(tv::wire::toJson(
                              tv::LoginRequest{account->email, account->password})));
        QCOMPARE(login.status, 200);
    }

    void trainingPasswordChangesEveryRun()
    {
        const ServerConfig c = trainingConfig();
        QString first;
        {
            ServiceHost host(c);
            TV_VERIFY_OK(host.start());
            first = host.trainingAccount()->password;
        }
        ServiceHost host(c);
        TV_VERIFY_OK(host.start());
        QVERIFY(host.trainingAccount()->password != first);
        const HttpResult old = TestHttpClient(host.baseUrl())
                                   .postJson(u"/api/v1/auth/login"_s,
                                             tv::wire::serialize(tv::wire::toJson(tv::LoginRequest{
                                                 u"trainer@training.invalid"_s, first})));
        QCOMPARE(old.status, 401);
    }

    void trainingOnAFileKeepsTwoStepSignInAcrossRestarts()
    {
        QFETCH_GLOBAL(Backend, backend);
        ServerConfig c = config();
        c.training = true;
        if (backend == Backend::Postgres) {
            // No file to keep a key beside: training on PostgreSQL must name one, in words.
            ServiceHost host(c);
            const tv::Status started = host.start();
            TV_VERIFY_ERROR(started, tv::server::errc::InvalidConfig);
            QVERIFY2(started.error().message.contains(u"access/secret_key_file"_s),
                     qPrintable(started.error().message));
            return;
        }
        const QString keyFile = ServiceHost::trainingKeyFile(c.database);
        QVERIFY(!QFile::exists(keyFile));

        const QString email = u"admin@training.invalid"_s;
        const QString password = u"a long admin password for training"_s;
        QByteArray secret;
        qint64 step = 0;
        {
            ServiceHost first(c);
            TV_VERIFY_OK(first.start());
            {
                auto db = m_test->openMigrated();
                TV_VERIFY_OK(db);
                tv::server::auth::AuthService auth(*db.value());
                auto organisation = auth.users().ensureOrganisation(u"Training team"_s);
                TV_VERIFY_OK(organisation);
                auto admin = auth.users().createUser(tv::server::auth::NewUser{
                    email, u"Training Admin"_s, tv::Role::Admin, organisation.value(), password});
                TV_VERIFY_OK(admin);
            }
            TestHttpClient client(first.baseUrl());
            const HttpResult signedIn = client.postJson(
                u"/api/v1/auth/login"_s,
                tv::wire::serialize(tv::wire::toJson(tv::LoginRequest{email, password})));
            QCOMPARE(signedIn.status, 200);
            client.setBearerToken(signedIn.json().value("token"_L1).toString());
            const HttpResult enrol = client.postJson(u"/api/v1/auth/mfa/enrol"_s, {});
            QCOMPARE(enrol.status, 200);
            const auto enrolment = tv::wire::fromJson<tv::MfaEnrolment>(enrol.json());
            TV_VERIFY_OK(enrolment);
            secret = Totp::fromBase32(enrolment.value().secret).value_or(QByteArray());
            step = Totp::stepAt(QDateTime::currentDateTimeUtc());
            const HttpResult confirm = client.postJson(
                u"/api/v1/auth/mfa/confirm"_s, tv::wire::serialize(tv::wire::toJson(
                                                   tv::MfaConfirmation{Totp::code(secret, step)})));
            QCOMPARE(confirm.status, 200);
        }

        // Started again on the same file: the sealed secret still opens.
        ServiceHost second(c);
        TV_VERIFY_OK(second.start());
        TestHttpClient client(second.baseUrl());
        const HttpResult noCode = client.postJson(
            u"/api/v1/auth/login"_s,
            tv::wire::serialize(tv::wire::toJson(tv::LoginRequest{email, password})));
        QCOMPARE(noCode.errorCode(), QString(tv::errc::MfaRequired));
        const HttpResult withCode =
            client.postJson(u"/api/v1/auth/login"_s,
                            tv::wire::serialize(tv::wire::toJson(
                                tv::LoginRequest{email, password, Totp::code(secret, step + 1)})));
        QVERIFY2(withCode.status == 200, withCode.body.constData());
        // The key was made beside the database, for its owner only.
        QCOMPARE(QFile::permissions(keyFile),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    void refusesPlainHttpOnAPublicAddress()
    {
        ServerConfig c = config();
        c.address = QHostAddress(QHostAddress::AnyIPv4);
        ServiceHost host(c);
        const tv::Status started = host.start();
        TV_VERIFY_ERROR(started, tv::server::errc::InvalidConfig);
        QVERIFY2(started.error().message.contains(u"loopback"_s),
                 qPrintable(started.error().message));
        QVERIFY(host.baseUrl().isEmpty());
    }

    void reportsAPortInUse()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        ServerConfig c = config();
        c.port = occupier.serverPort();
        ServiceHost host(c);
        const tv::Status started = host.start();
        TV_VERIFY_ERROR(started, tv::server::errc::ListenFailed);
        QVERIFY2(started.error().message.contains(u"in use"_s),
                 qPrintable(started.error().message));
        QVERIFY(host.baseUrl().isEmpty());
    }

    void reportsAnUnreachableDatabase()
    {
        QFETCH_GLOBAL(Backend, backend);
        ServerConfig c = config();
        if (backend == Backend::Postgres) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            c.database.host = u"127.0.0.1"_s;
            c.database.port = probe.serverPort();
        } else {
            c.database.sqlitePath = u"/nonexistent-directory/tv.sqlite"_s;
        }
        ServiceHost host(c);
        const tv::Status started = host.start();
        TV_VERIFY_ERROR(started, tv::server::errc::DatabaseUnavailable);
        QVERIFY2(started.error().message.startsWith(u"Could not open the "_s),
                 qPrintable(started.error().message));
        QVERIFY(host.baseUrl().isEmpty());
    }

    void servesHttps_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::newRow("EC key") << u"ec"_s;
        QTest::newRow("RSA key") << u"rsa"_s;
    }

    void servesHttps()
    {
        QFETCH(QString, keyType);
        ServerConfig c = config();
        QVERIFY(makeCertificate(keyType, &c.tlsCertificateFile, &c.tlsPrivateKeyFile));
        ServiceHost host(c);
        TV_VERIFY_OK(host.start());
        QCOMPARE(host.baseUrl().scheme(), u"https"_s);

        TestHttpClient trusting(host.baseUrl());
        trusting.trust(QSslCertificate::fromPath(c.tlsCertificateFile));
        const HttpResult result = trusting.get(u"/api/v1/health"_s);
        QVERIFY2(result.status == 200, qPrintable(result.errorString));
        QCOMPARE(result.header("Strict-Transport-Security"_ba), "max-age=31536000"_ba);

        // A client that does not know the certificate refuses the connection.
        const HttpResult untrusted = TestHttpClient(host.baseUrl()).get(u"/api/v1/health"_s);
        QCOMPARE(untrusted.status, 0);
        QCOMPARE(untrusted.networkError, QNetworkReply::SslHandshakeFailedError);

        // Plain HTTP on the TLS port gets no answer.
        QUrl plain = host.baseUrl();
        plain.setScheme(u"http"_s);
        QCOMPARE(TestHttpClient(plain).get(u"/api/v1/health"_s).status, 0);
    }

    void refusesBrokenTlsFilesBeforeTouchingTheDatabase()
    {
        ServerConfig c = config();
        c.tlsCertificateFile = m_dir.filePath(u"broken-cert.pem"_s);
        c.tlsPrivateKeyFile = m_dir.filePath(u"broken-key.pem"_s);
        for (const QString &path : {c.tlsCertificateFile, c.tlsPrivateKeyFile}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        }
        ServiceHost host(c);
        const tv::Status started = host.start();
        TV_VERIFY_ERROR(started, tv::server::errc::TlsSetupFailed);
        QVERIFY(started.error().message.contains(u"broken-cert.pem"_s));

        auto db = tv::server::db::Database::open(m_test->config());
        TV_VERIFY_OK(db);
        QVERIFY(!db.value()->connection().tables().contains(u"schema_migrations"_s));
    }

    void stopsListeningWhenDestroyed()
    {
        quint16 port = 0;
        {
            ServiceHost host(config());
            TV_VERIFY_OK(host.start());
            port = quint16(host.baseUrl().port());
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(TestServiceHost)
#include "tst_servicehost.moc"
