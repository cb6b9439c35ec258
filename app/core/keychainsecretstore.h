#pragma once

#include "secretstore.h"

namespace MrAuth {

//! A SecretStore in the operating system's keychain, through QtKeychain (the Secret Service
//! on Linux, the Keychain on macOS, the Credential Manager on Windows).
//!
//! Entries are named `<account uuid>/<kind>` under the service name (default "mrauth"; the
//! demo uses "mrauth-demo" so that demo keys never mix with real ones). There is no plaintext
//! fallback: an unreachable or locked keychain fails with SecretError::Code::Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &serviceName = defaultServiceName(),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString defaultServiceName() { return QStringLiteral("mrauth"); }
    static QString demoServiceName() { return QStringLiteral("mrauth-demo"); }
    //! The entry key of \a kind for \a account, e.g. `1b4e28ba-…/primary-key`.
    static QString entryKey(const QUuid &account, SecretKind kind);

    QString serviceName() const { return m_serviceName; }
    bool isPersistent() const override { return true; }
    QString location() const override;

    //! Maps a QtKeychain error (its numeric value) and text to a SecretError.
    static SecretError mapKeychainError(int keychainError, const QString &keychainMessage,
                                        SecretJob::Operation operation);

protected:
    void run(SecretJob *job) override;

private:
    QString m_serviceName;
};

} // namespace MrAuth
