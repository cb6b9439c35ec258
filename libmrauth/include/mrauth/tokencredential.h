#pragma once

#include <mrauth/mrauth_export.h>
#include <mrauth/tokenreply.h>

#include <QObject>
#include <QStringList>

namespace MrAuth {

//! The asynchronous credential interface (Azure Core's `TokenCredential`, for Qt).
//!
//! Implementations hand out tokens for a list of scopes through a TokenReply. Azure AD
//! credentials, static tokens and MixedRealityTokenCredential implement it. A credential lives
//! in one thread and is used from that thread.
class MRAUTH_EXPORT TokenCredential : public QObject
{
    Q_OBJECT
public:
    explicit TokenCredential(QObject *parent = nullptr);
    ~TokenCredential() override;

    //! Starts getting a token for \a scopes. Never returns null. The caller owns the reply; its
    //! finished() fires exactly once, never before this function returns.
    virtual TokenReply *getToken(const QStringList &scopes) = 0;
};

} // namespace MrAuth
