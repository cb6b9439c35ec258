#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

namespace MrAuth {

Q_LOGGING_CATEGORY(lcKeychain, "mrauth.app.keychain")

namespace {
const QString probeKey = QStringLiteral("mrauth-probe");
}

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent), m_serviceName(serviceName)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::entryKey(const QUuid &account, SecretKind kind)
{
    return account.toString(QUuid::WithoutBraces) + u'/' + secretKindKey(kind);
}

QString KeychainSecretStore::location() const
{
    return tr("the system keychain (service \"%1\")").arg(m_serviceName);
}

SecretError KeychainSecretStore::mapKeychainError(int keychainError, const QString &keychainMessage,
                                                  SecretJob::Operation operation)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretError(SecretError::Code::NotFound, tr("The keychain has no such entry."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretError(SecretError::Code::AccessDenied,
                           tr("The keychain refused access: %1").arg(keychainMessage));
    case QKeychain::NoBackendAvailable:
        return SecretError(SecretError::Code::Unavailable,
                           tr("No keychain is available (%1). Start or unlock your keyring "
                              "(for example GNOME Keyring or KWallet), then retry.")
                               .arg(keychainMessage));
    case QKeychain::OtherError:
        // QtKeychain reports a missing session bus and a locked collection this way.
        return SecretError(SecretError::Code::Unavailable,
                           tr("The keychain could not be reached or is locked (%1). Unlock it, "
                              "then retry.")
                               .arg(keychainMessage));
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    Q_UNUSED(operation)
    return SecretError(SecretError::Code::Failed,
                       tr("The keychain failed: %1").arg(keychainMessage));
}

void KeychainSecretStore::run(SecretJob *job)
{
    QKeychain::Job *keychainJob = nullptr;
    const QString key = job->operation() == SecretJob::Operation::Probe
                            ? probeKey
                            : entryKey(job->account(), job->kind());
    switch (job->operation()) {
    case SecretJob::Operation::Read:
    case SecretJob::Operation::Probe:
        keychainJob = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case SecretJob::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_serviceName);
        write->setTextData(job->secretToWrite());
        keychainJob = write;
        break;
    }
    case SecretJob::Operation::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(key);
    const SecretJob::Operation operation = job->operation();
    connect(keychainJob, &QKeychain::Job::finished, this,
            [this, job = QPointer<SecretJob>(job), operation](QKeychain::Job *finished) {
                SecretError error =
                    mapKeychainError(finished->error(), finished->errorString(), operation);
                QString secret;
                if (operation == SecretJob::Operation::Read && !error.isError()) {
                    auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                    secret = read->textData();
                    // QtKeychain keeps the secret's bytes until its job is deleted: hold a
                    // share of them and overwrite them once the job is gone (this share is
                    // then the only one, so fill() writes over the original).
                    connect(read, &QObject::destroyed, this,
                            [bytes = read->binaryData()]() mutable { bytes.fill('\0'); });
                }
                // A probe that finds no entry has reached the keychain; a delete of an entry
                // that is not there has nothing left to do.
                if ((operation == SecretJob::Operation::Probe ||
                     operation == SecretJob::Operation::Delete) &&
                    error.code() == SecretError::Code::NotFound) {
                    error = SecretError();
                }
                if (error.isError()) {
                    qCDebug(lcKeychain).noquote()
                        << "keychain job failed:" << SecretError::codeName(error.code())
                        << finished->errorString();
                }
                complete(job, error, secret);
                secret.fill(u'\0');
            });
    keychainJob->start();
}

} // namespace MrAuth
