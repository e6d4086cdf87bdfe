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
    abort(m_searchReply);
    auto *reply = m_client->search(criteria);
    m_searchReply = reply;
    connect(reply, &net::SearchReply::succeeded, this, [this](const SearchResults &results) {
        m_searchReply = nullptr;
        m_results->setResults(results.results, results.asOf);
        Q_EMIT searchFinished(int(results.results.size()), results.truncated);
    });
    connect(reply, &net::ApiReply::failed, this, [this](const Error &error) {
        m_searchReply = nullptr;
        qCInfo(lcWorkspace) << "search failed:" << error.code;
        m_results->clear();
        noteFailure(error);
        Q_EMIT searchFailed(error);
    });
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
    auto *reply = m_client->accessReasons();
    m_reasonsReply = reply;
    connect(reply, &net::AccessReasonsReply::succeeded, this,
            [this](const QList<AccessReasonOption> &reasons) {
                m_reasonsReply = nullptr;
                m_reasons = reasons;
                Q_EMIT reasonsReady(m_reasons);
            });
    connect(reply, &net::ApiReply::failed, this, [this](const Error &error) {
        m_reasonsReply = nullptr;
        qCInfo(lcWorkspace) << "access reasons failed:" << error.code;
        noteFailure(error);
        Q_EMIT reasonsFailed(error);
    });
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
    auto *reply = m_client->viewPerson(personId, reason);
    m_personReply = reply;
    connect(reply, &net::PersonViewReply::succeeded, this, [this](const PersonView &view) {
        m_personReply = nullptr;
        m_page->setView(view);
        Q_EMIT personOpened(m_visitPersonId);
        openHousehold();
    });
    connect(reply, &net::ApiReply::failed, this, [this](const Error &error) {
        m_personReply = nullptr;
        qCInfo(lcWorkspace) << "person view failed:" << error.code;
        // A person who could not be shown is no visit: the next try asks for a reason again.
        m_visitPersonId.clear();
        m_visitReason.reset();
        m_page->clear();
        noteFailure(error);
        Q_EMIT personFailed(error);
    });
    Q_EMIT personOpening(personId);
}

std::optional<AccessReason> Workspace::visitReason(const QString &personId) const
{
    if (personId.isEmpty() || personId != m_visitPersonId)
        return std::nullopt;
    return m_visitReason;
}

QString Workspace::visitPersonId() const
{
    return m_visitPersonId;
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
    auto *reply = m_client->viewHousehold(householdId, *m_visitReason);
    m_householdReply = reply;
    connect(reply, &net::HouseholdReply::succeeded, this, [this](const Household &household) {
        m_householdReply = nullptr;
        if (m_page->setHousehold(household))
            Q_EMIT householdOpened(household.id);
    });
    connect(reply, &net::ApiReply::failed, this, [this](const Error &error) {
        m_householdReply = nullptr;
        qCInfo(lcWorkspace) << "household view failed:" << error.code;
        noteFailure(error);
        Q_EMIT householdFailed(error);
    });
}

void Workspace::fileReport(const QString &personId, const NewInaccuracyReport &report)
{
    abort(m_reportReply);
    auto *reply = m_client->fileReport(personId, report);
    m_reportReply = reply;
    connect(reply, &net::ReportReply::succeeded, this, [this](const InaccuracyReport &filed) {
        m_reportReply = nullptr;
        Q_EMIT reportFiled(filed);
    });
    connect(reply, &net::ApiReply::failed, this, [this](const Error &error) {
        m_reportReply = nullptr;
        qCInfo(lcWorkspace) << "inaccuracy report failed:" << error.code;
        noteFailure(error);
        Q_EMIT reportFailed(error);
    });
}

void Workspace::loadMyReports()
{
    abort(m_myReportsReply);
    auto *reply = m_client->myReports();
    m_myReportsReply = reply;
    connect(reply, &net::ReportListReply::succeeded, this,
            [this](const InaccuracyReportList &reports) {
                m_myReportsReply = nullptr;
                m_page->setMyReports(reports);
                Q_EMIT myReportsLoaded(int(reports.reports.size()));
            });
    connect(reply, &net::ApiReply::failed, this, [this](const Error &error) {
        m_myReportsReply = nullptr;
        qCInfo(lcWorkspace) << "my reports failed:" << error.code;
        noteFailure(error);
        Q_EMIT myReportsFailed(error);
    });
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

void Workspace::noteFailure(const Error &error)
{
    if (m_session)
        m_session->handleServiceError(error);
}

void Workspace::abort(QPointer<net::ApiReply> &reply)
{
    if (reply)
        reply->abort();
    reply = nullptr;
}

} // namespace tv::workspace
