#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace tv::session {

// Locks the client after a period without keyboard or mouse input, and at once on request (the
// quick-hide key). The period is the deployment's: there is no way for a user to change it. While
// locked, input does not unlock; only unlock() does (after the password was checked again).
class IdleLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    static constexpr std::chrono::minutes DefaultPeriod{5};
    // A deployment may choose from 1 to 60 minutes.
    static constexpr std::chrono::minutes ShortestPeriod{1};
    static constexpr std::chrono::minutes LongestPeriod{60};
    // The period for a deployment's setting, clamped to that range.
    static std::chrono::milliseconds deploymentPeriod(std::chrono::minutes setting);

    // Watches the input of every object of the application from now on.
    explicit IdleLock(std::chrono::milliseconds period = DefaultPeriod, QObject *parent = nullptr);
    ~IdleLock() override;

    std::chrono::milliseconds period() const;
    bool isLocked() const;

    // For tests only, which cannot wait minutes. A deployment's period always goes through
    // deploymentPeriod() (1 to 60 minutes), and nothing a user can set reaches this.
    void overridePeriodForTesting(std::chrono::milliseconds period);

    // Starts watching (after sign-in); a stopped lock never locks. stop() (sign-out) also ends a
    // lock without unlocked(): the next start() begins unlocked.
    void start();
    void stop();

Q_SIGNALS:
    // The moment to clear every person model from memory and hide the data.
    void locked();
    void unlocked();

public Q_SLOTS:
    void lockNow();
    void unlock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_locked = false;
};

} // namespace tv::session
