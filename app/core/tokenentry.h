#pragma once

#include "account.h"

#include <mrauth/accesstoken.h>
#include <mrauth/error.h>

#include <QDateTime>
#include <QObject>

#include <chrono>

namespace MrAuth {

//! What the token board knows about one account: its token, the last error, whether a fetch
//! is running. A value type; the state is computed for a given time.
struct TokenEntry
{
    Q_GADGET
public:
    enum class State {
        NotFetched,   //!< No token yet, no fetch, no error.
        Valid,        //!< The token is valid for longer than the warning threshold.
        ExpiringSoon, //!< The token expires within the warning threshold.
        Expired,      //!< The token has expired.
        Fetching,     //!< A fetch is running (it can be cancelled).
        Error,        //!< The last fetch failed (error holds why).
    };
    Q_ENUM(State)

    Account account;
    AccessToken token;
    //! The error of the last fetch, if it failed.
    MrAuth::Error error;
    bool fetching = false;
    //! When the current token arrived, UTC (by the board's clock).
    QDateTime lastRefresh;

    //! The state at \a now: Fetching, then Error, then what the token says.
    State stateAt(const QDateTime &now, std::chrono::seconds expiringSoonThreshold) const;
    //! Seconds until the token expires at \a now (negative once expired; 0 without a token).
    qint64 secondsLeftAt(const QDateTime &now) const;
    //! True when there is a token that has not expired at \a now.
    bool hasUsableTokenAt(const QDateTime &now) const;

    //! "Valid", "Expiring soon", …, translated.
    static QString stateName(State state);
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::TokenEntry)
