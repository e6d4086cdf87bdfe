#include "server/ServerConfig.h"
#include "server/ServerErrors.h"
#include "tests/support/TestMacros.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tv::server::DatabaseConfig;
using tv::server::ServerConfig;

class TestServerConfig final : public QObject {
    Q_OBJECT

private:
    QString write(const QString &name, const QString &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content.toUtf8());
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { qunsetenv("TV_DB_PASSWORD"); }

    void sqliteWithDefaults()
    {
        const QString path =
            write(u"sqlite.ini"_s, u"[database]\ndriver=sqlite\npath=data/tv.sqlite\n"_s);
        const auto config = ServerConfig::load(path);
        TV_VERIFY_OK(config);
        QCOMPARE(config.value().address, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config.value().port, quint16(0));
        QCOMPARE(config.value().training, false);
        QVERIFY(config.value().tlsCertificateFile.isEmpty());
        QCOMPARE(config.value().database.driver, DatabaseConfig::Driver::Sqlite);
        // Relative paths are relative to the file, not to the working directory.
        QCOMPARE(config.value().database.sqlitePath,
                 QDir(m_dir.path()).filePath(u"data/tv.sqlite"_s));
    }

    void sqliteInMemory()
    {
        const QString path =
            write(u"memory.ini"_s, u"[database]\ndriver=sqlite\npath=:memory:\n"_s);
        const auto config = ServerConfig::load(path);
        TV_VERIFY_OK(config);
        QCOMPARE(config.value().database.sqlitePath, u":memory:"_s);
    }

    void postgresWithPasswordFile()
    {
        write(u"db-password"_s, u"s3cret, with a comma\n"_s);
        write(u"secret.key"_s, QString(64, u'd'));
        const QString path = write(u"pg.ini"_s, u"[server]\naddress=::1\nport=8443\ntraining=yes\n"
                                                u"[database]\ndriver=postgres\nhost=db.internal\n"
                                                u"port=6543\nname=transform\nuser=tv\n"
                                                u"password_file=db-password\n"
                                                u"[access]\nsecret_key_file=secret.key\n"_s);
        const auto config = ServerConfig::load(path);
        TV_VERIFY_OK(config);
        const ServerConfig &c = config.value();
        QCOMPARE(c.address, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(c.port, quint16(8443));
        QCOMPARE(c.training, true);
        QCOMPARE(c.database.driver, DatabaseConfig::Driver::Postgres);
        QCOMPARE(c.database.host, u"db.internal"_s);
        QCOMPARE(c.database.port, 6543);
        QCOMPARE(c.database.name, u"transform"_s);
        QCOMPARE(c.database.user, u"tv"_s);
        QCOMPARE(c.database.password, u"s3cret, with a comma"_s);
    }

    void environmentOverridesPasswordFile()
    {
        write(u"db-password2"_s, u"from-file\n"_s);
        const QString path = write(u"pg-env.ini"_s, u"[database]\ndriver=postgres\nname=tv\n"
                                                    u"password_file=db-password2\n"_s);
        qputenv("TV_DB_PASSWORD", "from-environment");
        const auto config = ServerConfig::load(path);
        qunsetenv("TV_DB_PASSWORD");
        TV_VERIFY_OK(config);
        QCOMPARE(config.value().database.password, u"from-environment"_s);
        QCOMPARE(config.value().database.port, 5432);
    }

    void tlsOnPublicAddress()
    {
        write(u"cert.pem"_s, u"not checked here"_s);
        write(u"key.pem"_s, u"not checked here"_s);
        const QString path =
            write(u"tls.ini"_s, u"[server]\naddress=0.0.0.0\nport=443\n"
                                u"tls_certificate=cert.pem\ntls_private_key=key.pem\n"
                                u"[database]\ndriver=sqlite\npath=tv.sqlite\n"_s);
        const auto config = ServerConfig::load(path);
        TV_VERIFY_OK(config);
        QCOMPARE(config.value().address, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(config.value().tlsCertificateFile, m_dir.filePath(u"cert.pem"_s));
        QCOMPARE(config.value().tlsPrivateKeyFile, m_dir.filePath(u"key.pem"_s));
    }

    void exampleFileIsValid()
    {
        // server/transform-service.example.ini documents every key; it must stay loadable.
        const QString source = qEnvironmentVariable("TV_TEST_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "TV_TEST_SOURCE_DIR is not set: run the test through ctest");
        const QString example = source + u"/server/transform-service.example.ini"_s;
        const auto config = ServerConfig::load(example);
        TV_VERIFY_OK(config);
        QCOMPARE(config.value().port, quint16(8080));
        QCOMPARE(config.value().database.driver, DatabaseConfig::Driver::Sqlite);
        QVERIFY(config.value().database.sqlitePath.endsWith(u"/server/transform-service.sqlite"_s));
        QCOMPARE(config.value().access.sessionIdleMinutes, 30);
        QCOMPARE(config.value().access.lockoutAfterFailures, 10);
    }

    void accessPolicy()
    {
        const QString path =
            write(u"access.ini"_s, u"[database]\ndriver=sqlite\npath=tv.sqlite\n[access]\n"
                                   u"session_idle_minutes=5\nsession_lifetime_hours=12\n"
                                   u"dbs_renewal_years=1\nmfa_for_practitioners=yes\n"
                                   u"lockout_after_failures=5\nlockout_minutes=60\n"
                                   u"transform_contact=transform@council.example\n"_s);
        const auto config = ServerConfig::load(path);
        TV_VERIFY_OK(config);
        const tv::server::AccessPolicy &policy = config.value().access;
        QCOMPARE(policy.sessionIdleMinutes, 5);
        QCOMPARE(policy.sessionLifetimeHours, 12);
        QCOMPARE(policy.dbsRenewalYears, 1);
        QVERIFY(policy.mfaForPractitioners);
        QCOMPARE(policy.lockoutAfterFailures, 5);
        QCOMPARE(policy.lockoutMinutes, 60);
        QVERIFY(policy.secretKeyFile.isEmpty());
        QCOMPARE(policy.transformContact, u"transform@council.example"_s);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QStringList>("mentions");

        const QString sqlite = u"[database]\ndriver=sqlite\npath=tv.sqlite\n"_s;
        QTest::newRow("plain HTTP on a public address")
            << u"[server]\naddress=192.0.2.10\n"_s + sqlite
            << QStringList{u"192.0.2.10 is not a loopback address"_s, u"tls_certificate"_s};
        QTest::newRow("plain HTTP on any address")
            << u"[server]\naddress=0.0.0.0\n"_s + sqlite
            << QStringList{u"0.0.0.0 is not a loopback address"_s};
        QTest::newRow("certificate without key")
            << u"[server]\ntls_certificate=cert.pem\n"_s + sqlite
            << QStringList{u"must be given together"_s};
        QTest::newRow("unreadable certificate")
            << u"[server]\ntls_certificate=missing.pem\ntls_private_key=missing.key\n"_s + sqlite
            << QStringList{u"missing.pem' cannot be read"_s, u"missing.key' cannot be read"_s};
        QTest::newRow("address") << u"[server]\naddress=example.org\n"_s + sqlite
                                 << QStringList{
                                        u"server/address 'example.org' is not an IP address"_s};
        QTest::newRow("port") << u"[server]\nport=70000\n"_s + sqlite
                              << QStringList{u"server/port '70000'"_s};
        QTest::newRow("port not a number")
            << u"[server]\nport=http\n"_s + sqlite << QStringList{u"server/port 'http'"_s};
        QTest::newRow("training") << u"[server]\ntraining=maybe\n"_s + sqlite
                                  << QStringList{u"server/training 'maybe' is not true or false"_s};
        QTest::newRow("driver missing")
            << u"[server]\nport=1\n"_s << QStringList{u"database/driver is required"_s};
        QTest::newRow("driver unknown")
            << u"[database]\ndriver=mysql\n"_s
            << QStringList{u"database/driver 'mysql' is not sqlite or postgres"_s};
        QTest::newRow("sqlite without path")
            << u"[database]\ndriver=sqlite\n"_s << QStringList{u"database/path is required"_s};
        QTest::newRow("postgres without name")
            << u"[database]\ndriver=postgres\n"_s << QStringList{u"database/name is required"_s};
        QTest::newRow("postgres port") << u"[database]\ndriver=postgres\nname=tv\nport=0\n"_s
                                       << QStringList{u"database/port '0'"_s};
        QTest::newRow("password file unreadable")
            << u"[database]\ndriver=postgres\nname=tv\npassword_file=nope\n"_s
            << QStringList{u"database/password_file"_s, u"cannot be read"_s};
        QTest::newRow("unknown keys, all named")
            << u"[server]\nadress=127.0.0.1\n[database]\ndriver=sqlite\npath=x\nusername=tv\n"_s
            << QStringList{u"unknown setting 'server/adress'"_s,
                           u"unknown setting 'database/username'"_s};
        QTest::newRow("access numbers out of range")
            << u"[access]\nsession_idle_minutes=0\nlockout_after_failures=1\n"
               u"dbs_renewal_years=many\n"_s +
                   sqlite
            << QStringList{u"access/session_idle_minutes '0' is not a whole number from 1"_s,
                           u"access/lockout_after_failures '1'"_s,
                           u"access/dbs_renewal_years 'many'"_s};
        QTest::newRow("access flags and files")
            << u"[access]\nmfa_for_practitioners=sometimes\nsecret_key_file=nope.key\n"_s + sqlite
            << QStringList{u"access/mfa_for_practitioners 'sometimes' is not true or false"_s,
                           u"access/secret_key_file"_s, u"nope.key' cannot be read"_s};
        QTest::newRow("contact not an address")
            << u"[access]\ntransform_contact=the Transform team\n"_s + sqlite
            << QStringList{
                   u"access/transform_contact 'the Transform team' is not an email address"_s};
        QTest::newRow("training on postgres without a key")
            << u"[server]\ntraining=true\n[database]\ndriver=postgres\nname=tv\n"_s
            << QStringList{u"training on PostgreSQL"_s, u"set access/secret_key_file"_s};
        QTest::newRow("several problems at once")
            << u"[server]\nport=-1\ntraining=perhaps\n[database]\ndriver=oracle\n"_s
            << QStringList{u"server/port"_s, u"server/training"_s, u"database/driver 'oracle'"_s};
    }

    void problems()
    {
        QFETCH(QString, content);
        QFETCH(QStringList, mentions);
        const QString path = write(u"problem.ini"_s, content);
        const auto config = ServerConfig::load(path);
        TV_VERIFY_ERROR(config, tv::server::errc::InvalidConfig);
        const QString message = config.error().message;
        QVERIFY2(message.contains(path), qPrintable(message));
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(message.contains(mention), qPrintable(message + u" lacks "_s + mention));
    }

    void missingFile()
    {
        const auto config = ServerConfig::load(m_dir.filePath(u"nope.ini"_s));
        TV_VERIFY_ERROR(config, tv::server::errc::InvalidConfig);
        QVERIFY(config.error().message.contains(u"cannot be read"_s));
    }

    void passwordNeverInErrors()
    {
        // A broken file next to a good password: the message must not carry the password.
        write(u"pw"_s, u"hunter2-very-secret\n"_s);
        const QString path =
            write(u"bad-pg.ini"_s, u"[database]\ndriver=postgres\npassword_file=pw\n"
                                   u"port=nope\n"_s);
        const auto config = ServerConfig::load(path);
        TV_VERIFY_ERROR(config, tv::server::errc::InvalidConfig);
        QVERIFY(!config.error().message.contains(u"hunter2"_s));
    }

    void asOfOnlyWithTraining_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("as_of alone") << u"as_of=2026-11-24\n"_s << false;
        QTest::newRow("as_of, training false") << u"training=false\nas_of=2026-11-24\n"_s << false;
        QTest::newRow("as_of with training") << u"training=true\nas_of=2026-11-24\n"_s << true;
        QTest::newRow("training without as_of") << u"training=true\n"_s << true;
    }

    void asOfOnlyWithTraining()
    {
        QFETCH(QString, server);
        QFETCH(bool, allowed);
        const QString path =
            write(u"asof.ini"_s,
                  u"[server]\n"_s + server + u"[database]\ndriver=sqlite\npath=:memory:\n"_s);
        const auto loaded = ServerConfig::load(path);
        if (allowed) {
            TV_VERIFY_OK(loaded);
        } else {
            TV_VERIFY_ERROR(loaded, tv::server::errc::TrainingOnlySetting);
            QVERIFY2(loaded.error().message.contains(u"remove server/as_of, or set "
                                                     u"server/training=true"_s),
                     qPrintable(loaded.error().message));
        }

        // The same rule for a configuration built in code (tests, ServiceHost).
        ServerConfig config;
        config.training = server.contains(u"training=true"_s);
        config.asOf = QDate(2026, 11, 24);
        const tv::Status valid = config.validate();
        QCOMPARE(valid.ok(), config.training);
        if (!valid)
            QCOMPARE(valid.error().code, QString(tv::server::errc::TrainingOnlySetting));
    }

    void validateCodeBuiltConfig_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("valid");
        QTest::newRow("IPv4 loopback") << u"127.0.0.1"_s << false << true;
        QTest::newRow("other IPv4 loopback") << u"127.0.0.2"_s << false << true;
        QTest::newRow("IPv6 loopback") << u"::1"_s << false << true;
        QTest::newRow("public without TLS") << u"203.0.113.5"_s << false << false;
        QTest::newRow("any IPv6 without TLS") << u"::"_s << false << false;
        QTest::newRow("public with TLS") << u"203.0.113.5"_s << true << true;
    }

    void validateCodeBuiltConfig()
    {
        QFETCH(QString, address);
        QFETCH(bool, tls);
        QFETCH(bool, valid);
        ServerConfig config;
        config.address = QHostAddress(address);
        if (tls) {
            config.tlsCertificateFile = write(u"c.pem"_s, u"x"_s);
            config.tlsPrivateKeyFile = write(u"k.pem"_s, u"x"_s);
        }
        const tv::Status status = config.validate();
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(status.error().message.contains(u"loopback"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
