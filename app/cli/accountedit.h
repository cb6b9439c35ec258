#pragma once

#include "account.h"
#include "clierror.h"
#include "commandline.h"

#include <QList>

namespace MrAuth {

//! What `mrauth accounts add` or `edit` was asked to do: the account after the changes and
//! the secrets to read from stdin. Built by a pure function; the options mirror the fields of
//! the app's account dialog.
struct AccountEdit
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::AccountEdit)
public:
    //! The account as it will be saved.
    Account account;
    //! Read one line from stdin for the key of keySlotForKey (then, if set, one line for the
    //! client secret).
    bool readKeyFromStdin = false;
    Account::KeySlot keySlotForKey = Account::KeySlot::Primary;
    bool readClientSecretFromStdin = false;
    //! The field names changed (for edit's confirmation), e.g. "account domain".
    QStringList changedFields;

    //! Applies the options of \a line (`accounts add` when \a base is null, else `accounts
    //! edit` of \a base) among the stored \a accounts. Sets \a error (exit 2) on a problem.
    static AccountEdit fromCommandLine(const CommandLine &line, const Account &base,
                                       const QList<Account> &accounts, CliError *error);
};

} // namespace MrAuth
