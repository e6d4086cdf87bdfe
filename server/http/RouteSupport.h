#pragma once

#include "models/domain/Result.h"
#include "models/domain/WireFormat.h"
#include "server/http/RequestBody.h"

#include <QHttpServerRequest>
#include <QJsonObject>

// What every route file of ApiServer uses to turn a request's body into a wire type and a
// Result into the JSON to answer with (RouteContext::answerJson, "server/http/Routes.h", sends it).
namespace tv::server::http {

// The body of a request as T, or the 4xx to answer (bad JSON, wrong types, unknown fields).
template <typename T>
Result<T> requestAs(const QHttpServerRequest &request)
{
    const Result<QJsonObject> body = readJsonObject(request);
    if (!body)
        return body.error();
    return wire::fromJson<T>(body.value());
}

// A Result in the wire format.
template <typename T>
Result<QJsonObject> asJson(const Result<T> &result)
{
    if (!result)
        return result.error();
    return wire::toJson(result.value());
}

// act(the request's body as Request) in the wire format, or the 4xx of a bad body.
template <typename Request, typename Act>
Result<QJsonObject> withBody(const QHttpServerRequest &request, Act act)
{
    const Result<Request> decoded = requestAs<Request>(request);
    if (!decoded)
        return decoded.error();
    return asJson(act(decoded.value()));
}

} // namespace tv::server::http
