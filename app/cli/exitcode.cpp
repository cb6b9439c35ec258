#include "exitcode.h"

namespace MrAuth {

ExitCode exitCodeFor(Error::Code code)
{
    switch (code) {
    case Error::Code::NoError:
        return ExitCode::Success;
    case Error::Code::InvalidArgument:
        return ExitCode::Usage;
    case Error::Code::InvalidRequest:
    case Error::Code::AuthenticationFailed:
    case Error::Code::Forbidden:
        return ExitCode::AuthenticationRejected;
    case Error::Code::AccountNotFound:
        return ExitCode::AccountNotFound;
    case Error::Code::HostNotFound:
    case Error::Code::ConnectionFailed:
    case Error::Code::TlsError:
    case Error::Code::InsecureRedirect:
    case Error::Code::Timeout:
        return ExitCode::Network;
    case Error::Code::InvalidResponse:
    case Error::Code::InvalidToken:
    case Error::Code::MissingExpiry:
        return ExitCode::InvalidResponse;
    case Error::Code::Throttled:
    case Error::Code::ServerError:
    case Error::Code::Canceled:
    case Error::Code::CredentialUnavailable:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

ExitCode exitCodeFor(SecretError::Code code)
{
    switch (code) {
    case SecretError::Code::NoError:
        return ExitCode::Success;
    case SecretError::Code::NotFound:
    case SecretError::Code::Unavailable:
    case SecretError::Code::AccessDenied:
    case SecretError::Code::Failed:
        return ExitCode::KeychainUnavailable;
    }
    return ExitCode::KeychainUnavailable;
}

} // namespace MrAuth
