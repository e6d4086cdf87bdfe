// The routes of person data: the access reasons and sources a search form offers, the search, and
// the views of a person and a household (each audited by RecordAccess).
#include "models/domain/WireFormat.h"
#include "server/access/RecordAccess.h"
#include "server/http/RouteSupport.h"
#include "server/http/Routes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

QHttpServerResponse accessReasons(const RouteContext &api, const Call &)
{
    QJsonArray reasons;
    for (const AccessReasonOption &option : access::RecordAccess::reasons())
        reasons.append(wire::toJson(option));
    return api.reply(StatusCode::Ok, {{"reasons"_L1, reasons}});
}

QHttpServerResponse sources(const RouteContext &api, const Call &)
{
    const Result<QList<SourceCoverage>> coverage = api.records.coverage();
    if (!coverage)
        return api.errorReply(coverage.error());
    QJsonArray sources;
    for (const SourceCoverage &source : coverage.value())
        sources.append(wire::toJson(source));
    return api.reply(StatusCode::Ok, {{"sources"_L1, sources}});
}

QHttpServerResponse search(const RouteContext &api, const Call &call)
{
    return api.answerJson(
        withBody<SearchCriteria>(call.request, [&](const SearchCriteria &criteria) {
            return api.records.search(call.user, criteria);
        }));
}

QHttpServerResponse viewPerson(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<ViewRequest>(call.request, [&](const ViewRequest &view) {
        return api.records.viewPerson(call.user, call.arg, view.reason);
    }));
}

QHttpServerResponse viewHousehold(const RouteContext &api, const Call &call)
{
    return api.answerJson(withBody<ViewRequest>(call.request, [&](const ViewRequest &view) {
        return api.records.viewHousehold(call.user, call.arg, view.reason);
    }));
}

} // namespace

void addPersonRoutes(RouteTable &table)
{
    using enum Access;
    using Method = QHttpServerRequest::Method;
    // -> {"reasons": [tv::AccessReasonOption]}
    table.add(Method::Get, u"/api/v1/access-reasons"_s, Data, &accessReasons);
    // -> {"sources": [tv::SourceCoverage]}
    table.add(Method::Get, u"/api/v1/sources"_s, Data, &sources);
    // tv::SearchCriteria -> tv::SearchResults
    table.add(Method::Post, u"/api/v1/search"_s, Data, &search);
    // tv::ViewRequest -> tv::PersonView
    table.add(Method::Post, u"/api/v1/persons/<arg>/view"_s, Data, &viewPerson);
    // tv::ViewRequest -> tv::Household
    table.add(Method::Post, u"/api/v1/households/<arg>/view"_s, Data, &viewHousehold);
}

} // namespace tv::server::http
