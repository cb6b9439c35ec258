#pragma once

#include "account.h"
#include "clierror.h"
#include "commandline.h"
#include "tokenoutput.h"

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

namespace MrAuth {

//! What `mrauth token` was asked to do, checked: which account (stored, all, or ad hoc),
//! where its secret comes from, the output and the network limits. Built by a pure function
//! from the command line and the environment; reading stdin and the keychain comes later.
struct TokenRequest
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::TokenRequest)
public:
    enum class Target { StoredAccount, AllStoredAccounts, AdHocAccount };

    Target target = Target::StoredAccount;
    //! For StoredAccount: the name (or uuid) given.
    QString accountName;
    //! For AdHocAccount: the account built from the options and environment (not stored).
    Account adHocAccount;

    //! For stored accounts: the key to use instead of the account's choice.
    std::optional<Account::KeySlot> keySlotOverride;
    //! For stored accounts: --endpoint replaces the account's endpoint.
    QUrl endpointOverride;
    //! --ca-file (or MIXEDREALITY_CA_FILE for ad-hoc accounts): an extra trusted CA.
    QString caFile;

    //! Ad hoc: read the key (then the client secret) from one line of stdin each.
    bool readKeyFromStdin = false;
    bool readClientSecretFromStdin = false;
    //! Ad hoc: the secret taken from MIXEDREALITY_ACCOUNT_KEY / AZURE_CLIENT_SECRET.
    QString keyFromEnvironment;
    QString clientSecretFromEnvironment;

    TokenOutput::Format format = TokenOutput::Format::Token;
    bool copy = false;
    //! --clear-after; unset: the app's clipboard setting.
    std::optional<int> clearAfterSeconds;
    //! --timeout in milliseconds; unset: the library's per-try timeout only.
    std::optional<qint64> timeoutMs;
    //! --retries; unset: the library's default.
    std::optional<int> retries;

    //! The request for \a line (the `token` command) in \a environment. On a usage problem
    //! returns a request and sets \a error (exit code 2).
    static TokenRequest fromCommandLine(const CommandLine &line,
                                        const QProcessEnvironment &environment, CliError *error);

    //! Parses a number of seconds (fractions allowed) between \a minimum and \a maximum into
    //! milliseconds; nullopt when \a text is not such a number.
    static std::optional<qint64> parseSeconds(const QString &text, double minimum, double maximum);
};

} // namespace MrAuth
