#include "tokenentry.h"

#include <QCoreApplication>

namespace MrAuth {

TokenEntry::State TokenEntry::stateAt(const QDateTime &now,
                                      std::chrono::seconds expiringSoonThreshold) const
{
    if (fetching)
        return State::Fetching;
    if (error.isError())
        return State::Error;
    if (token.isNull())
        return State::NotFetched;
    const qint64 left = secondsLeftAt(now);
    if (left <= 0)
        return State::Expired;
    if (left <= expiringSoonThreshold.count())
        return State::ExpiringSoon;
    return State::Valid;
}

qint64 TokenEntry::secondsLeftAt(const QDateTime &now) const
{
    if (token.isNull() || !token.expiresOn().isValid())
        return 0;
    return now.secsTo(token.expiresOn());
}

bool TokenEntry::hasUsableTokenAt(const QDateTime &now) const
{
    return !token.isNull() && secondsLeftAt(now) > 0;
}

QString TokenEntry::stateName(State state)
{
    switch (state) {
    case State::NotFetched:
        return QCoreApplication::translate("MrAuth::TokenEntry", "Not fetched");
    case State::Valid:
        return QCoreApplication::translate("MrAuth::TokenEntry", "Valid");
    case State::ExpiringSoon:
        return QCoreApplication::translate("MrAuth::TokenEntry", "Expiring soon");
    case State::Expired:
        return QCoreApplication::translate("MrAuth::TokenEntry", "Expired");
    case State::Fetching:
        return QCoreApplication::translate("MrAuth::TokenEntry", "Fetching…");
    case State::Error:
        return QCoreApplication::translate("MrAuth::TokenEntry", "Error");
    }
    return {};
}

} // namespace MrAuth
