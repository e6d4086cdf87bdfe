#pragma once

#include "models/domain/User.h"
#include "server/ServiceHost.h"
#include "server/db/Database.h"

#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

namespace tv::test {

// The real service on loopback for a client test: training data in an SQLite file of its own,
// the demo trainer's sign-in, and a second connection to that file to read what the service
// wrote (the audit trail) or change what it knows behind its back.
class TrainingHost final {
public:
    TrainingHost();
    ~TrainingHost();
    TrainingHost(const TrainingHost &) = delete;
    TrainingHost &operator=(const TrainingHost &) = delete;

    // Starts the service and opens the second connection; the error in words otherwise.
    Status start();

    QUrl baseUrl() const;
    LoginRequest trainer() const;
    server::db::Database &database() const;

    // Runs one statement on the service's file; false (and the reason as a warning) if it
    // failed.
    bool sql(const QString &statement, const QVariantMap &bindings = {}) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServiceHost> m_host;
    std::unique_ptr<server::db::Database> m_db;
    LoginRequest m_trainer;
};

} // namespace tv::test
