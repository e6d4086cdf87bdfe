// The data protection statement over HTTP: reading it, accepting it, and accepting again after
// the Transform team publishes a new version (which lapses everyone's access until they do).
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "tests/support/ServerTestCase.h"

#include <QTest>

namespace {

const QDate AsOf(2026, 11, 24);

template <typename T>
QByteArray body(const T &value)
{
    return tv::wire::serialize(tv::wire::toJson(value));
}

} // namespace

class TestStatementBook final : public tv::test::ServerTestCase {
    Q_OBJECT

private:
    std::unique_ptr<TestHttpClient> m_admin;
    std::unique_ptr<TestHttpClient> m_practitioner;
    QString m_practitionerId;

    // A session made directly in the store (sign-in and its second factor are tested elsewhere).
    std::unique_ptr<TestHttpClient> clientFor(Role role, QString *id = nullptr)
    {
        static int serial = 0;
        auto organisation = m_auth->users().ensureOrganisation(u"Somerset Primary"_s);
        if (!organisation)
            return nullptr;
        // Admin routes need two-step sign-in; the MFA engineer builds enrolment, so it is set
        // directly here.
        auto user = addClearedUser(
            {u"user%1@school.example"_s.arg(++serial), u"Test User"_s, role, organisation.value(),
             u"a long enough password"_s},
            AsOf,
            role == Role::Admin ? std::optional(QDateTime::currentDateTimeUtc()) : std::nullopt);
        if (!user)
            return nullptr;
        auto client = clientWithSession(user.value());
        if (!client)
            return nullptr;
        if (id)
            *id = user.value();
        return std::move(client).value();
    }

    tv::Statement current()
    {
        const HttpResult result = m_practitioner->get(u"/api/v1/statement"_s);
        const auto statement = tv::wire::fromJson<tv::Statement>(result.json());
        return statement ? statement.value() : tv::Statement{};
    }

private Q_SLOTS:
    void initTestCase_data() { tv::test::addBackendRows(); }

    void init()
    {
        TV_VERIFY_OK(startService(currentBackend(), ApiServer::Options{false, AsOf, {}}));
        m_admin = clientFor(Role::Admin);
        m_practitioner = clientFor(Role::Practitioner, &m_practitionerId);
        QVERIFY(m_admin && m_practitioner);
    }

    void cleanup()
    {
        m_admin.reset();
        m_practitioner.reset();
        stopService();
    }

    void readsTheCurrentStatement()
    {
        const HttpResult result = m_practitioner->get(u"/api/v1/statement"_s);
        QCOMPARE(result.status, 200);
        const auto statement = tv::wire::fromJson<tv::Statement>(result.json());
        TV_VERIFY_OK(statement);
        QCOMPARE(statement.value().version, 1);
        QVERIFY(statement.value().body.contains(u"TransformView"_s));
        QVERIFY(statement.value().accepted);
        QVERIFY(statement.value().publishedAt.isValid());
    }

    void aNewVersionMustBeAcceptedAgain()
    {
        QCOMPARE(m_practitioner->get(u"/api/v1/sources"_s).status, 200);

        const HttpResult published = m_admin->postJson(
            u"/api/v1/admin/statements"_s, body(tv::NewStatement{u"  Version two.  "_s}));
        QCOMPARE(published.status, 200);
        const auto v2 = tv::wire::fromJson<tv::Statement>(published.json());
        TV_VERIFY_OK(v2);
        QCOMPARE(v2.value().version, 2);
        QCOMPARE(v2.value().body, u"Version two."_s);

        // The practitioner's access lapses at once, naming the statement.
        const HttpResult refused = m_practitioner->get(u"/api/v1/sources"_s);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QString(tv::errc::AccessLapsed));
        QCOMPARE(tv::wire::errorFromBody(refused.json()).unmet,
                 QStringList{u"statement_accepted"_s});
        QCOMPARE(current().version, 2);
        QVERIFY(!current().accepted);

        // Accepting the old version is a conflict; the new one restores access.
        const HttpResult stale = m_practitioner->postJson(u"/api/v1/statement/accept"_s,
                                                          body(tv::StatementAcceptance{1}));
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), QString(tv::errc::Conflict));
        QVERIFY(tv::wire::errorFromBody(stale.json()).message.contains(u"newer"_s));
        QCOMPARE(m_practitioner->get(u"/api/v1/sources"_s).status, 403);

        const HttpResult accepted = m_practitioner->postJson(u"/api/v1/statement/accept"_s,
                                                             body(tv::StatementAcceptance{2}));
        QCOMPARE(accepted.status, 200);
        QVERIFY(tv::wire::fromJson<tv::Statement>(accepted.json()).value().accepted);
        QCOMPARE(m_practitioner->get(u"/api/v1/sources"_s).status, 200);

        // Both the publication and the acceptance are on the audit trail.
        auto rows = m_db->run(u"read the audit rows",
                              u"SELECT action, detail FROM audit_log WHERE action IN"
                              u" ('admin.publish_statement', 'statement_accepted')"
                              u" ORDER BY at, seq"_s);
        TV_VERIFY_OK(rows);
        QStringList seen;
        while (rows.value().next()) {
            seen << rows.value().value(0).toString() + u' ' + rows.value().value(1).toString();
        }
        QCOMPARE(seen, (QStringList{u"admin.publish_statement {\"version\":2}"_s,
                                    u"statement_accepted {\"version\":2}"_s}));
    }

    void badAcceptances_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("version never published")
            << R"({"version":7})"_ba << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("version zero")
            << R"({"version":0})"_ba << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("version as text")
            << R"({"version":"1"})"_ba << 400 << QString(tv::errc::InvalidField);
        QTest::newRow("no version") << "{}"_ba << 400 << QString(tv::errc::MissingField);
        QTest::newRow("extra field")
            << R"({"version":1,"signature":"x"})"_ba << 400 << QString(tv::errc::UnknownField);
    }

    void badAcceptances()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult result = m_practitioner->postJson(u"/api/v1/statement/accept"_s, request);
        QCOMPARE(result.status, status);
        QCOMPARE(result.errorCode(), code);
    }

    void onlyAdminsPublish()
    {
        const HttpResult refused = m_practitioner->postJson(u"/api/v1/admin/statements"_s,
                                                            body(tv::NewStatement{u"Sneaky."_s}));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QString(tv::errc::Forbidden));
        const HttpResult empty =
            m_admin->postJson(u"/api/v1/admin/statements"_s, body(tv::NewStatement{u"   "_s}));
        QCOMPARE(empty.status, 400);
        QCOMPARE(current().version, 1);
    }

    void theStatementNeedsOnlyASession()
    {
        // A user whose other conditions lapsed can still read and accept the statement.
        TV_VERIFY_OK(m_db->run(u"lapse a DBS check",
                               u"UPDATE users SET dbs_certificate_date = NULL WHERE id = :id"_s,
                               {{u":id"_s, m_practitionerId}}));
        QCOMPARE(m_practitioner->get(u"/api/v1/sources"_s).status, 403);
        QCOMPARE(m_practitioner->get(u"/api/v1/statement"_s).status, 200);
        QCOMPARE(m_practitioner
                     ->postJson(u"/api/v1/statement/accept"_s, body(tv::StatementAcceptance{1}))
                     .status,
                 200);
        TestHttpClient anonymous(m_api->baseUrl());
        QCOMPARE(anonymous.get(u"/api/v1/statement"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestStatementBook)
#include "tst_statementbook.moc"
