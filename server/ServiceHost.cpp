#include "server/ServiceHost.h"

#include "server/LoggingCategories.h"
#include "server/ServerErrors.h"
#include "server/auth/AuthService.h"
#include "server/db/Database.h"
#include "server/db/Migrator.h"
#include "server/http/ApiServer.h"
#include "server/http/TlsConfiguration.h"
#include "server/search/SearchService.h"
#include "server/seed/TrainingSeeder.h"

using namespace Qt::StringLiterals;

namespace tv::server {

// Declared in the order they are built; destroyed in reverse, so the database outlives every
// user of it.
struct ServiceHost::Private {
    ServerConfig config;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<auth::AuthService> auth;
    std::unique_ptr<http::ApiServer> api;
    std::optional<TrainingAccount> training;

    void reset()
    {
        api.reset();
        auth.reset();
        database.reset();
        training.reset();
    }
};

ServiceHost::ServiceHost(ServerConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

ServiceHost::~ServiceHost()
{
    d->reset();
}

QString ServiceHost::trainingKeyFile(const DatabaseConfig &database)
{
    return database.sqlitePath + u".training-key"_s;
}

Status ServiceHost::start()
{
    if (d->api) {
        return Error{QString(errc::AlreadyStarted),
                     u"The service is already running at %1."_s.arg(baseUrl().toString())};
    }
    const ServerConfig &config = d->config;
    if (Status valid = config.validate(); !valid) {
        return Error{valid.error().code,
                     u"The configuration is not valid: %1."_s.arg(valid.error().message)};
    }

    // TLS first: a bad certificate should not leave a migrated database behind it.
    std::optional<QSslConfiguration> tls;
    if (!config.tlsCertificateFile.isEmpty()) {
        Result<QSslConfiguration> loaded =
            http::loadTlsConfiguration(config.tlsCertificateFile, config.tlsPrivateKeyFile);
        if (!loaded)
            return loaded.error();
        tls = loaded.value();
    }

    Result<std::unique_ptr<db::Database>> database = db::Database::open(config.database);
    if (!database)
        return database.error();
    d->database = std::move(database).value();

    const Result<QList<db::Migration>> migrated = db::Migrator(*d->database).migrate();
    if (!migrated) {
        d->reset();
        return migrated.error();
    }
    // A database seeded before the name keys last changed gets today's keys, once.
    if (const Result<bool> rekeyed = search::ensureCurrentKeys(*d->database); !rekeyed) {
        d->reset();
        return rekeyed.error();
    }

    auth::AuthService::Options authOptions = auth::AuthService::Options::fromPolicy(config.access);
    if (!config.access.secretKeyFile.isEmpty()) {
        Result<auth::SecretBox> secrets = auth::SecretBox::fromKeyFile(config.access.secretKeyFile);
        if (!secrets) {
            d->reset();
            return secrets.error();
        }
        authOptions.secrets = secrets.value();
    } else if (config.training) {
        // In memory, training data is thrown away anyway: a key for this run only. On a file,
        // two-step enrolments outlive the run, and so must the key that seals them.
        const QString path = config.database.sqlitePath;
        if (path == ":memory:"_L1) {
            authOptions.secrets = auth::SecretBox::random();
        } else {
            Result<auth::SecretBox> secrets =
                auth::SecretBox::fromKeyFileOrNew(trainingKeyFile(config.database));
            if (!secrets) {
                d->reset();
                return secrets.error();
            }
            authOptions.secrets = secrets.value();
        }
    }
    d->auth = std::make_unique<auth::AuthService>(*d->database, std::move(authOptions));

    if (config.training) {
        const QDate asOf = config.asOf.value_or(QDate::currentDate());
        Result<TrainingAccount> account = seed::TrainingSeeder(*d->database, *d->auth, asOf).seed();
        if (!account) {
            d->reset();
            return account.error();
        }
        d->training = account.value();
    }

    d->api = std::make_unique<http::ApiServer>(
        *d->database, *d->auth,
        http::ApiServer::Options{config.training, config.asOf, config.access});
    if (Status listening = d->api->listen(config.address, config.port, tls); !listening) {
        d->reset();
        return listening.error();
    }
    qCInfo(lcHost).noquote() << "service started:" << d->database->describe() << "at"
                             << baseUrl().toString() << (config.training ? "(training)" : "");
    return Done{};
}

QUrl ServiceHost::baseUrl() const
{
    return d->api ? d->api->baseUrl() : QUrl();
}

std::optional<TrainingAccount> ServiceHost::trainingAccount() const
{
    return d->training;
}

} // namespace tv::server
