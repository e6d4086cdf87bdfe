#pragma once

#include "models/domain/Result.h"
#include "server/ServiceHost.h"
#include "server/db/DatabaseFwd.h"

#include <QDate>
#include <QLatin1StringView>

namespace tv::server::auth {
class AuthService;
}

namespace tv::server::seed {

// The fictional sample dataset of training mode: an organisation, the demo trainer and, when the
// database has no persons yet, PersonGenerator::TrainingPersons generated persons (fixed seed,
// as of today). Safe to run on every start: it reuses what is there and gives the trainer a new
// random password each time, ending the old sessions.
class TrainingSeeder final {
public:
    static constexpr QLatin1StringView OrganisationName{"Training Academy (fictional)"};
    static constexpr QLatin1StringView TrainerEmail{"trainer@training.invalid"};
    static constexpr QLatin1StringView TrainerDisplayName{"Demo Trainer"};

    // `asOf` is the date the service evaluates the rules on; the generated scenarios are placed
    // around it.
    TrainingSeeder(const db::Database &database, const auth::AuthService &auth, QDate asOf);

    Result<TrainingAccount> seed() const;

    // Records every condition of access as met on `asOf` for a user and their organisation:
    // email verified, a DBS check, training and safer recruitment a month before, the
    // organisation's agreement signed a year before and due for review a year after, the current
    // data protection statement accepted. For the fictional demo trainer and for tests.
    static Status clearForAccess(const db::Database &database, const QString &userId, QDate asOf);

    // 24 characters from an alphabet without look-alikes (about 120 bits).
    static QString generatePassword();

private:
    Status seedPersons() const;

    const db::Database &m_database;
    const auth::AuthService &m_auth;
    QDate m_asOf;
};

} // namespace tv::server::seed
