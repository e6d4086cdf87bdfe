#include "server/admin/AdminSupport.h"

#include "models/domain/ErrorCode.h"
#include "server/audit/AuditTrail.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace tv::server::admin {

std::optional<QString> canonicalUuid(const QString &text)
{
    // Exactly 36 characters: QUuid also reads braces, which the API does not carry.
    if (text.size() != 36)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return std::nullopt;
    return uuid.toString(QUuid::WithoutBraces);
}

Error notFound(QLatin1StringView what)
{
    return Error{QString(tv::errc::NotFound), u"There is no such %1."_s.arg(what)};
}

Error invalidField(QLatin1StringView field, const QString &what)
{
    return Error{QString(tv::errc::InvalidField), u"Field '%1' %2."_s.arg(field, what)};
}

Status recordAdminAction(const db::Database &database, const User &admin, AuditAction action,
                         const std::optional<QString> &subject, const QJsonObject &detail)
{
    audit::AuditEntry entry = audit::entryOf(action, QDateTime::currentDateTimeUtc(), admin.id);
    entry.subject = subject;
    if (!detail.isEmpty())
        entry.detail = audit::detailText(detail);
    return audit::AuditTrail(database).append(entry);
}

} // namespace tv::server::admin
