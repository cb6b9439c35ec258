#pragma once

#include "account.h"
#include "accountconnection.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace MrAuth {

class RequestLog;
class SecretStore;
class TokenReply;

//! Adds, edits or duplicates an account: metadata validated as it is typed, the secrets for
//! the keychain, and a "Test connection" that gets one token with what is in the form.
//!
//! Accepting writes the secrets to the SecretStore first (staying open with the error when the
//! keychain refuses); the caller then stores account() in the AccountStore.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Duplicate };
    Q_ENUM(Mode)

    //! What the dialog works with.
    struct Context
    {
        SecretStore *secrets = nullptr;
        //! For the connection test (network access manager, TLS, retries).
        AccountConnection::Options connectionOptions;
        //! Where the connection test is recorded; may be null.
        RequestLog *log = nullptr;
        //! Auto-refresh for new accounts.
        bool autoRefreshDefault = true;
    };

    //! For Mode::Add \a account is ignored (pass a null Account).
    AccountDialog(Mode mode, const Account &account, const Context &context,
                  QWidget *parent = nullptr);
    ~AccountDialog() override;

    Mode mode() const { return m_mode; }
    //! The account as the form describes it (a new uuid for Add and Duplicate).
    Account account() const;
    //! The secrets in the form. Do not log them.
    AccountConnection::Secrets secrets() const;
    //! Problems that keep the form from being saved, translated; empty when it can be.
    QStringList problems() const;

    //! Validates, writes the secrets, and closes once they are stored.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    //! The connection test ended; \a error is empty on success.
    void connectionTested(const MrAuth::Error &error);
    //! The stored secrets of the edited or duplicated account were loaded into the form.
    void secretsLoaded();

private:
    void buildForm();
    void load(const Account &account);
    void loadSecrets(const QUuid &account);
    void onRegionChanged(int index);
    void onDomainEdited(const QString &domain);
    void onAuthModeChanged();
    void onServiceChanged();
    void validateAccountId();
    void validateDomain();
    void validateEndpoint();
    void validateAzureAd();
    void testConnection();
    void finishTest(const Error &error, const AccessToken &token, int httpStatus,
                    const QString &requestCv, const QString &responseCv, qint64 latencyMs,
                    int attempts);
    void setBusy(bool busy, const QString &message = {});
    void writeSecrets();
    static void setHint(QLabel *hint, QLineEdit *edit, const QString &problem, const QString &ok);
    QLineEdit *secretEdit(const QString &objectName, const QString &accessibleName);

    Mode m_mode;
    Account m_original;
    QUuid m_uuid;
    Context m_context;
    QPointer<AccountConnection> m_testConnection;
    QPointer<TokenReply> m_testReply;
    int m_pendingWrites = 0;
    bool m_writeFailed = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_customServiceName = nullptr;
    QLineEdit *m_customServiceUrl = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLabel *m_accountIdHint = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_domain = nullptr;
    QLabel *m_domainHint = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointHint = nullptr;
    QLineEdit *m_caFile = nullptr;
    QComboBox *m_authMode = nullptr;
    QStackedWidget *m_authPages = nullptr;
    QLineEdit *m_primaryKey = nullptr;
    QLineEdit *m_secondaryKey = nullptr;
    QRadioButton *m_usePrimary = nullptr;
    QRadioButton *m_useSecondary = nullptr;
    QLineEdit *m_tenantId = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QComboBox *m_authorityHost = nullptr;
    QLineEdit *m_aadScope = nullptr;
    QLabel *m_aadHint = nullptr;
    QFormLayout *m_aadForm = nullptr;
    QCheckBox *m_autoRefresh = nullptr;
    QLabel *m_secretsStatus = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace MrAuth
