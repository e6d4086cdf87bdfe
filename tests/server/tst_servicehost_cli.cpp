// The `transform-service` program, run as a real process.
#include "models/domain/Version.h"
#include "models/domain/WireFormat.h"
#include "server/db/Migrator.h"
#include "server/db/SchemaMigrations.h"
#include "tests/support/ServiceCliTestCase.h"
#include "tests/support/TestProcess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>

using tv::test::Finished;

namespace {

const QString Program = QStringLiteral(TV_SERVICE_BINARY);
// Set for every run: trust authentication ignores it, and no output may ever show it.
const QByteArray DatabasePassword = "db-pa55word-never-shown";

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TV_DB_PASSWORD"_s, QString::fromLatin1(DatabasePassword));
    return env;
}

Finished run(const QStringList &arguments, const QByteArray &input = {},
             const QProcessEnvironment &env = environment())
{
    return tv::test::runToEnd(Program, arguments, input, env);
}

// A long-running `transform-service serve`, killed if a test leaves it running.
class ServeProcess final {
public:
    Q_DISABLE_COPY_MOVE(ServeProcess)
    explicit ServeProcess(const QString &configFile)
        : m_serve(Program, {u"serve"_s, u"--config"_s, configFile}, environment())
    {}

    QProcess &process() { return m_serve.process(); }
    const QString &err() const { return m_serve.output(); }
    QUrl url() const
    {
        static const QRegularExpression listening(u"listening on (https?://\\S+)"_s);
        const auto match = listening.match(err());
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

private:
    tv::test::RunningProcess m_serve;
};

bool isOneLine(const QString &text)
{
    return text.endsWith(u'\n') && text.count(u'\n') == 1;
}

} // namespace

class TestServiceCli final : public tv::test::ServiceCliTestCase {
    Q_OBJECT

public:
    TestServiceCli()
        : ServiceCliTestCase(Program)
    {}

private:
    bool createDatabase()
    {
        QFETCH(Backend, backend);
        return ServerTestCase::createDatabase(backend);
    }

    // A usage error as the service reports it: verifyFailure() with exit code 2, and standard
    // error one line that starts with the program's name.
    static void verifyUsageError(const Finished &result, const QString &mentions)
    {
        verifyFailure(result, 2, mentions);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.startsWith(u"transform-service: "_s), qPrintable(result.err));
    }

private Q_SLOTS:
    void help()
    {
        for (const QString &option : {u"--help"_s, u"-h"_s}) {
            const Finished result = run({option});
            QCOMPARE(result.exitStatus, QProcess::NormalExit);
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.err.isEmpty());
            for (const QString &mention : {u"Usage:"_s, u"serve"_s, u"migrate"_s, u"create-user"_s,
                                           u"--config <file>"_s, u"--version"_s})
                QVERIFY2(result.out.contains(mention),
                         qPrintable(mention + u" in "_s + result.out));
        }
        // The list of commands under Arguments names every one.
        const Finished listed = run({u"--help"_s});
        const QStringList lines = listed.out.split(u'\n');
        const auto commandLine = std::find_if(lines.begin(), lines.end(), [](const QString &line) {
            return line.trimmed().startsWith(u"command "_s);
        });
        QVERIFY2(commandLine != lines.end(), qPrintable(listed.out));
        for (const QString &command :
             {u"serve"_s, u"migrate"_s, u"create-user"_s, u"audit verify"_s, u"seed"_s})
            QVERIFY2(commandLine->contains(command), qPrintable(*commandLine));
        const Finished createUserHelp = run({u"create-user"_s, u"--help"_s});
        QCOMPARE(createUserHelp.exitCode, 0);
        QVERIFY(createUserHelp.out.contains(u"--email <address>"_s));
        QVERIFY(createUserHelp.out.contains(u"--role <role>"_s));
    }

    void version()
    {
        const Finished result = run({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, u"transform-service "_s + tv::ProductVersion.toString() + u'\n');
        QVERIFY(result.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << u"Unknown command 'frobnicate'"_s;
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"Unknown option 'bogus'"_s;
        QTest::newRow("serve without config") << QStringList{} << u"--config <file> is required"_s;
        QTest::newRow("migrate without config") << QStringList{u"migrate"_s} << u"--config"_s;
        QTest::newRow("config without value")
            << QStringList{u"migrate"_s, u"--config"_s} << u"Missing value after '--config'"_s;
        QTest::newRow("extra argument")
            << QStringList{u"serve"_s, u"--config"_s, u"x.ini"_s, u"now"_s}
            << u"Unexpected argument 'now'"_s;
        QTest::newRow("option of another command")
            << QStringList{u"migrate"_s, u"--config"_s, u"x.ini"_s, u"--email"_s, u"a@b.c"_s}
            << u"Unknown option 'email'"_s;
        QTest::newRow("create-user without email")
            << QStringList{u"create-user"_s, u"--config"_s,       u"x.ini"_s, u"--display-name"_s,
                           u"A"_s,           u"--organisation"_s, u"O"_s}
            << u"create-user needs --email"_s;
        QTest::newRow("create-user with unknown role")
            << QStringList{u"create-user"_s, u"--config"_s,       u"x.ini"_s, u"--email"_s,
                           u"a@b.c"_s,       u"--display-name"_s, u"A"_s,     u"--organisation"_s,
                           u"O"_s,           u"--role"_s,         u"root"_s}
            << u"The role 'root' is not practitioner, admin or trainer"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        verifyUsageError(run(arguments), mentions);
    }

    void badConfigurationIsAFailure()
    {
        const QString missing = m_dir.filePath(u"missing.ini"_s);
        const Finished result = run({u"migrate"_s, u"--config"_s, missing});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QVERIFY(result.err.contains(missing));
        QVERIFY(result.err.contains(u"cannot be read"_s));
    }

    void refusesPlainHttpOnAPublicAddress()
    {
        const QString path =
            writeFile(u"public.ini"_s,
                      "[server]\naddress=0.0.0.0\n[database]\ndriver=sqlite\npath=:memory:\n");
        QVERIFY(!path.isEmpty());
        const Finished result = run({u"serve"_s, u"--config"_s, path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(isOneLine(result.err), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"not a loopback address"_s), qPrintable(result.err));
    }

    void refusesAsOfOutsideTraining_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("server");
        QTest::newRow("serve, no training") << u"serve"_s << u"as_of=2026-11-24\n"_s;
        QTest::newRow("serve, training false")
            << u"serve"_s << u"training=false\nas_of=2026-11-24\n"_s;
        QTest::newRow("migrate") << u"migrate"_s << u"as_of=2026-11-24\n"_s;
    }

    void refusesAsOfOutsideTraining()
    {
        QFETCH(QString, command);
        QFETCH(QString, server);
        const QString path =
            writeFile(u"asof.ini"_s, (u"[server]\naddress=127.0.0.1\nport=0\n"_s + server +
                                      u"[database]\ndriver=sqlite\npath=:memory:\n"_s)
                                         .toUtf8());
        QVERIFY(!path.isEmpty());
        verifyUsageError(run({command, u"--config"_s, path}),
                         u"remove server/as_of, or set server/training=true"_s);
    }

    void debugDetailAsTheReadmeSays()
    {
        // The README's advice on debug detail must hold for the build it ships with.
        const QString path =
            writeFile(u"memory.ini"_s, "[database]\ndriver=sqlite\npath=:memory:\n");
        QVERIFY(!path.isEmpty());
        QProcessEnvironment env = environment();
        env.insert(u"QT_LOGGING_RULES"_s, u"tv.*.debug=true"_s);
        const Finished result = run({u"migrate"_s, u"--config"_s, path}, {}, env);
        QCOMPARE(result.exitCode, 0);
        const bool debugDetail = result.err.contains(u" debug tv."_s);

        QFile readme(QStringLiteral(TV_README));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll()).simplified();
        const qsizetype advice = text.indexOf(u"QT_LOGGING_RULES=\"tv.*.debug=true\""_s);
        QVERIFY2(advice >= 0, "the README no longer says how to turn debug detail on");
        // The sentence that gives the advice.
        const qsizetype start = text.lastIndexOf(u". "_s, advice) + 2;
        const QString sentence = text.mid(start, text.indexOf(u". "_s, advice) - start);
#ifdef QT_NO_DEBUG_OUTPUT
        QVERIFY2(!debugDetail, qPrintable(result.err));
        QVERIFY2(sentence.contains(u"Debug builds only"_s), qPrintable(sentence));
#else
        QVERIFY2(debugDetail, qPrintable(result.err));
        Q_UNUSED(sentence)
#endif
    }

    void migrateTwice_data()
    {
        tv::test::addBackendRows();
    }

    void migrateTwice()
    {
        QVERIFY(createDatabase());
        const QString config = writeConfig();

        const Finished first = run({u"migrate"_s, u"--config"_s, config});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"Applied migration 1: organisations, users and sessions\n"_s),
                 qPrintable(first.out));
        QVERIFY(first.out.contains(u"is at schema version %1."_s.arg(
            tv::server::db::schemaMigrations().constLast().version)));

        const Finished second = run({u"migrate"_s, u"--config"_s, config});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.out.startsWith(u"Nothing to apply"_s), qPrintable(second.out));
        QVERIFY(!second.out.contains(u"Applied"_s));

        for (const Finished &result : {first, second}) {
            QVERIFY(!result.out.contains(QString::fromLatin1(DatabasePassword)));
            QVERIFY(!result.err.contains(QString::fromLatin1(DatabasePassword)));
        }

        auto db = tv::server::db::Database::open(m_test->config());
        TV_VERIFY_OK(db);
        auto version = tv::server::db::Migrator(*db.value()).currentVersion();
        TV_VERIFY_OK(version);
        QCOMPARE(version.value(), tv::server::db::schemaMigrations().constLast().version);
    }

    void migrateConcurrently_data()
    {
        tv::test::addBackendRows();
    }

    void migrateConcurrently()
    {
        // Two instances starting at once: each migration is applied by exactly one of them (the
        // other waits for it, then finds it applied).
        QVERIFY(createDatabase());
        const QString config = writeConfig();
        std::array<QProcess, 2> processes;
        for (QProcess &process : processes) {
            process.setProcessEnvironment(environment());
            process.start(Program, {u"migrate"_s, u"--config"_s, config});
        }
        QString outputs;
        for (QProcess &process : processes) {
            QVERIFY(process.waitForFinished(60'000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            outputs += QString::fromUtf8(process.readAllStandardOutput());
        }
        for (const auto &migration : tv::server::db::schemaMigrations()) {
            QVERIFY2(outputs.count(u"Applied migration %1:"_s.arg(migration.version)) == 1,
                     qPrintable(outputs));
        }
    }

    void migrateReportsAnUnreachableDatabase_data()
    {
        tv::test::addBackendRows();
    }

    void migrateReportsAnUnreachableDatabase()
    {
        QFETCH(Backend, backend);
        QVERIFY(createDatabase());
        QString section;
        if (backend == Backend::Postgres) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            section =
                u"[database]\ndriver=postgres\nhost=127.0.0.1\nport=%1\nname=tv\nuser=tv\n"_s.arg(
                    probe.serverPort());
        } else {
            section = u"[database]\ndriver=sqlite\npath=/nonexistent-directory/tv.sqlite\n"_s;
        }
        const QString path = writeFile(u"unreachable.ini"_s, section.toUtf8());
        QVERIFY(!path.isEmpty());

        const Finished result = run({u"migrate"_s, u"--config"_s, path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        const QString lastLine = result.err.section(u'\n', -2, -2);
        QVERIFY2(lastLine.startsWith(u"transform-service: Could not open the "_s),
                 qPrintable(result.err));
        QVERIFY(!result.err.contains(QString::fromLatin1(DatabasePassword)));
    }

    void serveAnswersAndStopsOnSigterm_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<bool>("training");
        for (const Backend backend : tv::test::allBackends()) {
            QTest::addRow("%s", qPrintable(tv::test::backendName(backend))) << backend << false;
            QTest::addRow("%s, training", qPrintable(tv::test::backendName(backend)))
                << backend << true;
        }
    }

    void serveAnswersAndStopsOnSigterm()
    {
        QFETCH(Backend, backend);
        QFETCH(bool, training);
        QVERIFY(createDatabase());
        // Training on PostgreSQL names the key that seals two-step secrets (on SQLite it is
        // made beside the database file).
        QString access;
        if (training && backend == Backend::Postgres) {
            const QString key = m_dir.filePath(u"secret.key"_s);
            QFile file(key);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(64, 'a'));
            access = u"secret_key_file="_s + key;
        }
        ServeProcess service(writeConfig(training ? u"training=true"_s : QString(), access));
        QTRY_VERIFY2_WITH_TIMEOUT(!service.url().isEmpty(), qPrintable(service.err()), 30'000);
        QCOMPARE(service.url().host(), u"127.0.0.1"_s);

        TestHttpClient client(service.url());
        const HttpResult result = client.get(u"/api/v1/health"_s);
        QCOMPARE(result.status, 200);
        const auto health = tv::wire::fromJson<tv::Health>(result.json());
        TV_VERIFY_OK(health);
        QCOMPARE(health.value().status, u"ok"_s);
        QCOMPARE(health.value().schemaVersion,
                 tv::server::db::schemaMigrations().constLast().version);
        QCOMPARE(health.value().training, training);
        QCOMPARE(service.err().contains(u"training mode"_s), training);

        service.process().terminate();
        QVERIFY(service.process().waitForFinished(20'000));
        QCOMPARE(service.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.process().exitCode(), 0);
        QTRY_VERIFY(service.err().contains(u"transform-service: stopped"_s));
        QVERIFY(!service.err().contains(QString::fromLatin1(DatabasePassword)));
    }

    void serveReportsAPortInUse_data()
    {
        tv::test::addBackendRows();
    }

    void serveReportsAPortInUse()
    {
        QVERIFY(createDatabase());
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        const QString config = writeConfig();
        // A second [server] port setting would be a duplicate key; rewrite the file instead.
        QCOMPARE(writeFile(u"service.ini"_s,
                           (u"[server]\naddress=127.0.0.1\nport=%1\n"_s.arg(occupier.serverPort()) +
                            m_test->iniSection())
                               .toUtf8()),
                 config);

        const Finished result = run({u"serve"_s, u"--config"_s, config});
        QCOMPARE(result.exitCode, 1);
        const QString lastLine = result.err.section(u'\n', -2, -2);
        QVERIFY2(lastLine.contains(u"127.0.0.1:%1"_s.arg(occupier.serverPort())),
                 qPrintable(result.err));
        QVERIFY2(lastLine.contains(u"in use"_s), qPrintable(result.err));
    }

    void createUserThenLogIn_data()
    {
        tv::test::addBackendRows();
    }

    void createUserThenLogIn()
    {
        QVERIFY(createDatabase());
        const QString config = writeConfig();
        const QStringList arguments{u"create-user"_s,
                                    u"--config"_s,
                                    config,
                                    u"--email"_s,
                                    u"Admin@Council.example"_s,
                                    u"--display-name"_s,
                                    u"Transform Admin"_s,
                                    u"--organisation"_s,
                                    u"Somerset Council"_s,
                                    u"--role"_s,
                                    u"admin"_s};
        const QByteArray password = "a long enough password";

        const Finished created = run(arguments, password + '\n');
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        static const QRegularExpression createdLine(
            u"^Created user [0-9a-f-]{36} with role admin\\.\n$"_s);
        QVERIFY2(createdLine.match(created.out).hasMatch(), qPrintable(created.out));
        QVERIFY(!created.out.contains(QString::fromLatin1(password)));
        QVERIFY(!created.err.contains(QString::fromLatin1(password)));

        const Finished duplicate = run(arguments, password + '\n');
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY2(duplicate.err.contains(u"already exists"_s), qPrintable(duplicate.err));

        const Finished tooShort =
            run({u"create-user"_s, u"--config"_s, config, u"--email"_s, u"x@council.example"_s,
                 u"--display-name"_s, u"X"_s, u"--organisation"_s, u"Somerset Council"_s},
                "short\n");
        QCOMPARE(tooShort.exitCode, 1);
        QVERIFY(tooShort.err.contains(u"at least 12 characters"_s));

        ServeProcess service(config);
        QTRY_VERIFY2_WITH_TIMEOUT(!service.url().isEmpty(), qPrintable(service.err()), 30'000);
        const HttpResult login =
            TestHttpClient(service.url())
                .postJson(u"/api/v1/auth/login"_s,
                          tv::wire::serialize(tv::wire::toJson(tv::LoginRequest{
                              u"admin@council.example"_s, QString::fromLatin1(password)})));
        QCOMPARE(login.status, 200);
        const auto grant = tv::wire::fromJson<tv::SessionGrant>(login.json());
        TV_VERIFY_OK(grant);
        QCOMPARE(grant.value().user.role, tv::Role::Admin);
        QCOMPARE(grant.value().user.organisation, u"Somerset Council"_s);
    }
};

QTEST_GUILESS_MAIN(TestServiceCli)
#include "tst_servicehost_cli.moc"
