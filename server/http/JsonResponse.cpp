#include "server/http/JsonResponse.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/WireFormat.h"
#include "server/ServerErrors.h"

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
    const QString &code = error.code;
    if (code == tv::errc::InvalidJson || code == tv::errc::InvalidField ||
        code == tv::errc::MissingField || code == tv::errc::UnknownField ||
        code == server::errc::InvalidInput) {
        return StatusCode::BadRequest;
    }
    if (code == tv::errc::BodyTooLarge)
        return StatusCode::PayloadTooLarge;
    if (code == tv::errc::UnsupportedMediaType)
        return StatusCode::UnsupportedMediaType;
    if (code == tv::errc::InvalidCredentials || code == tv::errc::Unauthenticated ||
        code == tv::errc::SessionExpired || code == tv::errc::MfaRequired ||
        code == tv::errc::InvalidCode) {
        return StatusCode::Unauthorized;
    }
    if (code == tv::errc::Forbidden || code == tv::errc::Restricted ||
        code == tv::errc::AccessLapsed) {
        return StatusCode::Forbidden;
    }
    if (code == tv::errc::TooManyAttempts)
        return StatusCode::TooManyRequests;
    if (code == tv::errc::WeakPassword)
        return StatusCode::UnprocessableEntity;
    if (code == tv::errc::Conflict || code == server::errc::AlreadyExists)
        return StatusCode::Conflict;
    if (code == tv::errc::NotFound)
        return StatusCode::NotFound;
    if (code == tv::errc::MethodNotAllowed)
        return StatusCode::MethodNotAllowed;
    return StatusCode::InternalServerError;
}

} // namespace tv::server::http
