// The routes of inaccuracy reports and the subject access pack (addReportRoutes, at the end).
#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/access/AccessGate.h"
#include "server/http/RouteSupport.h"
#include "server/http/Routes.h"
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

QHttpServerResponse fileReport(const RouteContext &api, const Call &call)
{
    return api.answerJson(
        StatusCode::Created, withBody<NewInaccuracyReport>(call.request, [&](const auto &report) {
            return reports::InaccuracyReports(api.database).file(call.user, call.arg, report);
        }));
}

QHttpServerResponse myReports(const RouteContext &api, const Call &call)
{
    // The route needs a session only, so a reporter whose access lapsed still sees where their
    // reports stand; whom each is about is person data, named only while every condition of
    // access is met.
    const bool named = api.gate.check(call.user, access::AccessGate::Scope::Data).ok();
    return api.answerJson(
        asJson(reports::InaccuracyReports(api.database)
                   .mine(call.user, named ? reports::ReportRows::Subject::Named
                                          : reports::ReportRows::Subject::LeftOut)));
}

QHttpServerResponse listReports(const RouteContext &api, const Call &call)
{
    const Result<std::optional<ReportStatus>> status = statusFilter(call.request);
    if (!status)
        return api.errorReply(status.error());
    return api.answerJson(
        asJson(reports::InaccuracyReports(api.database).list(call.user, status.value())));
}

QHttpServerResponse forwardReport(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<ForwardReport>(call.request, [&](const auto &forward) {
        return reports::InaccuracyReports(api.database).forward(call.user, call.arg, forward);
    }));
}

QHttpServerResponse resolveReport(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<ResolveReport>(call.request, [&](const auto &resolve) {
        return reports::InaccuracyReports(api.database).resolve(call.user, call.arg, resolve);
    }));
}

QHttpServerResponse subjectAccessPack(const RouteContext &api, const Call &call)
{
    return api.answerJson(asJson(reports::SubjectAccess(api.database).pack(call.user, call.arg)));
}

} // namespace

void addReportRoutes(RouteTable &table)
{
    using enum Access;
    using Method = QHttpServerRequest::Method;
    // tv::NewInaccuracyReport -> 201 tv::InaccuracyReport
    table.add(Method::Post, u"/api/v1/persons/<arg>/reports"_s, Data, &fileReport);
    // -> tv::InaccuracyReportList (the caller's own)
    table.add(Method::Get, u"/api/v1/reports/mine"_s, Session, &myReports);
    // [?status=open|forwarded|resolved] -> tv::InaccuracyReportList
    table.add(Method::Get, u"/api/v1/admin/reports"_s, Admin, &listReports);
    // tv::ForwardReport -> tv::InaccuracyReport
    table.add(Method::Post, u"/api/v1/admin/reports/<arg>/forward"_s, Admin, &forwardReport);
    // tv::ResolveReport -> tv::InaccuracyReport
    table.add(Method::Post, u"/api/v1/admin/reports/<arg>/resolve"_s, Admin, &resolveReport);
    // -> tv::SubjectAccessPack
    table.add(Method::Get, u"/api/v1/admin/persons/<arg>/subject-access-pack"_s, Admin,
              &subjectAccessPack);
}

} // namespace tv::server::http
