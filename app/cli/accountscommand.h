#pragma once

#include "clierror.h"
#include "commandline.h"

#include <QObject>

#include <memory>

namespace MrAuth {

class AccountStore;
class SecretStore;

//! Runs `mrauth accounts list|show|add|edit|remove` on the app's account list and keychain.
//! Secrets are written before the metadata is saved and deleted before it is removed, so
//! that a keychain failure (exit 7) leaves everything as it was. Lives in the main thread.
class AccountsCommand : public QObject
{
    Q_OBJECT
public:
    AccountsCommand(const CommandLine &line, QObject *parent = nullptr);
    ~AccountsCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool loadAccounts();
    void list();
    void show();
    void addOrEdit(bool isNew);
    void remove();
    void fail(const CliError &error);
    void finish(ExitCode code);
    void notice(const QString &text);

    CommandLine m_line;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SecretStore> m_secrets;
    bool m_finished = false;
};

} // namespace MrAuth
