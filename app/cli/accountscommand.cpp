#include "accountscommand.h"

#include "accountedit.h"
#include "accountlookup.h"
#include "accountsoutput.h"
#include "accountstore.h"
#include "console.h"
#include "secretbatch.h"
#include "secretinput.h"
#include "storedaccounts.h"

#include <QLocale>
#include <QLoggingCategory>

namespace MrAuth {

Q_LOGGING_CATEGORY(lcCliAccounts, "mrauth.cli.accounts", QtWarningMsg)

AccountsCommand::AccountsCommand(const CommandLine &line, QObject *parent)
    : QObject(parent), m_line(line)
{}

AccountsCommand::~AccountsCommand() = default;

void AccountsCommand::notice(const QString &text)
{
    if (!m_line.isQuiet())
        Console::errLine(text);
}

void AccountsCommand::fail(const CliError &error)
{
    Console::errLine(error.toLine());
    finish(error.exitCode());
}

void AccountsCommand::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(toInt(code));
}

bool AccountsCommand::loadAccounts()
{
    CliError error;
    QString warning;
    if (!StoredAccounts::open(&m_accounts, &m_secrets, &error, &warning)) {
        fail(error);
        return false;
    }
    if (!warning.isEmpty())
        notice(warning);
    return true;
}

void AccountsCommand::start()
{
    if (!loadAccounts())
        return;
    const QString command = m_line.commandPath().value(1);
    if (command == QLatin1String("list"))
        list();
    else if (command == QLatin1String("show"))
        show();
    else if (command == QLatin1String("add"))
        addOrEdit(true);
    else if (command == QLatin1String("edit"))
        addOrEdit(false);
    else if (command == QLatin1String("remove"))
        remove();
}

void AccountsCommand::list()
{
    const QList<Account> accounts = m_accounts->accounts();
    const QString format = m_line.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        Console::out(AccountsOutput::json(accounts));
    } else if (format == QLatin1String("names")) {
        Console::out(AccountsOutput::names(accounts));
    } else if (accounts.isEmpty()) {
        notice(tr("No account is stored yet. Add one with:\n"
                  "  printf '%s\\n' \"$KEY\" | mrauth accounts add NAME --account-id ID "
                  "--account-domain DOMAIN --key-stdin"));
    } else {
        Console::out(AccountsOutput::table(accounts));
    }
    finish(ExitCode::Success);
}

void AccountsCommand::show()
{
    CliError error;
    const Account account =
        AccountLookup::find(m_accounts->accounts(), m_line.positionalArguments().value(0), &error);
    if (account.isNull()) {
        fail(error);
        return;
    }
    auto *reads = new SecretBatch(m_secrets.get(), account.uuid(), this);
    const QList<SecretKind> kinds = AccountsOutput::reportedSecrets(account);
    for (SecretKind kind : kinds)
        reads->read(kind);
    connect(reads, &SecretBatch::finished, this, [this, reads, account, kinds] {
        AccountsOutput::SecretStates states;
        QString problem;
        for (SecretKind kind : kinds) {
            const SecretBatch::Outcome outcome = reads->outcome(kind);
            AccountsOutput::SecretState state = AccountsOutput::SecretState::Stored;
            if (outcome.error.code() == SecretError::Code::NotFound) {
                state = AccountsOutput::SecretState::Missing;
            } else if (outcome.error.isError()) {
                state = AccountsOutput::SecretState::Unknown;
                problem = outcome.error.message();
            }
            states.append({kind, state});
        }
        reads->deleteLater();
        if (!problem.isEmpty())
            notice(tr("Warning: the keychain could not be read: %1").arg(problem.simplified()));
        if (m_line.value(QStringLiteral("format")) == QLatin1String("json"))
            Console::out(AccountsOutput::showJson(account, states));
        else
            Console::out(AccountsOutput::showText(account, states));
        finish(ExitCode::Success);
    });
    reads->start();
}

void AccountsCommand::addOrEdit(bool isNew)
{
    const QStringList path{QStringLiteral("accounts"),
                           isNew ? QStringLiteral("add") : QStringLiteral("edit")};
    Account base;
    CliError error;
    if (!isNew) {
        base = AccountLookup::find(m_accounts->accounts(), m_line.positionalArguments().value(0),
                                   &error);
        if (base.isNull()) {
            fail(error);
            return;
        }
    }
    const AccountEdit edit =
        AccountEdit::fromCommandLine(m_line, base, m_accounts->accounts(), &error);
    if (error.isError()) {
        fail(error);
        return;
    }

    const SecretKind keyKind = edit.keySlotForKey == Account::KeySlot::Primary
                                   ? SecretKind::PrimaryKey
                                   : SecretKind::SecondaryKey;
    QString key;
    QString clientSecret;
    QString readError;
    if (edit.readKeyFromStdin &&
        !SecretInput::readLine(secretKindDisplayName(keyKind), &key, &readError)) {
        fail(CliError::usage(readError, path));
        return;
    }
    if (edit.readClientSecretFromStdin &&
        !SecretInput::readLine(secretKindDisplayName(SecretKind::ClientSecret), &clientSecret,
                               &readError)) {
        key.fill(u'\0');
        fail(CliError::usage(readError, path));
        return;
    }

    auto *writes = new SecretBatch(m_secrets.get(), edit.account.uuid(), this);
    QList<SecretKind> written;
    if (edit.readKeyFromStdin) {
        writes->write(keyKind, key);
        written.append(keyKind);
    }
    if (edit.readClientSecretFromStdin) {
        writes->write(SecretKind::ClientSecret, clientSecret);
        written.append(SecretKind::ClientSecret);
    }
    key.fill(u'\0');
    clientSecret.fill(u'\0');

    connect(writes, &SecretBatch::finished, this, [this, writes, edit, isNew, written] {
        writes->deleteLater();
        const CliError::AccountContext context{edit.account.displayName(),
                                               edit.account.usesAzureAd()};
        if (const SecretBatch::Outcome *failure = writes->firstFailure()) {
            qCDebug(lcCliAccounts) << "keychain write failed; the account list is unchanged";
            fail(CliError::fromSecretError(failure->error, failure->kind, context));
            return;
        }
        const bool saved = isNew ? m_accounts->add(edit.account) : m_accounts->update(edit.account);
        if (!saved) {
            const QString message = m_accounts->errorString();
            if (isNew && !written.isEmpty()) {
                // Take the secrets back out: no account refers to them.
                auto *cleanup = new SecretBatch(m_secrets.get(), edit.account.uuid(), this);
                for (SecretKind kind : written)
                    cleanup->remove(kind);
                connect(cleanup, &SecretBatch::finished, this, [this, cleanup, message] {
                    cleanup->deleteLater();
                    fail(CliError(QStringLiteral("AccountStoreError"), message, ExitCode::Failure));
                });
                cleanup->start();
                return;
            }
            fail(CliError(QStringLiteral("AccountStoreError"), message, ExitCode::Failure));
            return;
        }
        QStringList stored;
        for (SecretKind kind : written)
            stored.append(secretKindDisplayName(kind));
        // Whole sentences with a locale-aware list ("a and b"), never pieces glued together.
        const QString storedList = QLocale().createSeparatedList(stored);
        const QString name = edit.account.displayName();
        if (isNew) {
            notice(stored.isEmpty() ? tr("Added '%1'.").arg(name)
                                    : tr("Added '%1'; %2 stored in %3.")
                                          .arg(name, storedList, m_secrets->location()));
            if (edit.account.authMode() == Account::AuthMode::AccountKey && written.isEmpty()) {
                notice(tr("No key is stored yet; store it with: printf '%s\\n' \"$KEY\" | "
                          "mrauth accounts edit '%1' --key-stdin")
                           .arg(edit.account.displayName()));
            } else if (edit.account.authMode() == Account::AuthMode::ClientSecret &&
                       written.isEmpty()) {
                notice(tr("No client secret is stored yet; store it with: mrauth accounts edit "
                          "'%1' --client-secret-stdin")
                           .arg(edit.account.displayName()));
            }
        } else {
            const QString changed = QLocale().createSeparatedList(edit.changedFields);
            notice(stored.isEmpty() ? tr("Updated '%1' (%2).").arg(name, changed)
                                    : tr("Updated '%1' (%2); %3 stored in %4.")
                                          .arg(name, changed, storedList, m_secrets->location()));
        }
        finish(ExitCode::Success);
    });
    writes->start();
}

void AccountsCommand::remove()
{
    CliError error;
    const Account account =
        AccountLookup::find(m_accounts->accounts(), m_line.positionalArguments().value(0), &error);
    if (account.isNull()) {
        fail(error);
        return;
    }
    auto *deletes = new SecretBatch(m_secrets.get(), account.uuid(), this);
    for (SecretKind kind : allSecretKinds())
        deletes->remove(kind);
    connect(deletes, &SecretBatch::finished, this, [this, deletes, account] {
        deletes->deleteLater();
        if (const SecretBatch::Outcome *failure = deletes->firstFailure()) {
            CliError keychainError = CliError::fromSecretError(
                failure->error, failure->kind, {account.displayName(), account.usesAzureAd()});
            Console::errLine(keychainError.toLine());
            notice(tr("'%1' was not removed, so that its secrets are not left behind in the "
                      "keychain.")
                       .arg(account.displayName()));
            finish(keychainError.exitCode());
            return;
        }
        if (!m_accounts->remove(account.uuid())) {
            fail(CliError(QStringLiteral("AccountStoreError"), m_accounts->errorString(),
                          ExitCode::Failure));
            return;
        }
        notice(tr("Removed '%1' and its secrets.").arg(account.displayName()));
        finish(ExitCode::Success);
    });
    deletes->start();
}

} // namespace MrAuth
