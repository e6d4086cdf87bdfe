#pragma once

#include "models/domain/Admin.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

namespace tv::server::admin {

// Restricting a data subject while a dispute about their record is considered (Appendix C
// 13.6): a restricted person's view is refused (RecordAccess answers 403 restricted). Both
// changes are audited as "admin.restrict" / "admin.unrestrict" on "person:<id>", and both are
// idempotent. A malformed or unknown person id is not_found (404).
class SubjectRestrictions final {
public:
    explicit SubjectRestrictions(const db::Database &database);

    Result<RestrictionState> restrict(const User &admin, const QString &personId) const;
    Result<RestrictionState> unrestrict(const User &admin, const QString &personId) const;

private:
    Result<RestrictionState> set(const User &admin, const QString &personId, bool restricted) const;

    const db::Database &m_database;
};

} // namespace tv::server::admin
