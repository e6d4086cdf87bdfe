#pragma once

#include "models/domain/Admin.h"
#include "models/domain/Result.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>

#include <functional>

namespace tv::server::admin {

// Organisations and their information sharing agreements (Appendix C 10.3): who signed, when,
// and when it is due for review. A user's organisation must have a signed agreement that is not
// past its review date (AccessGate). Changes are audited as "admin.<verb>" on
// "organisation:<uuid>".
class OrganisationAdmin final {
public:
    struct Options {
        std::function<QDate()> today; // the as-of date; default: today's date
    };

    OrganisationAdmin(const db::Database &database, Options options);

    // A new organisation, with or without its agreement (all three fields or none). Errors:
    // invalid_field, conflict (409) when the name is taken.
    Result<Organisation> create(const User &admin, const NewOrganisation &organisation) const;
    Result<OrganisationList> list() const;
    // Records the agreement: signed on or before today, reviewed after it is signed.
    Result<Organisation> recordAgreement(const User &admin, const QString &organisationId,
                                         const Agreement &agreement) const;

private:
    QDate today() const;
    Status checkAgreement(const Agreement &agreement) const;
    Result<Organisation> find(const QString &id) const; // a canonical UUID
    Result<QList<Organisation>> select(const QString &where, const QVariantMap &bindings) const;

    const db::Database &m_database;
    Options m_options;
};

} // namespace tv::server::admin
