#include "tests/app/store/KeyringLock.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>

using namespace Qt::StringLiterals;

namespace tv::test {

QString lockLoginKeyring()
{
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
    QDBusMessage lock =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
    // A connection of its own to the bus by address: the shared session bus connection, and
    // libdbus's idea of the session bus address, may have been fixed while a test hid the bus.
    const QString connectionName = u"tst-keyring-lock"_s;
    const QDBusMessage locked =
        QDBusConnection::connectToBus(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                                      connectionName)
            .call(lock, QDBus::Block, 10000);
    QDBusConnection::disconnectFromBus(connectionName);
    if (locked.type() != QDBusMessage::ReplyMessage)
        return locked.errorMessage().isEmpty() ? u"no reply"_s : locked.errorMessage();
    return QString();
}

} // namespace tv::test
