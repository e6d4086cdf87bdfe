#pragma once

#include "models/domain/Report.h"
#include "models/domain/Result.h"
#include "models/domain/Search.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace tv::models {
class PersonPageModels;
class PersonSummaryModel;
} // namespace tv::models
namespace tv::net {
class ApiReply;
class ServiceClient;
template <typename T>
class Call;
} // namespace tv::net
namespace tv::session {
class Session;
} // namespace tv::session

namespace tv::workspace {

// What a practitioner does once signed in, without any widget: search, the reasons for access,
// a person's visit (the person view and their household), inaccuracy reports. It owns the models
// that hold person data (the search results and the person page's models) and fills them from
// the service's answers, so the windows only show them; clearPersonData() empties them all and
// forgets every request in flight.
//
// A visit: openPerson(id, reason) starts one. The reason is kept for that person's visit only,
// and covers the household view that belongs to it and any reload of the same person
// (visitReason(id)); opening someone else, endVisit(), clearPersonData() or signing out ends it,
// and the next person needs a reason of their own.
//
// Every request fails in words (tv::Error::message). An error that ends the session
// (session_expired, unauthenticated) is handed to the Session, which signs out.
class Workspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(net::ServiceClient *client, session::Session *session, QObject *parent = nullptr);
    ~Workspace() override;

    models::PersonSummaryModel *searchResults() const;
    models::PersonPageModels *personPage() const;

    // A new search replaces the one in flight (its answer is dropped).
    void search(const SearchCriteria &criteria);
    bool isSearching() const;

    // The service's list, read once per sign-in: reasonsReady at once when already known.
    void loadAccessReasons();
    QList<AccessReasonOption> accessReasons() const;

    // Starts (or, for the person of the current visit, reloads) a visit: the person view, then
    // their household with the same reason.
    void openPerson(const QString &personId, const AccessReason &reason);
    // The reason of the current visit when it is `personId`'s, else nothing (ask for one).
    std::optional<AccessReason> visitReason(const QString &personId) const;
    bool isOpeningPerson() const;
    // Ends the visit and empties the person page (back to search). Search results stay.
    void endVisit();

    void fileReport(const QString &personId, const NewInaccuracyReport &report);
    void loadMyReports();

    // Empties every model, ends the visit, drops the reasons and every request in flight (lock,
    // sign-out).
    void clearPersonData();

Q_SIGNALS:
    void searchStarted();
    void searchFinished(int count, bool truncated);
    void searchFailed(const tv::Error &error);

    void reasonsReady(const QList<tv::AccessReasonOption> &reasons);
    void reasonsFailed(const tv::Error &error);

    void personOpening(const QString &personId);
    void personOpened(const QString &personId);
    void personFailed(const tv::Error &error);
    void householdOpened(const QString &householdId);
    void householdFailed(const tv::Error &error);

    void reportFiled(const tv::InaccuracyReport &report);
    void reportFailed(const tv::Error &error);
    void myReportsLoaded(int count);
    void myReportsFailed(const tv::Error &error);

private:
    void openHousehold();
    // Sends `call` as the request held in `slot` (stopping the one it held). Its answer clears
    // the slot, then a value goes to `onValue`; an error is logged as `what` fails, `onError`
    // tidies up, the session sees it (and signs out if it ends the session), and `failed` is
    // emitted with it.
    template <typename T, typename OnValue, typename OnError>
    void start(QPointer<net::ApiReply> &slot, net::Call<T> &&call, const char *what,
               OnValue onValue, OnError onError, void (Workspace::*failed)(const Error &));
    void abort(QPointer<net::ApiReply> &reply);

    QPointer<net::ServiceClient> m_client;
    QPointer<session::Session> m_session;
    models::PersonSummaryModel *m_results;
    models::PersonPageModels *m_page;

    QList<AccessReasonOption> m_reasons;
    QString m_visitPersonId;
    std::optional<AccessReason> m_visitReason;

    QPointer<net::ApiReply> m_searchReply;
    QPointer<net::ApiReply> m_reasonsReply;
    QPointer<net::ApiReply> m_personReply;
    QPointer<net::ApiReply> m_householdReply;
    QPointer<net::ApiReply> m_reportReply;
    QPointer<net::ApiReply> m_myReportsReply;
};

} // namespace tv::workspace
