#pragma once

#include <QByteArray>
#include <QList>

#include <functional>
#include <utility>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QObject;
class QTcpServer;
QT_END_NAMESPACE

// The few QHttpServer calls whose signatures changed between Qt 6.4 (Debian 12) and Qt 6.8, when
// the module left technical preview. Everything else the service uses is the same in both.
namespace tv::server::http::compat {

using Header = std::pair<QByteArray, QByteArray>;
using MissingHandler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

// 6.4-6.7: QHttpServerResponse::addHeader(); 6.8: headers() and setHeaders(QHttpHeaders).
void addHeaders(QHttpServerResponse &response, const QList<Header> &headers);

// Answers every request that no route matched. 6.4-6.7: setMissingHandler(std::function taking
// QHttpServerResponder &&); 6.8: setMissingHandler(context, functor taking QHttpServerResponder &).
void setMissingHandler(QHttpServer &server, QObject *context, MissingHandler handler);

// Hands an already listening server to `server`, which takes ownership. bind() returns void in
// 6.4-6.7 and bool in 6.8.
bool bind(QHttpServer &server, QTcpServer *listening);

} // namespace tv::server::http::compat
