#pragma once

// What the end-to-end tests of the Azure AD credentials share: the emulator's accounts (one
// tenant with service principals, a public client, users and managed identities, and roles on
// one Mixed Reality account), options pointing a credential at the emulator, and a test
// "browser" that follows the authorize redirect to the loopback listener.

#include "emulatorprocess.h"

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/tokenreply.h>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace MrAuth {

namespace AadTest {

inline const QString tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
inline const QString otherTenantId = QStringLiteral("3b7e1c2d-0a9f-4e6b-8c5d-2f1a0b9c8d7e");
inline const QString accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
inline const QString accountDomain = QStringLiteral("eastus.mixedreality.azure.com");
inline const QString accountKey = QStringLiteral("emulator-primary-key-0123456789");

//! A service principal with the Owner role on the account. Its secret has characters that a
//! careless form encoding would break.
inline const QString ownerClientId = QStringLiteral("1d3a4c5e-6f70-4812-93a4-b5c6d7e8f901");
inline const QString ownerSecret = QStringLiteral("Own3r~Secr3t+with&odd=chars%2B");
//! A service principal without any role.
inline const QString noRoleClientId = QStringLiteral("2e4b5d6f-7081-4923-a4b5-c6d7e8f90a12");
inline const QString noRoleSecret = QStringLiteral("NoRoleSecret-0987654321");
//! The public client for user sign-in.
inline const QString publicClientId = QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
inline const QString userName = QStringLiteral("alice@contoso.com");
inline const QString userObjectId = QStringLiteral("5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c");
//! The system-assigned managed identity (first) and a user-assigned one.
inline const QString systemIdentityClientId =
    QStringLiteral("6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d");
inline const QString systemIdentityObjectId =
    QStringLiteral("7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e");
inline const QString userIdentityClientId = QStringLiteral("8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f");
inline const QString userIdentityObjectId = QStringLiteral("9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a");

//! The accounts file: the tenant above, the account, and roles for the owner principal, the
//! user and the system-assigned identity (not the user-assigned one, not the no-role principal).
QJsonObject accounts();

//! Starts \a emulator with accounts() and a one-second device-code interval.
bool startEmulator(EmulatorProcess &emulator, QString *error);

//! Options for a credential that talks to \a emulator: its URL as authority host, its CA.
AzureCredentialOptions emulatorOptions(const EmulatorProcess &emulator);

//! How many requests the emulator logged whose path (with query) contains \a fragment.
int requestCount(EmulatorProcess &emulator, const QString &fragment);

//! Waits for \a reply to finish; false on timeout.
bool waitForFinished(TokenReply *reply, int timeoutMs = 15000);

//! The `aud` claim of \a token, without trailing slashes.
QString audienceOf(const QString &token);
//! A string claim of \a token.
QString claimOf(const QString &token, const QString &claim);

//! A fake Azure CLI: an `az` shell script in a temporary directory that is put first on PATH
//! while the object lives. The script records its arguments and counts its runs.
class FakeAzureCli
{
public:
    FakeAzureCli();
    ~FakeAzureCli();
    FakeAzureCli(const FakeAzureCli &) = delete;
    FakeAzureCli &operator=(const FakeAzureCli &) = delete;

    bool isValid() const { return m_directory.isValid(); }
    //! Writes `az` to run \a body (sh) after recording its arguments.
    bool write(const QByteArray &body);
    //! Writes `az` to print \a output.
    bool writePrinting(const QJsonObject &output);
    //! Leaves no `az` at all, and nothing else on PATH.
    void hideEverything();
    QStringList recordedArguments() const;
    int runs() const;
    QString directory() const { return m_directory.path(); }

private:
    QTemporaryDir m_directory;
    QByteArray m_originalPath;
};

//! Plays the browser of an authorization-code sign-in: GETs the authorize URL at the
//! emulator, reads the 302, optionally rewrites the redirect, and GETs it from the loopback
//! listener, like a browser following the redirect.
class TestBrowser : public QObject
{
    Q_OBJECT
public:
    explicit TestBrowser(const EmulatorProcess &emulator, QObject *parent = nullptr);

    //! Changes the redirect target before it is followed (for state mismatch tests).
    void setRedirectRewriter(std::function<QUrl(const QUrl &)> rewriter);
    //! Also requests /favicon.ico from the listener first, as browsers do.
    void setRequestFavicon(bool request) { m_requestFavicon = request; }

    //! The openBrowser callback: starts following \a url and returns true.
    bool open(const QUrl &url);

    int opened() const { return m_opened; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    QUrl redirect() const { return m_redirect; }
    int faviconStatus() const { return m_faviconStatus; }
    int loopbackStatus() const { return m_loopbackStatus; }
    QByteArray loopbackBody() const { return m_loopbackBody; }
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void done();

private:
    void followRedirect();
    void getLoopback(const QUrl &url, const std::function<void(int, const QByteArray &)> &then);

    QSslConfiguration m_ssl;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::function<QUrl(const QUrl &)> m_rewriter;
    bool m_requestFavicon = false;
    int m_opened = 0;
    QUrl m_authorizationUrl;
    QUrl m_redirect;
    int m_faviconStatus = 0;
    int m_loopbackStatus = 0;
    QByteArray m_loopbackBody;
    bool m_done = false;
};

} // namespace AadTest

} // namespace MrAuth
