#include "app/workspace/Workspace.h"

#include "app/net/ServiceClient.h"
#include "app/session/Session.h"
#include "models/person/PersonPageModels.h"
#include "models/search/PersonSummaryModel.h"

#include <QLoggingCategory>

namespace tv::workspace {

// Error codes and what happened only: never an id, a name or search criteria.
Q_LOGGING_CATEGORY(lcWorkspace, "tv.workspace")

Workspace::Workspace(net::ServiceClient *client, session::Session *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_results(new models::PersonSummaryModel(this))
    , m_page(new models::PersonPageModels(this))
{}

Workspace::~Workspace()
{
    clearPersonData();
}

models::PersonSummaryModel *Workspace::searchResults() const
{
    return m_results;
}

models::PersonPageModels *Workspace::personPage() const
{
    return m_page;
}

void Workspace::search(const SearchCriteria &criteria)
{
    start(
        m_searchReply, m_client->search(criteria), "search",
        [this](const SearchResults &results) {
            m_results->setResults(results.results, results.asOf);
            Q_EMIT searchFinished(int(results.results.size()), results.truncated);
        },
        [this] { m_results->clear(); }, &Workspace::searchFailed);
    Q_EMIT searchStarted();
}

bool Workspace::isSearching() const
{
    return !m_searchReply.isNull();
}

void Workspace::loadAccessReasons()
{
    if (!m_reasons.isEmpty()) {
        Q_EMIT reasonsReady(m_reasons);
        return;
    }
    if (m_reasonsReply)
        return; // the answer is on its way
    start(
        m_reasonsReply, m_client->accessReasons(), "access reasons",
        [this](const QList<AccessReasonOption> &reasons) {
            m_reasons = reasons;
            Q_EMIT reasonsReady(m_reasons);
        },
        [] {}, &Workspace::reasonsFailed);
}

QList<AccessReasonOption> Workspace::accessReasons() const
{
    return m_reasons;
}

void Workspace::openPerson(const QString &personId, const AccessReason &reason)
{
    abort(m_personReply);
    abort(m_householdReply);
    if (personId != m_visitPersonId)
        m_page->clear(); // nothing of the previous person stays on the page while this one loads
    m_visitPersonId = personId;
    m_visitReason = reason;
    start(
        m_personReply, m_client->viewPerson(personId, reason), "person view",
        [this](const PersonView &view) {
            m_page->setView(view);
            Q_EMIT personOpened(m_visitPersonId);
            openHousehold();
        },
        [this] {
            // A person who could not be shown is no visit: the next try asks for a reason again.
            m_visitPersonId.clear();
            m_visitReason.reset();
            m_page->clear();
        },
        &Workspace::personFailed);
    Q_EMIT personOpening(personId);
}

std::optional<AccessReason> Workspace::visitReason(const QString &personId) const
{
    if (personId.isEmpty() || personId != m_visitPersonId)
        return std::nullopt;
    return m_visitReason;
}

bool Workspace::isOpeningPerson() const
{
    return !m_personReply.isNull();
}

void Workspace::endVisit()
{
    abort(m_personReply);
    abort(m_householdReply);
    abort(m_reportReply);
    m_visitPersonId.clear();
    m_visitReason.reset();
    m_page->clear();
}

void Workspace::openHousehold()
{
    const QString householdId = m_page->householdId();
    if (householdId.isEmpty() || !m_visitReason)
        return;
    start(
        m_householdReply, m_client->viewHousehold(householdId, *m_visitReason), "household view",
        [this](const Household &household) {
            if (m_page->setHousehold(household))
                Q_EMIT householdOpened(household.id);
        },
        [] {}, &Workspace::householdFailed);
}

void Workspace::fileReport(const QString &personId, const NewInaccuracyReport &report)
{
    start(
        m_reportReply, m_client->fileReport(personId, report), "inaccuracy report",
        [this](const InaccuracyReport &filed) { Q_EMIT reportFiled(filed); }, [] {},
        &Workspace::reportFailed);
}

void Workspace::loadMyReports()
{
    start(
        m_myReportsReply, m_client->myReports(), "my reports",
        [this](const InaccuracyReportList &reports) {
            m_page->setMyReports(reports);
            Q_EMIT myReportsLoaded(int(reports.reports.size()));
        },
        [] {}, &Workspace::myReportsFailed);
}

void Workspace::clearPersonData()
{
    abort(m_searchReply);
    abort(m_reasonsReply);
    abort(m_personReply);
    abort(m_householdReply);
    abort(m_reportReply);
    abort(m_myReportsReply);
    m_visitPersonId.clear();
    m_visitReason.reset();
    m_reasons.clear();
    m_results->clear();
    m_page->clear();
}

template <typename T, typename OnValue, typename OnError>
void Workspace::start(QPointer<net::ApiReply> &slot, net::Call<T> &&call, const char *what,
                      OnValue onValue, OnError onError, void (Workspace::*failed)(const Error &))
{
    abort(slot);
    QPointer<net::ApiReply> *held = &slot;
    slot = std::move(call).then(
        this, [this, held, what, onValue, onError, failed](const Result<T> &result) {
            *held = nullptr;
            if (result) {
                onValue(result.value());
                return;
            }
            const Error &error = result.error();
            qCInfo(lcWorkspace) << what << "failed:" << error.code;
            onError();
            // Session-ending errors go to the session, which signs out; then this request's own
            // failure signal.
            if (m_session)
                m_session->handleServiceError(error);
            Q_EMIT(this->*failed)(error);
        });
}

void Workspace::abort(QPointer<net::ApiReply> &reply)
{
    if (reply)
        reply->abort();
    reply = nullptr;
}

} // namespace tv::workspace
