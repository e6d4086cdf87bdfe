#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace tv::test {

// What came back for one request.
struct HttpResult {
    int status = 0; // 0: no HTTP answer at all (see networkError)
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool isJsonObject() const;
    QJsonObject json() const;  // the body as a JSON object, empty when it is not one
    QString errorCode() const; // error.code of an error body
};

// A synchronous HTTP client for tests against a real server: each call runs an event loop
// until the answer arrives (or 20 s pass). Never uses a proxy.
class TestHttpClient final {
public:
    explicit TestHttpClient(QUrl baseUrl);

    // For HTTPS: trust exactly these certificates.
    void trust(const QList<QSslCertificate> &certificates);

    // Sent as "Authorization: Bearer <token>" from now on; empty sends none.
    void setBearerToken(const QString &token);
    // `path` may end in a query string ("/api/v1/admin/audit?limit=5").
    HttpResult get(const QString &path);
    HttpResult postJson(const QString &path, const QByteArray &body);
    // Any method; `contentType` empty sends no Content-Type header. A `path` may end in a query
    // ("?status=open").
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &contentType = {});

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    std::optional<QSslConfiguration> m_tls;
    QString m_token;
};

} // namespace tv::test
