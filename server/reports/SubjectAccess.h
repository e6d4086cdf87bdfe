#pragma once

#include "models/domain/Report.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

#include <QString>

namespace tv::server::reports {

// The subject access pack (Appendix C 13.4.2, 14.2.7): for the Transform team answering a data
// subject's request, everything the service holds about one person at this moment (not minimised,
// not filtered by the two-year rule, restricted or not) and every row of the audit trail about
// them, oldest first, with who (id, name, organisation), when, what and why.
//
// The pack is read in one transaction (REPEATABLE READ on PostgreSQL, so every part is of one
// snapshot) together with its own audit row ("subject_access_pack", its detail naming the
// pack's id), so its creation is on the record and the record of it is consistent with it.
// The pack leaves its own audit row out of `accesses`.
class SubjectAccess final {
public:
    explicit SubjectAccess(const db::Database &database);

    // Errors: invalid_field (an id that is not digits), not_found.
    Result<SubjectAccessPack> pack(const User &admin, const QString &personId) const;

private:
    const db::Database &m_database;
};

} // namespace tv::server::reports
