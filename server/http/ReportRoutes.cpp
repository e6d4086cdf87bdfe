// ApiServer's handlers for inaccuracy reports and the subject access pack (see ApiServer.h).
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/access/AccessGate.h"
#include "server/http/ApiServer.h"
#include "server/http/RouteSupport.h"
#include "server/reports/InaccuracyReports.h"
#include "server/reports/ReportRows.h"
#include "server/reports/SubjectAccess.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

// GET /api/v1/admin/reports takes one optional parameter, status.
Result<std::optional<ReportStatus>> statusFilter(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    std::optional<ReportStatus> status;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != "status"_L1) {
            return Error{QString(tv::errc::UnknownField),
                         u"Parameter '%1' is not part of this request."_s.arg(key.left(40))};
        }
        status = reportstatus::fromWireName(value);
        if (!status) {
            return Error{QString(tv::errc::InvalidField),
                         u"Parameter 'status' must be open, forwarded or resolved."_s};
        }
    }
    return status;
}

} // namespace

QHttpServerResponse ApiServer::fileReport(const Call &call) const
{
    return answerJson(
        StatusCode::Created, withBody<NewInaccuracyReport>(call.request, [&](const auto &report) {
            return reports::InaccuracyReports(m_database).file(call.user, call.arg, report);
        }));
}

QHttpServerResponse ApiServer::myReports(const Call &call) const
{
    // The route needs a session only, so a reporter whose access lapsed still sees where their
    // reports stand; whom each is about is person data, named only while every condition of
    // access is met.
    const bool named = m_gate->check(call.user, access::AccessGate::Scope::Data).ok();
    return answerJson(asJson(reports::InaccuracyReports(m_database)
                                 .mine(call.user, named ? reports::ReportRows::Subject::Named
                                                        : reports::ReportRows::Subject::LeftOut)));
}

QHttpServerResponse ApiServer::listReports(const Call &call) const
{
    const Result<std::optional<ReportStatus>> status = statusFilter(call.request);
    if (!status)
        return errorReply(status.error());
    return answerJson(
        asJson(reports::InaccuracyReports(m_database).list(call.user, status.value())));
}

QHttpServerResponse ApiServer::forwardReport(const Call &call) const
{
    return answerJson(withBody<ForwardReport>(call.request, [&](const auto &forward) {
        return reports::InaccuracyReports(m_database).forward(call.user, call.arg, forward);
    }));
}

QHttpServerResponse ApiServer::resolveReport(const Call &call) const
{
    return answerJson(withBody<ResolveReport>(call.request, [&](const auto &resolve) {
        return reports::InaccuracyReports(m_database).resolve(call.user, call.arg, resolve);
    }));
}

QHttpServerResponse ApiServer::subjectAccessPack(const Call &call) const
{
    return answerJson(asJson(reports::SubjectAccess(m_database).pack(call.user, call.arg)));
}

} // namespace tv::server::http
