#include "server/cli/Commands.h"

#include "server/LoggingCategories.h"
#include "server/ServiceHost.h"
#include "server/audit/AuditTrail.h"
#include "server/auth/AuthService.h"
#include "server/auth/PasswordPolicy.h"
#include "server/db/Database.h"
#include "server/db/DbValues.h"
#include "server/db/Migrator.h"
#include "server/runtime/ShutdownSignals.h"
#include "server/search/SearchService.h"
#include "server/seed/PersonGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tv::server::cli {
namespace {

// The schema version that created the audit trail (see SchemaMigrations).
constexpr int AuditSchemaVersion = 2;

int fail(QTextStream &err, const QString &message)
{
    err << "transform-service: " << message << Qt::endl;
    return Failure;
}

// The database of `config` at the current schema, or null (the reason said on `err`).
std::unique_ptr<db::Database> openMigrated(const ServerConfig &config, QTextStream &err)
{
    Result<std::unique_ptr<db::Database>> database = db::Database::open(config.database);
    if (!database) {
        fail(err, database.error().message);
        return nullptr;
    }
    if (const auto migrated = db::Migrator(*database.value()).migrate(); !migrated) {
        fail(err, migrated.error().message);
        return nullptr;
    }
    return std::move(database).value();
}

} // namespace

int serve(const ServerConfig &config, QTextStream &err)
{
    ServiceHost host(config);
    if (const Status started = host.start(); !started)
        return fail(err, started.error().message);

    err << "transform-service: listening on " << host.baseUrl().toString() << Qt::endl;
    if (host.trainingAccount()) {
        // The password is for the client that runs the service in-process; never printed.
        err << "transform-service: training mode; the demo trainer has a new random password "
               "for this run"
            << Qt::endl;
    }

    runtime::ShutdownSignals shutdown;
    QObject::connect(&shutdown, &runtime::ShutdownSignals::shutdownRequested,
                     QCoreApplication::instance(), [](int signalNumber) {
                         qCInfo(lcCli) << "stopping on signal" << signalNumber;
                         QCoreApplication::quit();
                     });
    const int code = QCoreApplication::exec();
    err << "transform-service: stopped" << Qt::endl;
    return code == 0 ? Success : Failure;
}

int migrate(const ServerConfig &config, QTextStream &out, QTextStream &err)
{
    Result<std::unique_ptr<db::Database>> database = db::Database::open(config.database);
    if (!database)
        return fail(err, database.error().message);

    const db::Migrator migrator(*database.value());
    const Result<QList<db::Migration>> applied = migrator.migrate();
    if (!applied)
        return fail(err, applied.error().message);

    if (applied.value().isEmpty()) {
        out << "Nothing to apply: the " << database.value()->describe() << " is at schema version "
            << migrator.latestVersion() << '.' << Qt::endl;
        return Success;
    }
    for (const db::Migration &migration : applied.value())
        out << "Applied migration " << migration.version << ": " << migration.name << Qt::endl;
    out << "The " << database.value()->describe() << " is at schema version "
        << migrator.latestVersion() << '.' << Qt::endl;
    return Success;
}

int createUser(const ServerConfig &config, const NewAccount &account, QTextStream &in,
               QTextStream &out, QTextStream &err)
{
    const QString password = in.readLine();
    if (const Status strong = auth::PasswordPolicy::check(password, account.email); !strong) {
        return fail(err, u"The password (the first line of standard input) is refused: %1"_s.arg(
                             strong.error().message));
    }

    const std::unique_ptr<db::Database> database = openMigrated(config, err);
    if (!database)
        return Failure;
    const db::Database &db = *database;

    const auth::AuthService auth(db);
    Result<User> created = Error{};
    const Status done = db.transaction([&]() -> Status {
        const Result<QString> organisation = auth.users().ensureOrganisation(account.organisation);
        if (!organisation)
            return organisation.error();
        created = auth.users().createUser(auth::NewUser{
            account.email, account.displayName, account.role, organisation.value(), password});
        if (!created)
            return created.error();
        if (!account.emailVerified)
            return Done{};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Result<QSqlQuery> verified =
            db.run(u"record a verified email",
                   u"UPDATE users SET email_verified_at = :at WHERE id = :id"_s,
                   {{u":at"_s, db::toDb(now)}, {u":id"_s, created.value().id}});
        if (!verified)
            return verified.error();
        const QString action = auditaction::wireName(AuditAction::CliVerifyEmail);
        return audit::AuditTrail(db).append(audit::AuditEntry{
            now, std::nullopt, action, u"user:"_s + created.value().id, {}, {}, {}});
    });
    if (!done)
        return fail(err, done.error().message);

    out << "Created user " << created.value().id << " with role "
        << roles::wireName(created.value().role)
        << (account.emailVerified ? "; its email is recorded as verified." : ".") << Qt::endl;
    return Success;
}

int verifyAudit(const ServerConfig &config, QTextStream &out, QTextStream &err)
{
    Result<std::unique_ptr<db::Database>> database = db::Database::open(config.database);
    if (!database)
        return fail(err, database.error().message);
    const db::Database &db = *database.value();

    // Read-only: the trail is checked where it is, never migrated into being.
    const Result<int> version = db::Migrator(db).currentVersion();
    if (!version)
        return fail(err, version.error().message);
    if (version.value() < AuditSchemaVersion) {
        return fail(err, u"The %1 has no audit trail yet (schema version %2): run "
                         u"'transform-service migrate' first."_s.arg(db.describe())
                             .arg(version.value()));
    }

    QElapsedTimer timer;
    timer.start();
    const Result<audit::AuditTrail::VerifyReport> report = audit::AuditTrail(db).verify();
    if (!report)
        return fail(err, report.error().message);
    const audit::AuditTrail::VerifyReport &checked = report.value();
    qCInfo(lcCli) << "checked" << checked.rowsChecked << "audit rows in" << timer.elapsed() << "ms";
    if (!checked.intact()) {
        const QString where =
            checked.firstBadChain
                ? u"The audit trail is broken in chain %1: "_s.arg(*checked.firstBadChain)
                : u"The audit trail is broken: "_s;
        return fail(err, where + checked.problem + u'.');
    }
    out << "The audit trail is intact: " << checked.rowsChecked
        << (checked.rowsChecked == 1 ? " row" : " rows") << " checked." << Qt::endl;
    return Success;
}

int seed(const ServerConfig &config, const SeedRequest &request, QTextStream &out, QTextStream &err)
{
    const std::unique_ptr<db::Database> database = openMigrated(config, err);
    if (!database)
        return Failure;
    const db::Database &db = *database;

    seed::GeneratorOptions options;
    options.persons = request.persons;
    options.seed = request.seed;
    options.asOf = request.asOf;
    options.afterChunk = [&db](qint64 firstId, qint64 lastId) {
        return search::indexPersons(db, firstId, lastId);
    };
    QElapsedTimer timer;
    timer.start();
    options.progress = [&](qint64 done, qint64 total) {
        err << "transform-service: seeded " << done << " of " << total << " persons ("
            << timer.elapsed() / 1000 << " s)" << Qt::endl;
    };
    const Result<seed::GeneratorCounts> counts = seed::PersonGenerator(db).generate(options);
    if (!counts)
        return fail(err, counts.error().message);
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    out << "Seeded " << counts.value().persons << " persons in " << counts.value().households
        << " households (" << counts.value().rows() << " rows, seed " << request.seed << ", as of "
        << request.asOf.toString(Qt::ISODate) << ") in " << ms / 1000.0
        << " s: " << counts.value().rows() * 1000 / ms << " rows/s." << Qt::endl;
    return Success;
}

} // namespace tv::server::cli
