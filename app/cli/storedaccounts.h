#pragma once

#include "accountstore.h"
#include "clierror.h"
#include "secretstore.h"

#include <QCoreApplication>

#include <memory>

namespace MrAuth {

//! The desktop app's account list and keychain, opened for one command of the CLI.
class StoredAccounts
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::StoredAccounts)

public:
    //! Reads the account list (not watched: a command is short) and opens the keychain. False
    //! when the list cannot be read at all (\a error says why); a list that was damaged and
    //! repaired loads with a one-line \a warning.
    static bool open(std::unique_ptr<AccountStore> *accounts, std::unique_ptr<SecretStore> *secrets,
                     CliError *error, QString *warning);
};

} // namespace MrAuth
