// AccountDialog on its own: the Azure AD fields per mode, what keeps the form from being
// saved, a keychain that refuses the secrets (the dialog stays open, nothing is lost), the
// secrets it writes and deletes, and a connection test that fails with both CVs.
#include "accountdialog.h"
#include "apptesthelpers.h"
#include "emulatorprocess.h"
#include "memorysecretstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;

namespace {
class RefusingSecretStore : public SecretStore
{
public:
    bool isPersistent() const override { return true; }
    QString location() const override { return QStringLiteral("the refusing keychain"); }

protected:
    void run(SecretJob *job) override
    {
        if (job->operation() == SecretJob::Operation::Write)
            complete(job, SecretError(SecretError::Code::Unavailable,
                                      QStringLiteral("The keyring is locked.")));
        else
            complete(job, {});
    }
};

void select(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}
} // namespace

class TestAccountDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void azureAdFieldsFollowTheMode();
    void problemsKeepTheFormOpen();
    void refusedSecretsKeepTheFormOpen();
    void secretsWrittenAndDeleted();
    void failedTestShowsBothCorrelationVectors();

private:
    void fillValid(AccountDialog &dialog, const QString &key);
    EmulatorProcess m_emulator;
};

void TestAccountDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestAccountDialog::fillValid(AccountDialog &dialog, const QString &key)
{
    const Account account = AppTest::emulatorAccount(m_emulator);
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Test"));
    dialog.findChild<QLineEdit *>(QStringLiteral("accountIdEdit"))->setText(account.accountId());
    dialog.findChild<QLineEdit *>(QStringLiteral("accountDomainEdit"))
        ->setText(account.accountDomain());
    dialog.findChild<QLineEdit *>(QStringLiteral("stsEndpointEdit"))
        ->setText(m_emulator.url().toString());
    dialog.findChild<QLineEdit *>(QStringLiteral("caCertificateEdit"))
        ->setText(m_emulator.caCertificatePath());
    dialog.findChild<QLineEdit *>(QStringLiteral("primaryKeyEdit"))->setText(key);
}

void TestAccountDialog::azureAdFieldsFollowTheMode()
{
    MemorySecretStore secrets;
    AccountDialog::Context context;
    context.secrets = &secrets;
    AccountDialog dialog(AccountDialog::Mode::Add, Account(), context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("authModeCombo"));
    auto *tenant = dialog.findChild<QLineEdit *>(QStringLiteral("tenantIdEdit"));
    auto *client = dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"));
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"));
    auto *primary = dialog.findChild<QLineEdit *>(QStringLiteral("primaryKeyEdit"));
    QVERIFY(primary->isVisible() && !tenant->isVisible());

    select(mode, int(Account::AuthMode::ClientSecret));
    QVERIFY(tenant->isVisible() && client->isVisible() && secret->isVisible() &&
            !primary->isVisible());
    select(mode, int(Account::AuthMode::DeviceCode));
    QVERIFY(tenant->isVisible() && client->isVisible() && !secret->isVisible());
    select(mode, int(Account::AuthMode::AzureCli));
    QVERIFY(tenant->isVisible() && !client->isVisible());

    select(mode, int(Account::AuthMode::ClientSecret));
    tenant->setText(QStringLiteral("contoso.onmicrosoft.com"));
    client->setText(QStringLiteral("0E4B1C5A-7D2F-4A63-9E81-3F5C2B7A9D60"));
    secret->setText(QStringLiteral("s3cret"));
    const Account account = dialog.account();
    QCOMPARE(account.authMode(), Account::AuthMode::ClientSecret);
    QCOMPARE(account.clientId(), QStringLiteral("0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60"));
    QCOMPARE(account.tenantId(), QStringLiteral("contoso.onmicrosoft.com"));
    QVERIFY(account.authorityHost().isEmpty()); // the public cloud default
    QCOMPARE(dialog.secrets().clientSecret, QStringLiteral("s3cret"));
    QVERIFY(dialog.secrets().accountKey.isEmpty());
}

void TestAccountDialog::problemsKeepTheFormOpen()
{
    MemorySecretStore secrets;
    AccountDialog::Context context;
    context.secrets = &secrets;
    AccountDialog dialog(AccountDialog::Mode::Add, Account(), context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>(QStringLiteral("accountIdEdit"))
        ->setText(QStringLiteral("not-a-guid"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    const QString problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text();
    QVERIFY2(problems.contains(QStringLiteral("name")) &&
                 problems.contains(QStringLiteral("GUID")) &&
                 problems.contains(QStringLiteral("primary key")),
             qPrintable(problems));
    QCOMPARE(QApplication::focusWidget(),
             dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")));
    QCOMPARE(secrets.count(), 0);
}

void TestAccountDialog::refusedSecretsKeepTheFormOpen()
{
    RefusingSecretStore secrets;
    AccountDialog::Context context;
    context.secrets = &secrets;
    AccountDialog dialog(AccountDialog::Mode::Add, Account(), context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillValid(dialog, AppTest::emulatorKey());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QTRY_VERIFY(problems->text().contains(QStringLiteral("was not saved")));
    QVERIFY(problems->text().contains(QStringLiteral("locked")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.size(), 0);
    // The form is usable again, with what the user typed.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("primaryKeyEdit"))->text(),
             AppTest::emulatorKey());
}

void TestAccountDialog::secretsWrittenAndDeleted()
{
    MemorySecretStore secrets;
    AccountDialog::Context context;
    context.secrets = &secrets;
    AccountDialog dialog(AccountDialog::Mode::Add, Account(), context);
    dialog.show();
    fillValid(dialog, AppTest::emulatorKey());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(secrets.count(), 1); // the primary key only: no empty entries

    // Switched to Azure AD: the keys go, the client secret comes.
    Account saved = dialog.account();
    AccountDialog edit(AccountDialog::Mode::Edit, saved, context);
    edit.show();
    QSignalSpy loaded(&edit, &AccountDialog::secretsLoaded);
    QVERIFY(loaded.wait(5000));
    select(edit.findChild<QComboBox *>(QStringLiteral("authModeCombo")),
           int(Account::AuthMode::ClientSecret));
    edit.findChild<QLineEdit *>(QStringLiteral("tenantIdEdit"))
        ->setText(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
    edit.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
        ->setText(QStringLiteral("0e4b1c5a-7d2f-4a63-9e81-3f5c2b7a9d60"));
    edit.findChild<QLineEdit *>(QStringLiteral("clientSecretEdit"))
        ->setText(QStringLiteral("client-secret"));
    QSignalSpy editAccepted(&edit, &QDialog::accepted);
    QTest::mouseClick(edit.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    QVERIFY(editAccepted.wait(5000));
    QCOMPARE(edit.account().uuid(), saved.uuid());
    QCOMPARE(secrets.count(), 1);
    SecretJob *read = secrets.readSecret(saved.uuid(), SecretKind::ClientSecret);
    QSignalSpy done(read, &SecretJob::finished);
    QString value;
    connect(read, &SecretJob::finished, this, [&value](SecretJob *job) { value = job->secret(); });
    QVERIFY(done.wait(5000));
    QCOMPARE(value, QStringLiteral("client-secret"));
}

void TestAccountDialog::failedTestShowsBothCorrelationVectors()
{
    MemorySecretStore secrets;
    AccountDialog::Context context;
    context.secrets = &secrets;
    context.connectionOptions.sts.retryPolicy = RetryPolicy::none();
    AccountDialog dialog(AccountDialog::Mode::Add, Account(), context);
    dialog.show();
    fillValid(dialog, QStringLiteral("d3Jvbmcta2V5"));
    QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton")),
                      Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    const Error error = tested.first().first().value<Error>();
    QCOMPARE(error.code(), Error::Code::AuthenticationFailed);
    const QString result = dialog.findChild<QLabel *>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(result.contains(QStringLiteral("AuthenticationFailed")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("HTTP status: 401")));
    QVERIFY(result.contains(error.requestCorrelationVector()));
    QVERIFY(result.contains(error.responseCorrelationVector()));
    QVERIFY(!result.contains(QStringLiteral("d3Jvbmcta2V5")));
    QCOMPARE(secrets.count(), 0); // testing stores nothing
}

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
