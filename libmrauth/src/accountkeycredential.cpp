#include <mrauth/accountkeycredential.h>

#include "secrets_p.h"

namespace MrAuth {

AccountKeyCredential::AccountKeyCredential(const QString &key) : m_key(key) {}

AccountKeyCredential::~AccountKeyCredential()
{
    wipe(m_key);
}

QString AccountKeyCredential::key() const
{
    QReadLocker locker(&m_lock);
    return m_key;
}

void AccountKeyCredential::update(const QString &key)
{
    QWriteLocker locker(&m_lock);
    wipe(m_key);
    m_key = key;
}

} // namespace MrAuth
