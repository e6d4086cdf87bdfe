#pragma once

#include "server/ServerConfig.h"
#include "server/admin/AuditReader.h"
#include "server/admin/OrganisationAdmin.h"
#include "server/admin/StatementBook.h"
#include "server/admin/SubjectRestrictions.h"
#include "server/admin/UserAdmin.h"

#include <QDate>

#include <functional>

namespace tv::server::admin {

// Everything the admin API and the statement routes need, built once per ApiServer.
class AdminServices final {
public:
    struct Options {
        AccessPolicy policy;
        std::function<QDate()> today; // the as-of date; default: today's date
    };

    AdminServices(const db::Database &database, const access::AccessGate &gate, Options options);

    const StatementBook &statements() const { return m_statements; }
    const UserAdmin &users() const { return m_users; }
    const OrganisationAdmin &organisations() const { return m_organisations; }
    const AuditReader &audit() const { return m_audit; }
    const SubjectRestrictions &restrictions() const { return m_restrictions; }

private:
    StatementBook m_statements;
    UserAdmin m_users;
    OrganisationAdmin m_organisations;
    AuditReader m_audit;
    SubjectRestrictions m_restrictions;
};

} // namespace tv::server::admin
