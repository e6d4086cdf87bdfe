#pragma once

#include "models/domain/Admin.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

namespace tv::server::admin {

// The data protection statement every user signs up to (Appendix C 14.1.2), versioned: the
// newest published version is the current one, and a user who accepted an older one must accept
// again before they are given data (AccessGate checks it on every request).
class StatementBook final {
public:
    static constexpr qsizetype MaxBodyLength = 20000;

    explicit StatementBook(const db::Database &database);

    // The current version, and whether `user` accepted it.
    Result<Statement> current(const User &user) const;
    // Records that `user` accepted `version`, audited as "statement_accepted". Errors: conflict
    // (409) when a newer version was published, invalid_field for a version never published.
    Result<Statement> accept(const User &user, int version) const;
    // Publishes version max + 1, audited as "admin.publish_statement"; everyone must accept it.
    Result<Statement> publish(const User &admin, const QString &body) const;

private:
    const db::Database &m_database;
};

} // namespace tv::server::admin
