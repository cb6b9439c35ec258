#pragma once

// What AzureCliCredential knows about the Azure CLI, as pure functions.

#include <mrauth/accesstoken.h>
#include <mrauth/error.h>
#include <mrauth/mrauth_export.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! `account get-access-token --scope {scope} --output json [--tenant {tenantId}]`.
MRAUTH_EXPORT QStringList azureCliArguments(const QString &scope, const QString &tenantId);

//! The token in the JSON the CLI prints: `accessToken`, expiring at `expires_on` (POSIX
//! seconds, CLI 2.54 and later) or else at `expiresOn` (local time, `2023-10-31 21:59:10.000000`).
//! Sets \a error to InvalidResponse or MissingExpiry; the message never quotes the output,
//! which holds the token.
MRAUTH_EXPORT AccessToken parseAzureCliOutput(const QByteArray &output, Error *error);

//! The error for a CLI run that exited with \a exitCode and printed \a standardError:
//! CredentialUnavailable when it is not logged in (it asks for `az login`), else
//! AuthenticationFailed with the CLI's own words.
MRAUTH_EXPORT Error azureCliFailure(int exitCode, const QByteArray &standardError);

} // namespace MrAuth
