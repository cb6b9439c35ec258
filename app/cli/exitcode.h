#pragma once

#include "secreterror.h"

#include <mrauth/error.h>

namespace MrAuth {

//! The exit codes of `mrauth`, a contract that scripts rely on (docs/cli.md).
enum class ExitCode {
    Success = 0,
    Failure = 1,                //!< Anything else (throttled, server error, clipboard, …).
    Usage = 2,                  //!< Bad command line or invalid input values.
    AuthenticationRejected = 3, //!< HTTP 400, 401 or 403 (STS or Azure AD).
    AccountNotFound = 4,        //!< HTTP 404, or an unknown account NAME.
    Network = 5,                //!< DNS, connection, TLS, insecure redirect or timeout.
    InvalidResponse = 6,        //!< A response (or token) that is not what the protocol says.
    KeychainUnavailable = 7,    //!< The keychain cannot be used, or lacks the account's secret.
    TokenNotValid = 8,          //!< `decode --check`: expired or not yet valid.
};

//! The exit code of a failed STS or Azure AD operation.
ExitCode exitCodeFor(Error::Code code);
//! The exit code of a failed keychain operation.
ExitCode exitCodeFor(SecretError::Code code);
//! The number the process exits with.
inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace MrAuth
