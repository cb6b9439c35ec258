#include <mrauth/accesstoken.h>

namespace MrAuth {

AccessToken::AccessToken(const QString &token, const QDateTime &expiresOn)
    : m_token(token), m_expiresOn(expiresOn.toUTC())
{}

bool AccessToken::isExpiredAt(const QDateTime &now) const
{
    return isNull() || !m_expiresOn.isValid() || now >= m_expiresOn;
}

QDateTime AccessToken::neverExpires()
{
    // The largest time every platform's time_t and JavaScript's Date can represent safely.
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
}

} // namespace MrAuth
