#pragma once

#include "models/domain/Household.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"
#include "models/domain/Search.h"
#include "models/domain/User.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace tv::server::access {

// What a signed-in user may read, and the audit row that goes with every read: the one place
// where the repository, the search, the data rules and the audit trail meet. Each read and its
// audit row share one transaction, so no data leaves the service without its audit row.
class RecordAccess final {
public:
    struct Options {
        std::function<QDate()> today; // the as-of date of the rules; default: today's date
        // [access] transform_contact, named in the refusal of a restricted record (none: no
        // address).
        QString transformContact;
    };

    RecordAccess(const db::Database &database, Options options);

    // The fixed list of reasons for access (GET /api/v1/access-reasons).
    static QList<AccessReasonOption> reasons();

    Result<SearchResults> search(const User &user, const SearchCriteria &criteria) const;
    // Errors: not_found, restricted (403, with how to contact the Transform team; the attempt
    // is still audited), invalid_field for an unknown reason code.
    Result<PersonView> viewPerson(const User &user, const QString &personId,
                                  const AccessReason &reason) const;
    Result<Household> viewHousehold(const User &user, const QString &householdId,
                                    const AccessReason &reason) const;
    Result<QList<SourceCoverage>> coverage() const;

    // A decimal id of at most 18 digits, as the API carries them; anything else is an
    // invalid_field error naming `field`.
    static Result<qint64> parseId(const QString &text, QLatin1StringView field);

private:
    QDate asOf() const;
    Status checkReason(const AccessReason &reason) const;
    // The id of a view (parseId), once its reason is checked too.
    Result<qint64> viewedId(const QString &text, QLatin1StringView field,
                            const AccessReason &reason) const;

    const db::Database &m_database;
    Options m_options;
};

} // namespace tv::server::access
