#pragma once

#include "accountsconfig.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QHash>
#include <QString>

#include <functional>

namespace MrAuth {

class TokenSigner;

//! The Mixed Reality STS: `GET /Accounts/{id}/token` (protocol sections 1-3). No I/O: a
//! request in, a response out.
//!
//! Signing a token costs about a millisecond (RSA-2048), too slow for thousands of requests
//! per second on two cores. So a token minted for an account and a principal is reused for
//! further requests of the same principal within the same second: its `iat`, `nbf` and `exp`
//! would be the same anyway; only `jti` is shared.
class StsService
{
public:
    static constexpr const char *supportedApiVersion = "2019-02-28-preview";

    //! \a config and \a signer must outlive the service.
    StsService(const std::function<const AccountsConfig &()> &config, const TokenSigner *signer);

    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    //! Forgets cached tokens (after the accounts change).
    void clearCache() { m_cache.clear(); }

    //! Answers a token request for \a accountId (the path segment).
    HttpResponse handle(const HttpRequest &request, const QString &accountId);

    //! The headers of every STS response, with a new server MS-CV.
    static HttpResponse baseResponse(int status);
    //! `https://sts.mixedreality.azure.com`: the resource of the default AAD scope.
    static QString globalResource();

private:
    HttpResponse error(int status, const QByteArray &header, const QString &message) const;
    QString mint(const AccountsConfig::Account &account, const QString &tenantId,
                 const QString &principal, bool owner);

    std::function<const AccountsConfig &()> m_config;
    const TokenSigner *m_signer;
    int m_tokenLifetime = 86400;
    qint64 m_cacheSecond = -1;
    QHash<QString, QString> m_cache;
};

} // namespace MrAuth
