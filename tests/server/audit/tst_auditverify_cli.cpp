// `transform-service audit verify`, run as a real process.
#include "server/audit/AuditTrail.h"
#include "tests/support/ServiceCliTestCase.h"
#include "tests/support/TestProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using tv::Status;
using tv::server::audit::AuditEntry;
using tv::server::audit::AuditTrail;
using tv::server::db::Dialect;
using tv::test::Finished;

namespace {

const QString Program = QStringLiteral(TV_SERVICE_BINARY);

Finished run(const QStringList &arguments)
{
    return tv::test::runToEnd(Program, arguments);
}

// The last line the program wrote to standard error (debug logging may come before it).
QString lastLine(const QString &text)
{
    return text.trimmed().section(u'\n', -1);
}

} // namespace

class TestAuditVerifyCli final : public tv::test::ServiceCliTestCase {
    Q_OBJECT

public:
    TestAuditVerifyCli()
        : ServiceCliTestCase(Program)
    {}

private:
    // A migrated database with `rows` audit rows.
    std::unique_ptr<Database> populate(int rows)
    {
        auto db = m_test->openMigrated();
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return {};
        }
        const AuditTrail trail(*db.value());
        for (int n = 0; n < rows; ++n) {
            AuditEntry entry;
            entry.at = QDateTime::currentDateTimeUtc();
            entry.userId = u"6f1c2a4e-9b7d-4e3a-8c21-5d0f7e6b9a10"_s;
            entry.action = u"person_view"_s;
            entry.subject = u"person:%1"_s.arg(n);
            entry.reasonCode = u"attendance_follow_up"_s;
            const Status done = db.value()->transaction([&] { return trail.append(entry); });
            if (!done) {
                qWarning("%s", qPrintable(done.error().message));
                return {};
            }
        }
        return std::move(db).value();
    }

private Q_SLOTS:
    void helpNamesTheCommand()
    {
        const Finished result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"audit verify"_s), qPrintable(result.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no subcommand") << QStringList{u"audit"_s, u"--config"_s, u"x.ini"_s}
                                       << u"audit needs a subcommand: verify"_s;
        QTest::newRow("unknown subcommand")
            << QStringList{u"audit"_s, u"repair"_s, u"--config"_s, u"x.ini"_s}
            << u"Unknown audit subcommand 'repair'"_s;
        QTest::newRow("extra argument")
            << QStringList{u"audit"_s, u"verify"_s, u"now"_s, u"--config"_s, u"x.ini"_s}
            << u"Unexpected argument 'now'"_s;
        QTest::newRow("no config")
            << QStringList{u"audit"_s, u"verify"_s} << u"--config <file> is required"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        verifyFailure(run(arguments), 2, mentions);
    }

    void intactTrailExitsZero_data() { tv::test::addBackendRows(); }
    void intactTrailExitsZero()
    {
        QFETCH(Backend, backend);
        QVERIFY(createDatabase(backend));
        QVERIFY(populate(5));
        const Finished result = run({u"audit"_s, u"verify"_s, u"--config"_s, writeConfig()});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.out, u"The audit trail is intact: 5 rows checked.\n"_s);
    }

    void tamperedTrailExitsOneNamingTheRow_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        for (const Backend backend : tv::test::allBackends()) {
            const QString name = tv::test::backendName(backend);
            QTest::addRow("%s: edited", qPrintable(name))
                << backend << u"UPDATE audit_log SET subject = 'person:99' WHERE seq = 3"_s
                << u"transform-service: The audit trail is broken in chain 1: row 3 was changed."_s;
            QTest::addRow("%s: deleted", qPrintable(name))
                << backend << u"DELETE FROM audit_log WHERE seq = 2"_s
                << u"transform-service: The audit trail is broken in chain 1: row 2 is missing."_s;
            QTest::addRow("%s: newest deleted", qPrintable(name))
                << backend << u"DELETE FROM audit_log WHERE seq > 3"_s
                << u"transform-service: The audit trail is broken in chain 1: the newest 2 rows "
                   u"are missing."_s;
        }
    }

    void tamperedTrailExitsOneNamingTheRow()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, sql);
        QFETCH(QString, message);
        QVERIFY(createDatabase(backend));
        {
            const std::unique_ptr<Database> db = populate(5);
            QVERIFY(db);
            const bool postgres = db->dialect() == Dialect::Postgres;
            if (postgres) {
                TV_VERIFY_OK(db->runDdl(u"switch the trigger off",
                                        u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s));
            }
            TV_VERIFY_OK(db->run(u"tamper with the trail", sql));
            if (postgres) {
                TV_VERIFY_OK(db->runDdl(u"switch the trigger on",
                                        u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s));
            }
        }
        const Finished result = run({u"audit"_s, u"verify"_s, u"--config"_s, writeConfig()});
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(lastLine(result.err), message);
    }

    void unmigratedDatabaseSaysSo_data() { tv::test::addBackendRows(); }
    void unmigratedDatabaseSaysSo()
    {
        QFETCH(Backend, backend);
        QVERIFY(createDatabase(backend));
        const Finished result = run({u"audit"_s, u"verify"_s, u"--config"_s, writeConfig()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(lastLine(result.err)
                     .contains(u"has no audit trail yet (schema version 0): run "
                               u"'transform-service migrate' first."_s),
                 qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditVerifyCli)
#include "tst_auditverify_cli.moc"
