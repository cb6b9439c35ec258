#pragma once

#include "account.h"
#include "secreterror.h"
#include "secretstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace MrAuth {

class AccountStore;

//! Demo mode: runs the project's STS emulator (`mrauth-sts-emulator --demo`) on loopback and
//! adds its demo accounts, so that the app shows live tokens with no real account.
//!
//! The emulator is taken from MRAUTH_EMULATOR, the running program's directory, PATH, or the
//! build tree (findEmulator()).
//! The demo keys go to the keychain under a separate service name
//! (KeychainSecretStore::demoServiceName()); when no keychain is reachable they are kept in
//! memory, which usesKeychain() and keychainProblem() tell the window. The emulator stops with
//! this object. Lives in one thread.
class DemoMode : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Starting, Running, Failed };
    Q_ENUM(Status)

    explicit DemoMode(QObject *parent = nullptr);
    //! Stops the emulator.
    ~DemoMode() override;

    //! The emulator program: MRAUTH_EMULATOR, then the directory of the running program,
    //! then PATH, then `../emulator/` (the build tree). Empty when none is found.
    static QString findEmulator();
    //! `<generic data location>/mrauth/demo/accounts.json`: the demo's own account list, apart
    //! from the user's.
    static QString defaultAccountFilePath();
    //! `<generic data location>/mrauth/emulator`, the emulator's default demo directory.
    static QString defaultDataDirectory();

    QString emulatorProgram() const { return m_program; }
    void setEmulatorProgram(const QString &program) { m_program = program; }
    QString dataDirectory() const { return m_dataDirectory; }
    void setDataDirectory(const QString &directory) { m_dataDirectory = directory; }
    //! Try the keychain for the demo keys (default on); off keeps them in memory.
    void setKeychainAllowed(bool allowed) { m_keychainAllowed = allowed; }
    //! How long the emulator may take to print its address (default 15 s).
    void setStartTimeout(int milliseconds) { m_startTimeoutMs = milliseconds; }

    //! Chooses the secret store, starts the emulator and adds the demo accounts to \a store.
    //! Ends with ready() or failed().
    void start(AccountStore *store);
    //! Stops the emulator (the accounts stay in the demo list).
    void stop();

    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    //! The secret store holding the demo keys, once chosen (owned by this object).
    SecretStore *secretStore() const { return m_secretStore.get(); }
    bool usesKeychain() const { return m_usesKeychain; }
    //! Why the keychain was not used, or empty.
    SecretError keychainProblem() const { return m_keychainProblem; }
    QUrl endpoint() const { return m_endpoint; }
    QString caCertificateFile() const { return m_caFile; }
    //! The uuids of the demo accounts added.
    QList<QUuid> accounts() const { return m_accounts; }

    //! The accounts of an emulator accounts file (docs/emulator.md), pointed at \a endpoint
    //! with \a caFile, and their keys (primary, secondary per account, same order). Pure.
    struct DemoAccount
    {
        Account account;
        QString primaryKey;
        QString secondaryKey;
        QString clientSecret;
    };
    static QList<DemoAccount> accountsFromFile(const QByteArray &json, const QUrl &endpoint,
                                               const QString &caFile, QString *error);

Q_SIGNALS:
    //! The secret store was chosen; use it for the demo accounts.
    void secretStoreChosen(MrAuth::SecretStore *store);
    void ready();
    void failed(const QString &message);

private:
    void chooseSecretStore();
    void startEmulator();
    void onOutput();
    void onEmulatorReady();
    void storeSecrets(const QList<DemoAccount> &accounts);
    void fail(const QString &message);

    QString m_program;
    QString m_dataDirectory;
    bool m_keychainAllowed = true;
    int m_startTimeoutMs = 15000;
    QPointer<AccountStore> m_store;
    std::unique_ptr<SecretStore> m_secretStore;
    bool m_usesKeychain = false;
    SecretError m_keychainProblem;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_outputBuffer;
    QByteArray m_errorOutput;
    QTimer m_startTimer;
    Status m_status = Status::Idle;
    QString m_errorString;
    QUrl m_endpoint;
    QString m_caFile;
    bool m_addressSeen = false;
    QList<QUuid> m_accounts;
};

} // namespace MrAuth
