#include "server/http/JsonResponse.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"

using namespace Qt::StringLiterals;

namespace tv::server::http {

QHttpServerResponse jsonResponse(StatusCode status, const QJsonObject &body,
                                 const QList<compat::Header> &extraHeaders)
{
    QHttpServerResponse response("application/json"_ba, wire::serialize(body), status);
    QList<compat::Header> headers{
        {"Cache-Control"_ba, "no-store"_ba},
        {"X-Content-Type-Options"_ba, "nosniff"_ba},
        {"Content-Security-Policy"_ba, "default-src 'none'; frame-ancestors 'none'"_ba},
        {"X-Frame-Options"_ba, "DENY"_ba},
        {"Referrer-Policy"_ba, "no-referrer"_ba},
    };
    headers << extraHeaders;
    compat::addHeaders(response, headers);
    return response;
}

QList<QByteArray> answerHeaderNames()
{
    return {"Content-Type"_ba,
            "Cache-Control"_ba,
            "X-Content-Type-Options"_ba,
            "Content-Security-Policy"_ba,
            "X-Frame-Options"_ba,
            "Referrer-Policy"_ba,
            "Strict-Transport-Security"_ba,
            "Allow"_ba,
            "Retry-After"_ba};
}

StatusCode statusFor(const Error &error)
{
    return static_cast<StatusCode>(errorcode::httpStatusFor(error.code));
}

} // namespace tv::server::http
