#include "storedaccounts.h"

#include "keychainsecretstore.h"

namespace MrAuth {

bool StoredAccounts::open(std::unique_ptr<AccountStore> *accounts,
                          std::unique_ptr<SecretStore> *secrets, CliError *error, QString *warning)
{
    *accounts = std::make_unique<AccountStore>(AccountStore::defaultFilePath());
    (*accounts)->setWatching(false);
    const AccountStoreReport report = (*accounts)->load();
    if (report.outcome == AccountStoreReport::Outcome::Failed) {
        *error = CliError(QStringLiteral("AccountStoreError"), report.summary(), ExitCode::Failure);
        return false;
    }
    warning->clear();
    if (report.isProblem())
        *warning = tr("Warning: %1").arg(report.summary().simplified());
    *secrets = std::make_unique<KeychainSecretStore>();
    return true;
}

} // namespace MrAuth
