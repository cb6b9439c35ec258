#include "accountlookup.h"

namespace MrAuth {

QStringList AccountLookup::names(const QList<Account> &accounts)
{
    QStringList result;
    for (const Account &account : accounts)
        result.append(account.displayName());
    return result;
}

bool AccountLookup::isNameTaken(const QList<Account> &accounts, const QString &name,
                                const QUuid &except)
{
    for (const Account &account : accounts) {
        if (account.uuid() != except &&
            account.displayName().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Account AccountLookup::find(const QList<Account> &accounts, const QString &name, CliError *error)
{
    for (Qt::CaseSensitivity sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        QList<Account> matches;
        for (const Account &account : accounts) {
            if (account.displayName().compare(name, sensitivity) == 0)
                matches.append(account);
        }
        if (matches.size() == 1)
            return matches.constFirst();
        if (matches.size() > 1) {
            if (error) {
                QStringList uuids;
                for (const Account &account : std::as_const(matches))
                    uuids.append(account.uuid().toString(QUuid::WithoutBraces));
                *error = CliError(
                    QStringLiteral("UsageError"),
                    tr("%n accounts are named '%1'.", nullptr, int(matches.size())).arg(name),
                    ExitCode::Usage,
                    tr("Name one by its id instead: %1.").arg(uuids.join(QStringLiteral(", "))));
            }
            return {};
        }
    }
    const QUuid uuid = QUuid::fromString(name.trimmed());
    if (!uuid.isNull()) {
        for (const Account &account : accounts) {
            if (account.uuid() == uuid)
                return account;
        }
    }
    if (error)
        *error = CliError::unknownAccount(name, names(accounts));
    return {};
}

} // namespace MrAuth
