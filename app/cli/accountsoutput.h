#pragma once

#include "account.h"
#include "secretkind.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace MrAuth {

//! How `mrauth accounts list` and `accounts show` print accounts. Pure.
class AccountsOutput
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::AccountsOutput)
public:
    //! Whether a secret is in the keychain, as `accounts show` reports it.
    enum class SecretState { Stored, Missing, Unknown };
    using SecretStates = QList<QPair<SecretKind, SecretState>>;

    //! The secrets worth reporting for \a account: both keys for account-key accounts, the
    //! client secret, or the refresh token of user sign-ins.
    static QList<SecretKind> reportedSecrets(const Account &account);

    //! Aligned columns with a header line: NAME, SERVICE, AUTH, ACCOUNT ID, DOMAIN, ENDPOINT.
    static QString table(const QList<Account> &accounts);
    //! The accounts' metadata as the app stores it (Account::toJson()), an indented array.
    static QString json(const QList<Account> &accounts);
    //! One name per line.
    static QString names(const QList<Account> &accounts);

    //! `accounts show` as "Label: value" lines.
    static QString showText(const Account &account, const SecretStates &secrets);
    //! Account::toJson() plus a "secrets" object {"primary-key": "stored", …}.
    static QString showJson(const Account &account, const SecretStates &secrets);
    //! "stored", "missing", "unknown".
    static QString stateName(SecretState state);
    //! The account's authentication for people, e.g. "Account key (primary key)".
    static QString authenticationText(const Account &account);
};

} // namespace MrAuth
