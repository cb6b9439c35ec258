#pragma once

#include "account.h"
#include "clierror.h"

#include <QList>
#include <QString>

namespace MrAuth {

//! Finds the stored account a command names. Pure.
//!
//! A name matches an account's display name exactly, else case-insensitively when only one
//! account matches that way, else the account's uuid. Two accounts with the same name are an
//! error that asks for the uuid.
class AccountLookup
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::AccountLookup)
public:
    //! The account \a name refers to among \a accounts; a null Account and \a error
    //! (AccountNotFound, exit 4; or ambiguous, exit 2) when there is none.
    static Account find(const QList<Account> &accounts, const QString &name, CliError *error);
    //! The display names of \a accounts, in order.
    static QStringList names(const QList<Account> &accounts);
    //! True when another account than \a except is called \a name (case-insensitively).
    static bool isNameTaken(const QList<Account> &accounts, const QString &name,
                            const QUuid &except = {});
};

} // namespace MrAuth
