#include "server/http/RequestBody.h"

#include "models/domain/ErrorCode.h"
#include "models/domain/JsonScan.h"
#include "models/domain/WireFormat.h"
#include "server/ServerErrors.h"

#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace tv::server::http {
namespace {

Error unsupported(const QString &message)
{
    return Error{QString(tv::errc::UnsupportedMediaType), message};
}

QByteArray unquoted(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    return value;
}

} // namespace

Result<QJsonObject> readJsonObject(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > wire::MaxBodyBytes) {
        return Error{QString(tv::errc::BodyTooLarge),
                     u"The body is larger than %1 bytes."_s.arg(wire::MaxBodyBytes)};
    }

    const QList<QByteArray> parts = request.value("Content-Type"_ba).split(';');
    if (parts.first().trimmed().toLower() != "application/json"_ba) {
        return unsupported(u"The body must be JSON, sent with Content-Type: application/json."_s);
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const qsizetype equals = parts.at(i).indexOf('=');
        const QByteArray name = parts.at(i).left(equals).trimmed().toLower();
        if (name == "charset"_ba && unquoted(parts.at(i).mid(equals + 1)).toLower() != "utf-8"_ba)
            return unsupported(u"The JSON body must be encoded as UTF-8."_s);
    }

    Result<QJsonObject> object = wire::parseObject(body);
    if (!object)
        return object;
    // What is stored (and hashed into the audit trail) must read back as it was sent.
    if (std::optional<Error> problem = wire::strictJsonProblem(body, wire::TextRule::Storable))
        return *problem;
    return object;
}

} // namespace tv::server::http
