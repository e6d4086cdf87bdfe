#include "app/store/KeychainSecretStore.h"

#include "app/store/SecretJob.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#if defined(TV_HAVE_SECRET_SERVICE_PROBE)
#include "app/platform/SecretServiceProbe.h"
#endif

using namespace Qt::StringLiterals;

namespace tv::store {

// Logs operations and failure kinds only: never a secret, a key (it names an account) or the
// keychain's own error text (it may quote the key).
Q_LOGGING_CATEGORY(lcStore, "tv.app.store")

namespace {

// QtKeychain jobs delete themselves once finished, and are never deleted before: the Secret
// Service backend keeps raw pointers to a running job until its D-Bus call returns.
template <typename Job>
Job *makeJob(const QUrl &server, const QString &account)
{
    auto *job = new Job(QString(KeychainSecretStore::ServiceName));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeychainSecretStore::entryKey(server, account));
    return job;
}

SecretFailure classify(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return SecretFailure::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretFailure::NoSecretService;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretFailure::AccessDenied;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretFailure::Failed;
}

QString describe(SecretFailure failure)
{
    switch (failure) {
    case SecretFailure::NotFound:
        return KeychainSecretStore::tr("No saved secret was found for this account on this "
                                       "computer.");
    case SecretFailure::NoSecretService:
        return KeychainSecretStore::tr(
            "This computer has no keyring available, so TransformView cannot keep its secrets "
            "safely. Sign in to a desktop session that provides a keyring, such as GNOME Keyring "
            "or KWallet.");
    case SecretFailure::AccessDenied:
        return KeychainSecretStore::tr("The keyring refused access. Unlock your keyring and "
                                       "allow TransformView to use it.");
    case SecretFailure::Failed:
        break;
    }
    return KeychainSecretStore::tr("The keyring could not complete the request.");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : QObject(parent)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::entryKey(const QUrl &server, const QString &account)
{
    QUrl origin = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                  QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (origin.path() == u"/"_s)
        origin.setPath(QString());
    return origin.toString(QUrl::FullyEncoded) + u'|' + account;
}

SecretJob *KeychainSecretStore::read(const QUrl &server, const QString &account)
{
    auto *job = new SecretJob(this);
    job->run(makeJob<QKeychain::ReadPasswordJob>(server, account), SecretJob::Operation::Read);
    qCDebug(lcStore) << "reading a secret";
    return job;
}

SecretJob *KeychainSecretStore::write(const QUrl &server, const QString &account,
                                      const QByteArray &secret)
{
    auto *keychainJob = makeJob<QKeychain::WritePasswordJob>(server, account);
    keychainJob->setBinaryData(secret);
    auto *job = new SecretJob(this);
    job->run(keychainJob, SecretJob::Operation::Write);
    qCDebug(lcStore) << "writing a secret";
    return job;
}

SecretJob *KeychainSecretStore::remove(const QUrl &server, const QString &account)
{
    auto *job = new SecretJob(this);
    job->run(makeJob<QKeychain::DeletePasswordJob>(server, account), SecretJob::Operation::Remove);
    qCDebug(lcStore) << "removing a secret";
    return job;
}

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
{}

SecretJob::~SecretJob() = default;

void SecretJob::run(QKeychain::Job *job, Operation operation)
{
    connect(job, &QKeychain::Job::finished, this,
            [this, operation](QKeychain::Job *done) { finish(done, operation); });
    job->start();
}

void SecretJob::finish(QKeychain::Job *job, Operation operation)
{
    QKeychain::Error error = job->error();
    qCDebug(lcStore) << "QtKeychain finished with error" << int(error);

#if defined(TV_HAVE_SECRET_SERVICE_PROBE)
    // On the Secret Service QtKeychain reads "locked" as "not found", reads "no bus" as "other
    // error", and removes nothing from a locked keyring without saying so. Ask the service.
    using platform::SecretServiceProbe;
    const QString service = job->service();
    const QString key = job->key();
    if (error == QKeychain::EntryNotFound &&
        SecretServiceProbe::findEntry(service, key) == SecretServiceProbe::Entry::Locked) {
        error = QKeychain::AccessDenied;
    } else if (error == QKeychain::NoError && operation == Operation::Remove) {
        const auto entry = SecretServiceProbe::findEntry(service, key);
        if (entry == SecretServiceProbe::Entry::Locked ||
            entry == SecretServiceProbe::Entry::Unlocked)
            error = QKeychain::AccessDenied;
    } else if ((error == QKeychain::OtherError || error == QKeychain::CouldNotDeleteEntry) &&
               !SecretServiceProbe::isAvailable()) {
        error = QKeychain::NoBackendAvailable;
    }
#endif

    // Removing what is not there leaves the keychain as asked: not an error, on any platform.
    if (error == QKeychain::EntryNotFound && operation == Operation::Remove)
        error = QKeychain::NoError;

    if (error != QKeychain::NoError) {
        fail(classify(error));
        return;
    }
    QByteArray secret;
    if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        secret = reader->binaryData();
    Q_EMIT succeeded(secret);
    deleteLater();
}

void SecretJob::fail(SecretFailure failure)
{
    qCInfo(lcStore) << "keychain operation failed:" << int(failure);
    Q_EMIT failed(failure, describe(failure));
    deleteLater();
}

} // namespace tv::store
