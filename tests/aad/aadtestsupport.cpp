#include "aadtestsupport.h"

#include <mrauth/jwt.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

namespace MrAuth {

namespace AadTest {

QJsonObject accounts()
{
    const QJsonObject account{
        {QStringLiteral("name"), QStringLiteral("aad-tests")},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("accountDomain"), accountDomain},
        {QStringLiteral("service"), QStringLiteral("spatial-anchors")},
        {QStringLiteral("region"), QStringLiteral("eastus")},
        {QStringLiteral("primaryKey"), accountKey},
        {QStringLiteral("secondaryKey"), QStringLiteral("secondary-key-xyz")}};
    const QJsonObject tenant{
        {QStringLiteral("tenantId"), tenantId},
        {QStringLiteral("servicePrincipals"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), ownerClientId},
                                {QStringLiteral("clientSecret"), ownerSecret},
                                {QStringLiteral("displayName"), QStringLiteral("build agent")}},
                    QJsonObject{{QStringLiteral("clientId"), noRoleClientId},
                                {QStringLiteral("clientSecret"), noRoleSecret},
                                {QStringLiteral("displayName"), QStringLiteral("no role")}}}},
        {QStringLiteral("publicClients"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), publicClientId},
                                {QStringLiteral("displayName"), QStringLiteral("MrAuth tests")}}}},
        {QStringLiteral("users"),
         QJsonArray{QJsonObject{{QStringLiteral("username"), userName},
                                {QStringLiteral("objectId"), userObjectId}}}},
        {QStringLiteral("managedIdentities"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), systemIdentityClientId},
                                {QStringLiteral("objectId"), systemIdentityObjectId}},
                    QJsonObject{{QStringLiteral("clientId"), userIdentityClientId},
                                {QStringLiteral("objectId"), userIdentityObjectId}}}}};
    // A second tenant with a public client but no users, for a refused sign-in.
    const QJsonObject emptyTenant{
        {QStringLiteral("tenantId"), otherTenantId},
        {QStringLiteral("publicClients"),
         QJsonArray{QJsonObject{{QStringLiteral("clientId"), publicClientId}}}}};
    const auto role = [](const QString &principal, const QString &name) {
        return QJsonObject{{QStringLiteral("principalId"), principal},
                           {QStringLiteral("accountId"), accountId},
                           {QStringLiteral("role"), name}};
    };
    return QJsonObject{
        {QStringLiteral("accounts"), QJsonArray{account}},
        {QStringLiteral("tenants"), QJsonArray{tenant, emptyTenant}},
        {QStringLiteral("roleAssignments"),
         QJsonArray{
             role(ownerClientId, QStringLiteral("Spatial Anchors Account Owner")),
             role(userObjectId, QStringLiteral("Spatial Anchors Account Reader")),
             role(systemIdentityObjectId, QStringLiteral("Spatial Anchors Account Contributor"))}}};
}

bool startEmulator(EmulatorProcess &emulator, QString *error)
{
    return emulator.start(accounts(),
                          {QStringLiteral("--device-code-interval"), QStringLiteral("1")}, error);
}

AzureCredentialOptions emulatorOptions(const EmulatorProcess &emulator)
{
    AzureCredentialOptions options;
    options.authorityHost = emulator.url();
    options.sslConfiguration = emulator.sslConfiguration();
    options.retryPolicy.initialDelay = std::chrono::milliseconds(20);
    options.retryPolicy.jitter = false;
    return options;
}

int requestCount(EmulatorProcess &emulator, const QString &fragment)
{
    int count = 0;
    const QJsonArray requests = emulator.requests();
    for (const QJsonValue request : requests) {
        if (request.toObject().value(QStringLiteral("path")).toString().contains(fragment))
            ++count;
    }
    return count;
}

bool waitForFinished(TokenReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &TokenReply::finished);
    return finished.wait(timeoutMs);
}

QString claimOf(const QString &token, const QString &claim)
{
    return Jwt::decode(token).claims().value(claim).toString();
}

QString audienceOf(const QString &token)
{
    QString audience = claimOf(token, QStringLiteral("aud"));
    while (audience.endsWith(u'/'))
        audience.chop(1);
    return audience;
}

FakeAzureCli::FakeAzureCli() : m_originalPath(qgetenv("PATH"))
{
    qputenv("PATH", QFile::encodeName(m_directory.path()) + ':' + m_originalPath);
}

FakeAzureCli::~FakeAzureCli()
{
    qputenv("PATH", m_originalPath);
}

bool FakeAzureCli::write(const QByteArray &body)
{
    QFile script(m_directory.filePath(QStringLiteral("az")));
    if (!script.open(QIODevice::WriteOnly))
        return false;
    const QByteArray record = QFile::encodeName(m_directory.filePath(QStringLiteral("args")));
    const QByteArray runs = QFile::encodeName(m_directory.filePath(QStringLiteral("runs")));
    script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + record + "'\necho run >> '" + runs +
                 "'\n" + body + '\n');
    script.close();
    return script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool FakeAzureCli::writePrinting(const QJsonObject &output)
{
    QFile answer(m_directory.filePath(QStringLiteral("answer.json")));
    if (!answer.open(QIODevice::WriteOnly))
        return false;
    answer.write(QJsonDocument(output).toJson());
    answer.close();
    return write("cat '" + QFile::encodeName(answer.fileName()) + "'");
}

void FakeAzureCli::hideEverything()
{
    QFile::remove(m_directory.filePath(QStringLiteral("az")));
    qputenv("PATH", QFile::encodeName(m_directory.path()));
}

QStringList FakeAzureCli::recordedArguments() const
{
    QFile file(m_directory.filePath(QStringLiteral("args")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

int FakeAzureCli::runs() const
{
    QFile file(m_directory.filePath(QStringLiteral("runs")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

TestBrowser::TestBrowser(const EmulatorProcess &emulator, QObject *parent)
    : QObject(parent)
    , m_ssl(emulator.sslConfiguration())
    , m_nam(std::make_unique<QNetworkAccessManager>())
{}

void TestBrowser::setRedirectRewriter(std::function<QUrl(const QUrl &)> rewriter)
{
    m_rewriter = std::move(rewriter);
}

bool TestBrowser::open(const QUrl &url)
{
    ++m_opened;
    m_authorizationUrl = url;
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    // A browser would follow it; the test looks at the Location itself.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_redirect = QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode);
        if (m_rewriter)
            m_redirect = m_rewriter(m_redirect);
        followRedirect();
    });
    return true;
}

void TestBrowser::followRedirect()
{
    const auto finish = [this](int status, const QByteArray &body) {
        m_loopbackStatus = status;
        m_loopbackBody = body;
        m_done = true;
        Q_EMIT done();
    };
    if (!m_redirect.isValid()) {
        finish(0, {});
        return;
    }
    if (!m_requestFavicon) {
        getLoopback(m_redirect, finish);
        return;
    }
    getLoopback(m_redirect.resolved(QUrl(QStringLiteral("/favicon.ico"))),
                [this, finish](int status, const QByteArray &) {
                    m_faviconStatus = status;
                    getLoopback(m_redirect, finish);
                });
}

void TestBrowser::getLoopback(const QUrl &url,
                              const std::function<void(int, const QByteArray &)> &then)
{
    QNetworkReply *reply = m_nam->get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, then] {
        reply->deleteLater();
        then(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

} // namespace AadTest

} // namespace MrAuth
