#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace tv::server::http {

// The JSON object a request carries. In this order: a body over tv::wire::MaxBodyBytes is
// body_too_large (413); a Content-Type other than application/json (charset, if given, utf-8) is
// unsupported_media_type (415); not one JSON object, or text not wire::TextRule::Storable, is 400.
Result<QJsonObject> readJsonObject(const QHttpServerRequest &request);

} // namespace tv::server::http
