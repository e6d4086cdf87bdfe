#include "tests/support/TestHttpClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tv::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResult::isJsonObject() const
{
    return QJsonDocument::fromJson(body).isObject();
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::errorCode() const
{
    return json().value("error"_L1).toObject().value("code"_L1).toString();
}

TestHttpClient::TestHttpClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestHttpClient::trust(const QList<QSslCertificate> &certificates)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(certificates);
    m_tls = tls;
}

void TestHttpClient::setBearerToken(const QString &token)
{
    m_token = token;
}

HttpResult TestHttpClient::get(const QString &path)
{
    return send("GET"_ba, path);
}

HttpResult TestHttpClient::postJson(const QString &path, const QByteArray &body)
{
    return send("POST"_ba, path, body, "application/json"_ba);
}

HttpResult TestHttpClient::send(const QByteArray &method, const QString &path,
                                const QByteArray &body, const QByteArray &contentType)
{
    QUrl url = m_baseUrl;
    // A query string after '?' goes into the URL's query, not (percent-encoded) into its path.
    const qsizetype question = path.indexOf(u'?');
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type"_ba, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_token.toLatin1());
    if (m_tls)
        request.setSslConfiguration(*m_tls);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(20'000);
    loop.exec();

    HttpResult result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QNetworkReply::TimeoutError;
        result.errorString = u"no answer within 20 s"_s;
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.networkError = reply->error();
        result.errorString = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

} // namespace tv::test
