#pragma once

#include "models/domain/Admin.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QUrlQuery;
QT_END_NAMESPACE

namespace tv::server::admin {

// Which audit rows to read: by the user who acted, by data subject, by period (dates in UTC,
// both included), newest first, at most `limit`.
struct AuditQuery {
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 5000;

    std::optional<QString> userId;  // a canonical UUID
    std::optional<QString> subject; // "person:<id>", "household:<id>", "user:<uuid>", ...
    std::optional<QDate> from;
    std::optional<QDate> to;
    int limit = DefaultLimit;

    // From the query string of GET /api/v1/admin/audit (user, subject, from, to, limit). A
    // parameter that is malformed, repeated or unknown is a 400 that names it.
    static Result<AuditQuery> parse(const QUrlQuery &query);
};

// Reads the audit trail for the Transform team (Appendix C 14.2.7). Reading it is itself
// audited, as "admin.read_audit", in the same transaction.
class AuditReader final {
public:
    explicit AuditReader(const db::Database &database);

    Result<AuditPage> read(const User &admin, const AuditQuery &query) const;

private:
    const db::Database &m_database;
};

} // namespace tv::server::admin
