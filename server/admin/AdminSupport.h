#pragma once

#include "models/domain/AuditAction.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

// What the admin services share: ids as the API carries them, and the audit row of an admin
// change.
namespace tv::server::admin {

// A UUID in its canonical form (lower case, no braces), or nullopt for anything else.
std::optional<QString> canonicalUuid(const QString &text);

// not_found (HTTP 404) for `what` ("user", "organisation", "person").
Error notFound(QLatin1StringView what);
// invalid_field (HTTP 400) naming `field`.
Error invalidField(QLatin1StringView field, const QString &what);

// Appends the audit row of an admin change: `action` one of the AuditAction::Admin...
// ("admin.<verb>"), `subject` such as "user:<uuid>", `detail` what changed (never a password or a
// code). Call it inside the transaction that makes the change.
Status recordAdminAction(const db::Database &database, const User &admin, AuditAction action,
                         const std::optional<QString> &subject, const QJsonObject &detail);

} // namespace tv::server::admin
