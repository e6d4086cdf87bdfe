#include "HttpCompat.h"

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

void setMissingHandler(QHttpServer &server, QObject *context, MissingHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(context,
                             [handler = std::move(handler)](const QHttpServerRequest &request,
                                                            QHttpServerResponder &responder) {
                                 responder.sendResponse(handler(request));
                             });
#else
    Q_UNUSED(context)
    server.setMissingHandler([handler = std::move(handler)](const QHttpServerRequest &request,
                                                            QHttpServerResponder &&responder) {
        send(std::move(responder), handler(request));
    });
#endif
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
