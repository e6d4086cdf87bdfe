#pragma once

#include "ServiceHost.h"
#include "domain/Result.h"

#include <QLatin1StringView>

namespace tv::server::db {
class Database;
}

namespace tv::server::auth {
class AuthService;
}

namespace tv::server::seed {

// The fictional sample dataset of training mode. For now an organisation and the demo trainer;
// the person and household generator grows here. Safe to run on every start: it reuses what is
// there and gives the trainer a new random password each time, ending the old sessions.
class TrainingSeeder final {
public:
    static constexpr QLatin1StringView OrganisationName{"Training Academy (fictional)"};
    static constexpr QLatin1StringView TrainerEmail{"trainer@training.invalid"};
    static constexpr QLatin1StringView TrainerDisplayName{"Demo Trainer"};

    TrainingSeeder(const db::Database &database, const auth::AuthService &auth);

    Result<TrainingAccount> seed() const;

    // 24 characters from an alphabet without look-alikes (about 120 bits).
    static QString generatePassword();

private:
    const db::Database &m_database;
    const auth::AuthService &m_auth;
};

} // namespace tv::server::seed
