#pragma once

#include "clierror.h"
#include "exitcode.h"
#include "tokeninspection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace MrAuth {

//! How `mrauth decode` shows a token: header and claims, dates in UTC and relative to now,
//! and the validity that `--check` turns into the exit code. Pure.
class DecodeOutput
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::DecodeOutput)
public:
    //! Aligned sections "Header", "Claims" and a status line.
    static QString text(const QString &token, const QDateTime &now);
    //! {"header", "claims", "dates": {"exp": {"epoch", "utc", "relative"}, …}, "expiresOn",
    //! "expiresOnEpoch", "status", "valid"}, indented.
    static QString json(const QString &token, const QDateTime &now);
    //! "valid", "expired", "not-yet-valid", "no-expiry" or "malformed".
    static QString statusName(TokenInspection::Validity validity);
    //! The error for a token that is not a JWT (exit 6), or no error.
    static CliError malformedError(const TokenInspection &inspection);
    //! The exit code of `decode`: 6 for a malformed token; with \a check also 8 for expired
    //! or not-yet-valid tokens and 6 for tokens without an expiry; else success.
    static ExitCode exitCode(const TokenInspection &inspection, bool check);
    //! The error line for a failed --check, or no error.
    static CliError checkError(const TokenInspection &inspection, const QDateTime &now);
};

} // namespace MrAuth
