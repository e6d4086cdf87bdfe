#include "tests/app/support/TrainingHost.h"

using namespace Qt::StringLiterals;

namespace tv::test {

TrainingHost::TrainingHost() = default;

TrainingHost::~TrainingHost()
{
    m_db.reset();
    m_host.reset();
}

Status TrainingHost::start()
{
    if (!m_dir.isValid())
        return Error{u"test_setup"_s, u"no temporary directory"_s};
    server::ServerConfig config;
    config.training = true;
    config.database.sqlitePath = m_dir.filePath(u"service.sqlite"_s);
    m_host = std::make_unique<server::ServiceHost>(config);
    if (Status started = m_host->start(); !started)
        return started;
    const auto account = m_host->trainingAccount();
    if (!account)
        return Error{u"test_setup"_s, u"the training service has no demo trainer"_s};
    m_trainer = LoginRequest{account->email, account->password};
    auto db = server::db::Database::open(config.database);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return Done{};
}

QUrl TrainingHost::baseUrl() const
{
    return m_host->baseUrl();
}

LoginRequest TrainingHost::trainer() const
{
    return m_trainer;
}

server::db::Database &TrainingHost::database() const
{
    return *m_db;
}

bool TrainingHost::sql(const QString &statement, const QVariantMap &bindings) const
{
    const auto ran = m_db->run(u"change the service's data for a test", statement, bindings);
    if (!ran)
        qWarning("%s", qPrintable(ran.error().message));
    return ran.ok();
}

} // namespace tv::test
