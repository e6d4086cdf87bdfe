#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
} // namespace QKeychain

namespace tv::store {

// Why a secret-store operation failed. Callers act on these differently: NotFound is an ordinary
// answer (nothing saved yet); the others mean secrets cannot be kept on this computer right now.
enum class SecretFailure {
    NotFound,        // no entry under that key
    NoSecretService, // no keyring or secret service is running or installed
    AccessDenied,    // the keyring refused: locked, or the person said no
    Failed,          // anything else
};

// One pending read, write or removal. Emits exactly one of its signals and then deletes itself
// (later).
class SecretJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    ~SecretJob() override;

Q_SIGNALS:
    // `secret` is what was read; empty after a write or a removal.
    void succeeded(const QByteArray &secret);
    void failed(tv::store::SecretFailure failure, const QString &message);

private:
    friend class KeychainSecretStore;
    enum class Operation { Read, Write, Remove };

    explicit SecretJob(QObject *parent);
    // Starts `job` (which deletes itself when done) and reports its outcome.
    void run(QKeychain::Job *job, Operation operation);
    void finish(QKeychain::Job *job, Operation operation);
    void fail(SecretFailure failure);
};

} // namespace tv::store
