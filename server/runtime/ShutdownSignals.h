#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace tv::server::runtime {

// Turns SIGINT and SIGTERM into a Qt signal, delivered on the event loop (through a socket
// pair, the only safe way out of a Unix signal handler), so the service stops cleanly. One
// instance per process; on other platforms it never fires.
class ShutdownSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace tv::server::runtime
