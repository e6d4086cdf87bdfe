#include "server/http/HttpCompat.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace tv::server::http::compat {
namespace {

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void send(QHttpServerResponder &&responder, QHttpServerResponse &&response)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    responder.sendResponse(response);
#else
    response.write(std::move(responder));
#endif
}
#endif

// `response` as the answer to a HEAD: everything but the body.
void sendWithoutBody(QHttpServerResponder &responder, const QHttpServerResponse &response,
                     const QList<QByteArray> &headerNames)
{
    const QByteArray length = QByteArray::number(response.data().size());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    Q_UNUSED(headerNames)
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::ContentLength, length);
    responder.write(headers, response.statusCode());
#else
    responder.writeStatusLine(response.statusCode());
    for (const QByteArray &name : headerNames) {
        for (const QByteArray &value : response.headers(name))
            responder.writeHeader(name, value);
    }
    responder.writeHeader("Content-Length", length);
    responder.writeBody(QByteArray()); // ends the headers
#endif
}

} // namespace

void addHeaders(QHttpServerResponse &response, const QList<Header> &headers)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders all = response.headers();
    for (const auto &[name, value] : headers) {
        const bool valid = all.append(name, value);
        Q_ASSERT(valid);
        Q_UNUSED(valid)
    }
    response.setHeaders(std::move(all));
#else
    for (const auto &[name, value] : headers)
        response.addHeader(name, value);
#endif
}

void setMissingHandler(QHttpServer &server, QObject *context, MissingHandler handler,
                       QList<QByteArray> headerNames)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(
        context, [handler = std::move(handler), names = std::move(headerNames)](
                     const QHttpServerRequest &request, QHttpServerResponder &responder) {
            if (request.method() == QHttpServerRequest::Method::Head)
                sendWithoutBody(responder, handler(request), names);
            else
                responder.sendResponse(handler(request));
        });
#else
    Q_UNUSED(context)
    server.setMissingHandler([handler = std::move(handler),
                              names = std::move(headerNames)](const QHttpServerRequest &request,
                                                              QHttpServerResponder &&responder) {
        if (request.method() == QHttpServerRequest::Method::Head)
            sendWithoutBody(responder, handler(request), names);
        else
            send(std::move(responder), handler(request));
    });
#endif
}

bool routeHead(QHttpServer &server, const QString &path, GetHandler get,
               QList<QByteArray> headerNames)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    using Responder = QHttpServerResponder &;
#else
    using Responder = QHttpServerResponder &&;
#endif
    constexpr auto Head = QHttpServerRequest::Method::Head;
    if (path.contains(QLatin1StringView("<arg>"))) {
        return bool(server.route(
            path, Head,
            [get = std::move(get), names = std::move(headerNames)](
                const QString &arg, const QHttpServerRequest &request, Responder responder) {
                sendWithoutBody(responder, get(arg, request), names);
            }));
    }
    return bool(server.route(path, Head,
                             [get = std::move(get), names = std::move(headerNames)](
                                 const QHttpServerRequest &request, Responder responder) {
                                 sendWithoutBody(responder, get(QString(), request), names);
                             }));
}

bool bind(QHttpServer &server, QTcpServer *listening)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server.bind(listening);
#else
    if (!listening->isListening())
        return false;
    server.bind(listening);
    return true;
#endif
}

} // namespace tv::server::http::compat
