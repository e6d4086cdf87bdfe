// Workspace against the real service on loopback (TrainingHost): the requests it makes, the
// models it fills, the visit's reason and what clearing forgets; the audit trail read back.

#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "app/workspace/Workspace.h"
#include "models/domain/ErrorCode.h"
#include "models/household/HouseholdModel.h"
#include "models/person/PersonDetailsModel.h"
#include "models/person/PersonPageModels.h"
#include "models/reports/MyReportsModel.h"
#include "models/search/PersonSummaryModel.h"
#include "tests/app/support/ReplyWaiter.h"
#include "tests/app/support/TrainingHost.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using tv::AccessReason;
using tv::workspace::Workspace;

namespace {

bool waitFor(const QSignalSpy &spy)
{
    return QTest::qWaitFor([&] { return !spy.isEmpty(); }, WaitMs);
}

} // namespace

class TestWorkspace final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void searchFillsTheResults();
    void aNewSearchReplacesTheOneInFlight();
    void reasonsAreReadOncePerSignIn();
    void aVisitKeepsItsReasonForItsPersonOnly();
    void theReasonReachesTheAuditTrail();
    void unknownPersonIsNoVisit();
    void reportAndMyReports();
    void expiredSessionEndsTheSession();
    void clearingForgetsEverything();

private:
    // The first person a search for `name` finds (after a search through the workspace).
    QString findPerson(const QString &name);
    AccessReason firstReason();

    tv::test::TrainingHost m_host;
    std::unique_ptr<ServiceClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspace::initTestCase()
{
    const tv::Status started = m_host.start();
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
}

void TestWorkspace::init()
{
    m_client = std::make_unique<ServiceClient>();
    m_client->setBaseUrl(m_host.baseUrl());
    m_session = std::make_unique<Session>(m_client.get());
    m_workspace = std::make_unique<Workspace>(m_client.get(), m_session.get());
    QSignalSpy ready(m_session.get(), &Session::ready);
    m_session->signIn(m_host.trainer());
    QVERIFY(waitFor(ready));
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    m_session.reset();
    m_client.reset();
}

QString TestWorkspace::findPerson(const QString &name)
{
    QSignalSpy finished(m_workspace.get(), &Workspace::searchFinished);
    m_workspace->search(tv::test::searchByName(name));
    if (!waitFor(finished) || m_workspace->searchResults()->rowCount() == 0)
        return {};
    return m_workspace->searchResults()->personAt(0)->id;
}

AccessReason TestWorkspace::firstReason()
{
    QSignalSpy ready(m_workspace.get(), &Workspace::reasonsReady);
    m_workspace->loadAccessReasons();
    if (!waitFor(ready))
        return {};
    return AccessReason{m_workspace->accessReasons().constFirst().code, u"Termly review"_s};
}

void TestWorkspace::searchFillsTheResults()
{
    QSignalSpy started(m_workspace.get(), &Workspace::searchStarted);
    QSignalSpy finished(m_workspace.get(), &Workspace::searchFinished);
    m_workspace->search(tv::test::searchByName(u"Smith"_s));
    QCOMPARE(started.count(), 1);
    QVERIFY(m_workspace->isSearching());
    QVERIFY(waitFor(finished));
    QVERIFY(!m_workspace->isSearching());
    const int count = finished.constFirst().constFirst().toInt();
    QVERIFY(count > 0);
    QCOMPARE(m_workspace->searchResults()->rowCount(), count);
    QVERIFY(m_workspace->searchResults()->personAt(0)->displayName.contains(u"Smith"_s));

    // A criterion the service refuses: the error in words, and no stale results.
    QSignalSpy failed(m_workspace.get(), &Workspace::searchFailed);
    tv::SearchCriteria badNhs;
    badNhs.nhsNumber = u"1234567890"_s; // fails the checksum
    m_workspace->search(badNhs);
    QVERIFY(waitFor(failed));
    const Error error = failed.constFirst().constFirst().value<Error>();
    QCOMPARE(error.code, QString(tv::errc::InvalidField));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(m_workspace->searchResults()->rowCount(), 0);
    QVERIFY(m_session->isSignedIn());
}

void TestWorkspace::aNewSearchReplacesTheOneInFlight()
{
    QSignalSpy finished(m_workspace.get(), &Workspace::searchFinished);
    m_workspace->search(tv::test::searchByName(u"Smith"_s));
    m_workspace->search(tv::test::searchByName(u"Jones"_s));
    QVERIFY(waitFor(finished));
    QTest::qWait(200); // the first answer, had it not been dropped, would come about now
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_workspace->searchResults()->personAt(0)->displayName.contains(u"Jones"_s));
}

void TestWorkspace::reasonsAreReadOncePerSignIn()
{
    QSignalSpy ready(m_workspace.get(), &Workspace::reasonsReady);
    m_workspace->loadAccessReasons();
    m_workspace->loadAccessReasons(); // while the first is on its way: no second request
    QVERIFY(waitFor(ready));
    QTest::qWait(100);
    QCOMPARE(ready.count(), 1);
    const auto reasons = ready.constFirst().constFirst().value<QList<tv::AccessReasonOption>>();
    QVERIFY(!reasons.isEmpty());
    QVERIFY(!reasons.constFirst().label.isEmpty());

    // Known now: answered at once, without the service.
    m_client->setBaseUrl(QUrl(u"http://127.0.0.1:9"_s));
    m_workspace->loadAccessReasons();
    QCOMPARE(ready.count(), 2);
    QCOMPARE(m_workspace->accessReasons(), reasons);
}

void TestWorkspace::aVisitKeepsItsReasonForItsPersonOnly()
{
    const QString personId = findPerson(u"Smith"_s);
    QVERIFY(!personId.isEmpty());
    const AccessReason reason = firstReason();
    QVERIFY(!reason.code.isEmpty());
    QVERIFY(!m_workspace->visitReason(personId));

    QSignalSpy opened(m_workspace.get(), &Workspace::personOpened);
    QSignalSpy household(m_workspace.get(), &Workspace::householdOpened);
    m_workspace->openPerson(personId, reason);
    QVERIFY(m_workspace->isOpeningPerson());
    QVERIFY(waitFor(opened));
    QCOMPARE(opened.constFirst().constFirst().toString(), personId);
    auto *page = m_workspace->personPage();
    QVERIFY(page->hasView());
    QCOMPARE(page->personId(), personId);
    QVERIFY(page->details()->rowCount() > 0);
    QCOMPARE(m_workspace->visitReason(personId), std::optional<AccessReason>(reason));
    // The household comes with the visit, under the same reason.
    QVERIFY(waitFor(household));
    QCOMPARE(household.constFirst().constFirst().toString(), page->householdId());

    // Someone else from the household: their own visit, so no reason yet.
    QVERIFY(page->household()->rowCount() > 0);
    const QString memberId =
        page->household()->index(0, 0).data(tv::models::HouseholdModel::PersonIdRole).toString();
    QVERIFY(!memberId.isEmpty());
    QVERIFY(memberId != personId);
    QVERIFY(!m_workspace->visitReason(memberId));
    const AccessReason other{reason.code, u"Sibling"_s};
    opened.clear();
    m_workspace->openPerson(memberId, other);
    QVERIFY(!page->hasView()); // the previous person is gone while the next one loads
    QVERIFY(waitFor(opened));
    QCOMPARE(page->personId(), memberId);
    QCOMPARE(m_workspace->visitReason(memberId), std::optional<AccessReason>(other));
    QVERIFY(!m_workspace->visitReason(personId));

    // Back to search: the visit ends, the results stay.
    const int results = m_workspace->searchResults()->rowCount();
    m_workspace->endVisit();
    QVERIFY(!page->hasView());
    QCOMPARE(page->details()->rowCount(), 0);
    QCOMPARE(page->household()->rowCount(), 0);
    QVERIFY(!m_workspace->visitReason(memberId));
    QCOMPARE(m_workspace->searchResults()->rowCount(), results);
}

void TestWorkspace::theReasonReachesTheAuditTrail()
{
    const QString personId = findPerson(u"Jones"_s);
    QVERIFY(!personId.isEmpty());
    AccessReason reason = firstReason();
    reason.note = u"Workspace audit check"_s;
    QSignalSpy household(m_workspace.get(), &Workspace::householdOpened);
    m_workspace->openPerson(personId, reason);
    QVERIFY(waitFor(household));

    auto rows = m_host.database().run(
        u"read the audit trail for a test",
        u"SELECT action, reason_code FROM audit_log WHERE reason_note = :note "
        u"ORDER BY seq"_s,
        {{u":note"_s, *reason.note}});
    QVERIFY(rows.ok());
    QStringList actions;
    while (rows.value().next()) {
        actions << rows.value().value(0).toString();
        QCOMPARE(rows.value().value(1).toString(), reason.code);
    }
    // The person view, then the household view (one entry per member shown), all under the
    // visit's one reason.
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions.constFirst(), u"person_view"_s);
    QCOMPARE(actions.count(u"household_view"_s), actions.size() - 1);
}

void TestWorkspace::unknownPersonIsNoVisit()
{
    QSignalSpy failed(m_workspace.get(), &Workspace::personFailed);
    const QString unknown = u"999999999"_s; // a well-formed id nobody has
    m_workspace->openPerson(unknown, firstReason());
    QVERIFY(waitFor(failed));
    const Error error = failed.constFirst().constFirst().value<Error>();
    QCOMPARE(error.code, QString(tv::errc::NotFound));
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!m_workspace->visitReason(unknown));
    QVERIFY(!m_workspace->personPage()->hasView());
    QVERIFY(m_session->isSignedIn());
}

void TestWorkspace::reportAndMyReports()
{
    const QString personId = findPerson(u"Smith"_s);
    QVERIFY(!personId.isEmpty());
    QSignalSpy filed(m_workspace.get(), &Workspace::reportFiled);
    m_workspace->fileReport(personId,
                            tv::NewInaccuracyReport{u"involvements/0"_s, u"Closed in June"_s});
    QVERIFY(waitFor(filed));
    const auto report = filed.constFirst().constFirst().value<tv::InaccuracyReport>();
    QCOMPARE(report.personId, personId);
    QCOMPARE(report.item, u"involvements/0"_s);

    QSignalSpy loaded(m_workspace.get(), &Workspace::myReportsLoaded);
    m_workspace->loadMyReports();
    QVERIFY(waitFor(loaded));
    const int count = loaded.constFirst().constFirst().toInt();
    QVERIFY(count >= 1);
    QCOMPARE(m_workspace->personPage()->myReports()->rowCount(), count);

    // A description the service refuses (empty): the error in words, the session intact.
    QSignalSpy failed(m_workspace.get(), &Workspace::reportFailed);
    m_workspace->fileReport(personId, tv::NewInaccuracyReport{u"involvements/0"_s, {}});
    QVERIFY(waitFor(failed));
    QVERIFY(!failed.constFirst().constFirst().value<Error>().message.isEmpty());
    QVERIFY(m_session->isSignedIn());
}

void TestWorkspace::expiredSessionEndsTheSession()
{
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    QSignalSpy failed(m_workspace.get(), &Workspace::searchFailed);
    QVERIFY(m_host.sql(u"UPDATE sessions SET expires_at = :past WHERE revoked_at IS NULL"_s,
                       {{u":past"_s, tv::server::db::Database::toDb(
                                         QDateTime::currentDateTimeUtc().addSecs(-60))}}));
    m_workspace->search(tv::test::searchByName(u"Smith"_s));
    QVERIFY(waitFor(failed));
    QCOMPARE(failed.constFirst().constFirst().value<Error>().code,
             QString(tv::errc::SessionExpired));
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!m_session->isSignedIn());
}

void TestWorkspace::clearingForgetsEverything()
{
    const QString personId = findPerson(u"Smith"_s);
    QVERIFY(!personId.isEmpty());
    const AccessReason reason = firstReason();
    QSignalSpy household(m_workspace.get(), &Workspace::householdOpened);
    m_workspace->openPerson(personId, reason);
    QVERIFY(waitFor(household));
    QSignalSpy loaded(m_workspace.get(), &Workspace::myReportsLoaded);
    m_workspace->loadMyReports();
    QVERIFY(waitFor(loaded));

    // A search in flight when the lock comes: its answer never reaches a model.
    QSignalSpy finished(m_workspace.get(), &Workspace::searchFinished);
    QSignalSpy searchFailed(m_workspace.get(), &Workspace::searchFailed);
    m_workspace->search(tv::test::searchByName(u"Jones"_s));
    m_workspace->clearPersonData();
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(searchFailed.count(), 0);
    QVERIFY(!m_workspace->isSearching());

    auto *page = m_workspace->personPage();
    QCOMPARE(m_workspace->searchResults()->rowCount(), 0);
    QVERIFY(!page->hasView());
    QCOMPARE(page->details()->rowCount(), 0);
    QCOMPARE(page->household()->rowCount(), 0);
    QCOMPARE(page->myReports()->rowCount(), 0);
    QVERIFY(!m_workspace->visitReason(personId));
    QVERIFY(m_workspace->accessReasons().isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
