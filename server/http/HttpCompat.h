#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

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

// Answers every request that no route matched (a HEAD without the body, as routeHead() sends it).
// 6.4-6.7: setMissingHandler(std::function taking QHttpServerResponder &&); 6.8:
// setMissingHandler(context, functor taking QHttpServerResponder &).
void setMissingHandler(QHttpServer &server, QObject *context, MissingHandler handler,
                       QList<QByteArray> headerNames);

// What a GET route answers: `arg` is what stands for the path's <arg>, empty for a path without.
using GetHandler =
    std::function<QHttpServerResponse(const QString &arg, const QHttpServerRequest &)>;

// Answers HEAD at `path` (with at most one <arg>) as `get` answers GET there, without the body:
// the same status and headers, the Content-Length of the GET body, and not one byte after the
// headers (RFC 9110, 9.3.2). QHttpServer routes HEAD only where it is asked to. `headerNames`
// names every header `get` may set: 6.4-6.7 cannot list a response's headers.
bool routeHead(QHttpServer &server, const QString &path, GetHandler get,
               QList<QByteArray> headerNames);

// Hands an already listening server to `server`, which takes ownership. bind() returns void in
// 6.4-6.7 and bool in 6.8.
bool bind(QHttpServer &server, QTcpServer *listening);

} // namespace tv::server::http::compat
