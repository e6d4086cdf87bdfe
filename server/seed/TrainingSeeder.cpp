#include "server/seed/TrainingSeeder.h"

#include "models/domain/ErrorCode.h"
#include "server/LoggingCategories.h"
#include "server/auth/AuthService.h"
#include "server/auth/PasswordHasher.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"
#include "server/search/SearchService.h"
#include "server/seed/PersonGenerator.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tv::server::seed {

TrainingSeeder::TrainingSeeder(const db::Database &database, const auth::AuthService &auth,
                               QDate asOf)
    : m_database(database)
    , m_auth(auth)
    , m_asOf(asOf)
{}

QString TrainingSeeder::generatePassword()
{
    if (!auth::PasswordHasher::initialiseSodium())
        qFatal("libsodium could not be initialised");
    static constexpr char Alphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr uint32_t AlphabetSize = sizeof Alphabet - 1;
    QString password;
    password.reserve(29);
    for (int i = 0; i < 24; ++i) {
        if (i > 0 && i % 6 == 0)
            password += u'-'; // groups of six, easier to read out in a training room
        password += QLatin1Char(Alphabet[randombytes_uniform(AlphabetSize)]);
    }
    return password;
}

Status TrainingSeeder::seedPersons() const
{
    const PersonGenerator generator(m_database);
    const Result<bool> hasPersons = generator.hasPersons();
    if (!hasPersons)
        return hasPersons.error();
    if (hasPersons.value())
        return Done{}; // a training database from an earlier run keeps its population
    GeneratorOptions options;
    options.persons = PersonGenerator::TrainingPersons;
    options.seed = PersonGenerator::TrainingSeed;
    options.asOf = m_asOf;
    options.afterChunk = [this](qint64 firstId, qint64 lastId) {
        return search::indexPersons(m_database, firstId, lastId);
    };
    // One transaction: an interrupted start leaves no half population behind.
    options.personsPerTransaction = PersonGenerator::TrainingPersons;
    const Result<GeneratorCounts> counts = generator.generate(options);
    if (!counts)
        return counts.error();
    return Done{};
}

Status TrainingSeeder::clearForAccess(const db::Database &database, const QString &userId,
                                      QDate asOf)
{
    return database.transaction([&]() -> Status {
        const QDateTime verifiedAt = asOf.addMonths(-1).startOfDay(QTimeZone::utc());
        const Result<QSqlQuery> user = database.run(
            u"record a user's conditions of access",
            u"UPDATE users SET email_verified_at = :verified, dbs_certificate_date = :checked,"
            u" training_completed_on = :checked, safer_recruitment_confirmed_on = :checked,"
            u" statement_version = (SELECT MAX(version) FROM data_protection_statements),"
            u" statement_accepted_at = :verified WHERE id = :id"_s,
            {{u":verified"_s, db::toDb(verifiedAt)},
             {u":checked"_s, db::toDb(asOf.addMonths(-1))},
             {u":id"_s, userId}});
        if (!user)
            return user.error();
        if (user.value().numRowsAffected() != 1)
            return Error{QString(tv::errc::NotFound), u"There is no such user."_s};
        if (const Status organisation = database.exec(
                u"record an organisation's information sharing agreement",
                u"UPDATE organisations SET isa_signatory = 'Head teacher (fictional)',"
                u" isa_signed_on = :signed, isa_review_on = :review"
                u" WHERE id = (SELECT organisation_id FROM users WHERE id = :id)"_s,
                {{u":signed"_s, db::toDb(asOf.addYears(-1))},
                 {u":review"_s, db::toDb(asOf.addYears(1))},
                 {u":id"_s, userId}});
            !organisation)
            return organisation.error();
        return Done{};
    });
}

Result<TrainingAccount> TrainingSeeder::seed() const
{
    const auth::UserDirectory &users = m_auth.users();
    const TrainingAccount account{QString(TrainerEmail), generatePassword()};

    const Status seeded = m_database.transaction([&]() -> Status {
        Result<QString> organisation = users.ensureOrganisation(QString(OrganisationName));
        if (!organisation)
            return organisation.error();

        Result<std::optional<auth::StoredCredentials>> existing = users.findByEmail(account.email);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            const QString userId = existing.value()->user.id;
            if (Status changed = users.setPassword(userId, account.password); !changed)
                return changed;
            if (Status cleared = clearForAccess(m_database, userId, m_asOf); !cleared)
                return cleared;
            return m_auth.sessions().revokeAllFor(userId, QDateTime::currentDateTimeUtc());
        }
        Result<User> created =
            users.createUser(auth::NewUser{account.email, QString(TrainerDisplayName),
                                           Role::Trainer, organisation.value(), account.password});
        if (!created)
            return created.error();
        return clearForAccess(m_database, created.value().id, m_asOf);
    });
    if (!seeded)
        return seeded.error();
    if (Status persons = seedPersons(); !persons)
        return persons.error();
    qCInfo(lcSeed) << "training dataset ready; the demo trainer has a new password";
    return account;
}

} // namespace tv::server::seed
