#pragma once

#include "aadservice.h"
#include "emulatoroptions.h"
#include "faultinjector.h"
#include "httphandler.h"
#include "requestlog.h"
#include "stsservice.h"
#include "tokensigner.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace MrAuth {

class AccountsFile;
class HttpServer;

//! The emulator: routes requests to the STS, Azure AD, managed identity and admin endpoints,
//! applies faults, and logs every request.
class Emulator : public QObject, public HttpHandler
{
    Q_OBJECT
public:
    explicit Emulator(const EmulatorOptions &options, QObject *parent = nullptr);
    ~Emulator() override;

    //! Loads the accounts and TLS material, listens, and prints the `listening on` lines. On
    //! failure returns false and sets \a error.
    bool start(QString *error);
    QUrl url() const;
    //! Stops listening and flushes the log.
    void stop();

    HttpResponse handle(const HttpRequest &request, const QHostAddress &peer) override;
    void completed(const HttpRequest &request, const HttpResponse &response,
                   const QHostAddress &peer, double latencyMs) override;

    //! The account id in an STS path (`/Accounts/{id}/token`, any case of "accounts"), or a
    //! null string when \a path is not an STS path.
    static QString stsAccountId(const QString &path);

private:
    const AccountsConfig &config() const;
    HttpResponse route(const HttpRequest &request, const QHostAddress &peer);
    HttpResponse admin(const HttpRequest &request, const QHostAddress &peer);
    HttpResponse faultResponse(const FaultInjector::Fault &fault, const QString &target) const;
    QString baseUrl(const HttpRequest &request) const;
    bool prepareAccounts(QString *error);

    EmulatorOptions m_options;
    TokenSigner m_signer;
    RequestLog m_log;
    FaultInjector m_faults;
    std::unique_ptr<AccountsFile> m_accounts;
    std::unique_ptr<StsService> m_sts;
    std::unique_ptr<AadService> m_aad;
    std::unique_ptr<HttpServer> m_server;
    QString m_identityHeader;
    QString m_schemeHostPort;
};

} // namespace MrAuth
