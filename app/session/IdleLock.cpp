#include "app/session/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>

#include <algorithm>

namespace tv::session {

Q_LOGGING_CATEGORY(lcIdle, "tv.app.idle")

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

std::chrono::milliseconds IdleLock::deploymentPeriod(std::chrono::minutes setting)
{
    return std::clamp<std::chrono::milliseconds>(setting, ShortestPeriod, LongestPeriod);
}

IdleLock::IdleLock(std::chrono::milliseconds period, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::max(period, std::chrono::milliseconds(1)));
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

std::chrono::milliseconds IdleLock::period() const
{
    return m_timer.intervalAsDuration();
}

bool IdleLock::isLocked() const
{
    return m_locked;
}

void IdleLock::overridePeriodForTesting(std::chrono::milliseconds period)
{
    m_timer.setInterval(std::max(period, std::chrono::milliseconds(1)));
}

void IdleLock::start()
{
    m_timer.start();
}

void IdleLock::stop()
{
    m_timer.stop();
    m_locked = false;
}

void IdleLock::lockNow()
{
    m_timer.stop();
    if (m_locked)
        return;
    m_locked = true;
    qCInfo(lcIdle) << "locked";
    Q_EMIT locked();
}

void IdleLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_timer.start();
    qCInfo(lcIdle) << "unlocked";
    Q_EMIT unlocked();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_locked && m_timer.isActive() && isUserInput(event->type()))
        m_timer.start(); // restarts the period
    return QObject::eventFilter(watched, event);
}

} // namespace tv::session
