#include "app/platform/SecretServiceProbe.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QMap>

#include <atomic>

using namespace Qt::StringLiterals;

namespace tv::platform {
namespace {

constexpr int CallTimeoutMs = 5000;
const auto SecretsService = u"org.freedesktop.secrets"_s;

// A private connection made for one question and closed afterwards, to the session bus the
// environment names now: both Qt's shared connection and libdbus's bus address are fixed at
// their first use, while libsecret looks again every time.
QDBusConnection connectNow(const QString &name)
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty())
        return QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
    return QDBusConnection::connectToBus(address, name);
}

class ProbeConnection {
public:
    ProbeConnection()
        : m_name(u"tv-secret-service-probe-%1"_s.arg(s_counter.fetch_add(1)))
        , m_connection(connectNow(m_name))
    {}
    ~ProbeConnection() { QDBusConnection::disconnectFromBus(m_name); }
    Q_DISABLE_COPY_MOVE(ProbeConnection)

    QDBusConnection &operator*() { return m_connection; }
    QDBusConnection *operator->() { return &m_connection; }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
    QDBusConnection m_connection;
};

bool serviceKnown(QDBusConnection &bus)
{
    if (QDBusConnectionInterface *daemon = bus.interface()) {
        if (daemon->isServiceRegistered(SecretsService).value())
            return true;
    }
    const QDBusMessage reply = bus.call(
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s),
        QDBus::Block, CallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return false;
    return reply.arguments().constFirst().toStringList().contains(SecretsService);
}

} // namespace

bool SecretServiceProbe::isAvailable()
{
    ProbeConnection bus;
    return bus->isConnected() && serviceKnown(*bus);
}

SecretServiceProbe::Entry SecretServiceProbe::findEntry(const QString &service, const QString &key)
{
    ProbeConnection bus;
    if (!bus->isConnected())
        return Entry::Unknown;
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage search =
        QDBusMessage::createMethodCall(SecretsService, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    const QMap<QString, QString> attributes{{u"server"_s, service}, {u"user"_s, key}};
    search << QVariant::fromValue(attributes);
    const QDBusMessage reply = bus->call(search, QDBus::Block, CallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return Entry::Unknown;
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    if (!unlocked.isEmpty())
        return Entry::Unlocked;
    return locked.isEmpty() ? Entry::Missing : Entry::Locked;
}

} // namespace tv::platform
