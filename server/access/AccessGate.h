#pragma once

#include "models/domain/Access.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/ServerConfig.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>
#include <QList>

#include <functional>

namespace tv::server::access {

// The conditions of access (Appendix C 10.3, 14.1), checked on every request that needs them,
// from what is recorded at that moment: a lapse takes effect on the next request, not the next
// sign-in.
class AccessGate final {
public:
    // What a route needs: person data needs every condition; the admin API needs a verified
    // email and two-step sign-in (the admin role itself is checked by the caller).
    enum class Scope { Data, Admin };

    struct Options {
        AccessPolicy policy;
        std::function<QDate()> today; // default: today's date
    };

    AccessGate(const db::Database &database, Options options);

    // Every condition `user` does not meet for `scope`, in the order of conditions::all().
    Result<QList<AccessCondition>> unmet(const User &user, Scope scope) const;
    // Done, or access_lapsed (HTTP 403) naming every unmet condition.
    Status check(const User &user, Scope scope) const;

    // Whether `role` must sign in with a second factor under `policy`.
    static bool needsMfa(Role role, const AccessPolicy &policy);

private:
    QDate today() const;

    const db::Database &m_database;
    Options m_options;
};

} // namespace tv::server::access
