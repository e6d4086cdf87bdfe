#pragma once

#include "models/domain/Result.h"
#include "server/ServerConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace tv::server {

// The demo account that training mode creates; its password is random for every run.
struct TrainingAccount {
    QString email;
    QString password;
};

// One running instance of the service: its database connection, its schema, its HTTP(S)
// listener. Create, start and destroy it on one thread: the database connection belongs to it.
class ServiceHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceHost)

public:
    explicit ServiceHost(ServerConfig config, QObject *parent = nullptr);
    ~ServiceHost() override;

    // Opens the database, applies migrations, seeds training data when configured, listens.
    Status start();
    // Where training on a SQLite file without access/secret_key_file keeps the key that seals
    // two-step secrets, so that enrolments still open after a restart: beside the database,
    // "<path>.training-key", made 0600 on the first start. (In memory the key lives as long as
    // the data; training on PostgreSQL must name a secret_key_file.)
    static QString trainingKeyFile(const DatabaseConfig &database);
    QUrl baseUrl() const; // e.g. http://127.0.0.1:43123
    std::optional<TrainingAccount> trainingAccount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tv::server
