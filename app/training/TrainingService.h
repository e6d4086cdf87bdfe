#pragma once

#include "models/domain/Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QThread;

namespace tv::training {

// The demo trainer that training mode creates. The password is random for every run.
struct DemoAccount {
    QString email;
    QString password; // never logged, never shown
};

// Training mode's own copy of the service: a ServiceHost on 127.0.0.1 with an in-memory SQLite
// database seeded with the fictional sample dataset and the demo trainer. The host is created,
// started and destroyed on a thread of its own, so the GUI never waits for it.
class TrainingService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingService)

public:
    explicit TrainingService(QObject *parent = nullptr);
    // Stops the service (see stop()).
    ~TrainingService() override;

    // Starts the service in the background; emits started() or failed() later.
    void start();
    // Stops the service and waits for its thread to finish; emits stopped() if it was running.
    void stop();

    bool isStarting() const;
    bool isRunning() const;
    QUrl baseUrl() const;                           // valid while running
    std::optional<DemoAccount> demoAccount() const; // set while running

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const tv::Error &error);
    void stopped();

private:
    struct Outcome;
    void onHostStarted(int generation, const Outcome &outcome);

    QThread *m_thread = nullptr;
    int m_generation = 0;
    bool m_running = false;
    QUrl m_baseUrl;
    std::optional<DemoAccount> m_account;
};

} // namespace tv::training
