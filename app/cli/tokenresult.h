#pragma once

#include "account.h"
#include "clierror.h"

#include <mrauth/accesstoken.h>

#include <QString>
#include <QUrl>

namespace MrAuth {

//! The outcome of getting a token for one account: the token and its exchange details, or
//! the error. A value type.
struct TokenResult
{
    //! The stored account's name; empty for an ad-hoc account.
    QString name;
    //! The account as used (stored metadata with overrides, or the ad-hoc fields).
    Account account;
    //! The STS endpoint the request went (or would go) to.
    QUrl endpoint;
    AccessToken token;
    //! Set when getting the token failed.
    CliError error;
    //! X-MRC-CV of the last request, MS-CV of its response (empty when none).
    QString requestCorrelationVector;
    QString responseCorrelationVector;

    bool isSuccess() const { return !error.isError() && !token.isNull(); }
};

} // namespace MrAuth
