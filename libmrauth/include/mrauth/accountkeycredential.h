#pragma once

#include <mrauth/mrauth_export.h>

#include <QReadWriteLock>
#include <QString>

namespace MrAuth {

//! An account key for a Mixed Reality account (the seed's `AzureKeyCredential`).
//!
//! Holds the key so that it can be rotated with update() while clients keep using the same
//! credential object: the next request uses the new key. Thread-safe. The key is wiped from
//! memory when it is replaced and when the credential is destroyed.
class MRAUTH_EXPORT AccountKeyCredential
{
public:
    //! A credential holding \a key. An empty key is rejected when a client uses it.
    explicit AccountKeyCredential(const QString &key);
    ~AccountKeyCredential();
    AccountKeyCredential(const AccountKeyCredential &) = delete;
    AccountKeyCredential &operator=(const AccountKeyCredential &) = delete;

    //! The current key.
    QString key() const;
    //! Replaces the key, for key rotation (primary to secondary and back).
    void update(const QString &key);

private:
    mutable QReadWriteLock m_lock;
    QString m_key;
};

} // namespace MrAuth
