#pragma once

#include "models/domain/Result.h"
#include "server/http/HttpCompat.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>

namespace tv::server::http {

using StatusCode = QHttpServerResponder::StatusCode;

// Every answer of the API: a JSON body (Content-Type: application/json) with headers that keep
// it out of caches and browsers: Cache-Control: no-store, X-Content-Type-Options: nosniff,
// a Content-Security-Policy that allows nothing, no framing, no referrer.
QHttpServerResponse jsonResponse(StatusCode status, const QJsonObject &body,
                                 const QList<compat::Header> &extraHeaders = {});

// Every header name an answer of the API may carry: jsonResponse's own and the extra ones routes
// add (Allow, Retry-After, Strict-Transport-Security). A HEAD answer copies them from the GET one.
QList<QByteArray> answerHeaderNames();

// The HTTP status for an error code: 400 for a malformed request, 401 for credentials, 404,
// 405, 413, 415..., and 500 for anything the client did not cause.
StatusCode statusFor(const Error &error);

} // namespace tv::server::http
