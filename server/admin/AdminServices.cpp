#include "server/admin/AdminServices.h"

namespace tv::server::admin {

AdminServices::AdminServices(const db::Database &database, const access::AccessGate &gate,
                             Options options)
    : m_statements(database)
    , m_users(database, gate, UserAdmin::Options{options.policy, options.today})
    , m_organisations(database, OrganisationAdmin::Options{options.today})
    , m_audit(database)
    , m_restrictions(database)
{}

} // namespace tv::server::admin
