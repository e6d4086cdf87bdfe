#include "app/training/TrainingService.h"

#include "server/ServiceHost.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

namespace tv::training {

// Logs lifecycle events and error codes only: never the demo account or its password.
Q_LOGGING_CATEGORY(lcTraining, "tv.app.training")

struct TrainingService::Outcome {
    std::optional<Error> error;
    QUrl baseUrl;
    DemoAccount account;
};

TrainingService::TrainingService(QObject *parent)
    : QObject(parent)
{}

TrainingService::~TrainingService()
{
    stop();
}

void TrainingService::start()
{
    if (m_thread)
        return;
    const int generation = ++m_generation;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"tv-training-service"_s);

    // Lives on the service thread and owns the host there; deleted on that thread when it ends.
    auto *home = new QObject;
    home->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, home, &QObject::deleteLater);
    m_thread->start();
    qCInfo(lcTraining) << "starting the training service";

    QMetaObject::invokeMethod(home, [this, home, generation] {
        server::ServerConfig config;
        config.address = QHostAddress(QHostAddress::LocalHost);
        config.port = 0;
        config.training = true;
        config.database.driver = server::DatabaseConfig::Driver::Sqlite;
        config.database.sqlitePath = u":memory:"_s;

        Outcome outcome;
        auto *host = new server::ServiceHost(config, home);
        const Status status = host->start();
        const auto account = status ? host->trainingAccount() : std::nullopt;
        if (!status) {
            outcome.error = status.error();
        } else if (!account) {
            outcome.error = Error{u"training_unavailable"_s,
                                  u"The service started without its demo account."_s};
        } else {
            outcome.baseUrl = host->baseUrl();
            outcome.account = DemoAccount{account->email, account->password};
        }
        if (outcome.error)
            delete host;
        // `this` waits for this thread in stop(), so it outlives this call; the event is
        // dropped if it is destroyed before it is delivered.
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { onHostStarted(generation, outcome); },
            Qt::QueuedConnection);
    });
}

void TrainingService::stop()
{
    if (!m_thread)
        return;
    ++m_generation; // a start that is still being reported no longer counts
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_baseUrl.clear();
    m_account.reset();
    const bool wasRunning = m_running;
    m_running = false;
    qCInfo(lcTraining) << "training service stopped";
    if (wasRunning)
        Q_EMIT stopped();
}

bool TrainingService::isStarting() const
{
    return m_thread && !m_running;
}

bool TrainingService::isRunning() const
{
    return m_running;
}

QUrl TrainingService::baseUrl() const
{
    return m_baseUrl;
}

std::optional<DemoAccount> TrainingService::demoAccount() const
{
    return m_account;
}

void TrainingService::onHostStarted(int generation, const Outcome &outcome)
{
    if (generation != m_generation)
        return;
    if (outcome.error) {
        qCWarning(lcTraining) << "the training service did not start:" << outcome.error->code;
        stop();
        Q_EMIT failed(Error{
            outcome.error->code,
            tr("Training mode could not start its local service: %1").arg(outcome.error->message)});
        return;
    }
    m_running = true;
    m_baseUrl = outcome.baseUrl;
    m_account = outcome.account;
    qCInfo(lcTraining) << "training service running on loopback port" << m_baseUrl.port();
    Q_EMIT started(m_baseUrl);
}

} // namespace tv::training
