#include "Commands.h"

#include "LoggingCategories.h"
#include "ServiceHost.h"
#include "auth/AuthService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "runtime/ShutdownSignals.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tv::server::cli {
namespace {

constexpr qsizetype MinimumPasswordLength = 12;

int fail(QTextStream &err, const QString &message)
{
    err << "transform-service: " << message << Qt::endl;
    return Failure;
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
    if (password.size() < MinimumPasswordLength) {
        return fail(err, u"The password (the first line of standard input) must have at least "
                         u"%1 characters."_s.arg(MinimumPasswordLength));
    }

    Result<std::unique_ptr<db::Database>> database = db::Database::open(config.database);
    if (!database)
        return fail(err, database.error().message);
    const db::Database &db = *database.value();
    if (const auto migrated = db::Migrator(db).migrate(); !migrated)
        return fail(err, migrated.error().message);

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
        return Done{};
    });
    if (!done)
        return fail(err, done.error().message);

    out << "Created user " << created.value().id << " with role "
        << roles::wireName(created.value().role) << '.' << Qt::endl;
    return Success;
}

} // namespace tv::server::cli
