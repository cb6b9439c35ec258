#include "account.h"

#include <mrauth/accountdomain.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace MrAuth {

namespace {

// Stable names in the metadata file; independent of the C++ enumerator names.
constexpr std::array<std::pair<Account::Service, const char *>, 4> serviceKeys{{
    {Account::Service::SpatialAnchors, "spatial-anchors"},
    {Account::Service::RemoteRendering, "remote-rendering"},
    {Account::Service::ObjectAnchors, "object-anchors"},
    {Account::Service::Custom, "custom"},
}};
constexpr std::array<std::pair<Account::AuthMode, const char *>, 5> authModeKeys{{
    {Account::AuthMode::AccountKey, "account-key"},
    {Account::AuthMode::ClientSecret, "client-secret"},
    {Account::AuthMode::DeviceCode, "device-code"},
    {Account::AuthMode::InteractiveBrowser, "interactive-browser"},
    {Account::AuthMode::AzureCli, "azure-cli"},
}};
constexpr std::array<std::pair<Account::KeySlot, const char *>, 2> keySlotKeys{{
    {Account::KeySlot::Primary, "primary"},
    {Account::KeySlot::Secondary, "secondary"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key,
             Enum *value)
{
    for (const auto &[candidate, name] : table) {
        if (key == QLatin1String(name)) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::Account", text);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

const QRegularExpression &domainNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    return pattern;
}

} // namespace

Account Account::create()
{
    Account account;
    account.m_uuid = QUuid::createUuid();
    return account;
}

QString Account::serviceDisplayName() const
{
    switch (m_service) {
    case Service::SpatialAnchors:
        return tr("Spatial Anchors");
    case Service::RemoteRendering:
        return tr("Remote Rendering");
    case Service::ObjectAnchors:
        return tr("Object Anchors");
    case Service::Custom:
        return m_customServiceName.isEmpty() ? tr("Custom service") : m_customServiceName;
    }
    return {};
}

QUrl Account::serviceUrl() const
{
    if (m_customServiceUrl.isValid() && !m_customServiceUrl.isEmpty())
        return m_customServiceUrl;
    const QString domain = m_accountDomain.trimmed().toLower();
    if (domain.isEmpty())
        return {};
    switch (m_service) {
    case Service::SpatialAnchors:
        return QUrl(QStringLiteral("https://manage.sa.") + domain + u'/');
    case Service::ObjectAnchors:
        return QUrl(QStringLiteral("https://aoa.") + domain + u'/');
    case Service::RemoteRendering: {
        const QString region = AccountDomain::regionOf(domain);
        if (region.isEmpty())
            return {};
        return QUrl(QStringLiteral("https://remoterendering.") + region +
                    QStringLiteral(".mixedreality.azure.com/"));
    }
    case Service::Custom:
        return {};
    }
    return {};
}

bool Account::sameConnectionAs(const Account &other) const
{
    return m_accountId.compare(other.m_accountId, Qt::CaseInsensitive) == 0 &&
           m_accountDomain.compare(other.m_accountDomain, Qt::CaseInsensitive) == 0 &&
           m_customEndpoint == other.m_customEndpoint &&
           m_caCertificateFile == other.m_caCertificateFile && m_authMode == other.m_authMode &&
           m_keySlot == other.m_keySlot && m_tenantId == other.m_tenantId &&
           m_clientId == other.m_clientId && m_authorityHost == other.m_authorityHost &&
           m_aadScope == other.m_aadScope;
}

QStringList Account::problems() const
{
    QStringList problems;
    if (m_displayName.trimmed().isEmpty())
        problems << tr("The account needs a name.");
    if (m_service == Service::Custom && m_customServiceName.trimmed().isEmpty())
        problems << tr("A custom service needs a name.");
    if (const QString problem = accountIdProblem(m_accountId); !problem.isEmpty())
        problems << problem;
    if (const QString problem = accountDomainProblem(m_accountDomain); !problem.isEmpty())
        problems << problem;
    if (const QString problem = endpointProblem(m_customEndpoint); !problem.isEmpty())
        problems << problem;
    if (usesAzureAd() && m_authMode != AuthMode::AzureCli) {
        if (const QString problem = tenantIdProblem(m_tenantId); !problem.isEmpty())
            problems << problem;
        if (const QString problem = clientIdProblem(m_clientId); !problem.isEmpty())
            problems << problem;
    }
    if (m_authMode == AuthMode::AzureCli && !m_tenantId.trimmed().isEmpty()) {
        if (const QString problem = tenantIdProblem(m_tenantId); !problem.isEmpty())
            problems << problem;
    }
    if (!m_authorityHost.isEmpty() &&
        (!m_authorityHost.isValid() || m_authorityHost.host().isEmpty() ||
         (m_authorityHost.scheme() != QLatin1String("https") &&
          !(m_authorityHost.scheme() == QLatin1String("http") &&
            isLoopbackHost(m_authorityHost.host()))))) {
        problems << tr("The authority host must be an https URL, such as "
                       "https://login.microsoftonline.com.");
    }
    return problems;
}

QJsonObject Account::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), m_uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), m_displayName},
        {QStringLiteral("service"), keyOf(serviceKeys, m_service)},
        {QStringLiteral("accountId"), m_accountId},
        {QStringLiteral("accountDomain"), m_accountDomain},
        {QStringLiteral("autoRefresh"), m_autoRefresh},
    };
    if (!m_customServiceName.isEmpty())
        json.insert(QStringLiteral("serviceName"), m_customServiceName);
    if (!m_customServiceUrl.isEmpty())
        json.insert(QStringLiteral("serviceUrl"), m_customServiceUrl.toString());
    if (!m_customEndpoint.isEmpty())
        json.insert(QStringLiteral("stsEndpoint"), m_customEndpoint.toString());
    if (!m_caCertificateFile.isEmpty())
        json.insert(QStringLiteral("caCertificateFile"), m_caCertificateFile);

    QJsonObject auth{{QStringLiteral("mode"), keyOf(authModeKeys, m_authMode)}};
    if (m_authMode == AuthMode::AccountKey) {
        auth.insert(QStringLiteral("keySlot"), keyOf(keySlotKeys, m_keySlot));
    } else {
        if (!m_tenantId.isEmpty())
            auth.insert(QStringLiteral("tenantId"), m_tenantId);
        if (!m_clientId.isEmpty())
            auth.insert(QStringLiteral("clientId"), m_clientId);
        if (!m_authorityHost.isEmpty())
            auth.insert(QStringLiteral("authorityHost"), m_authorityHost.toString());
        if (!m_aadScope.isEmpty())
            auth.insert(QStringLiteral("scope"), m_aadScope);
    }
    json.insert(QStringLiteral("auth"), auth);
    return json;
}

Account Account::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Account();
    };
    Account account;
    const QUuid uuid = QUuid::fromString(json.value(QStringLiteral("id")).toString());
    if (uuid.isNull())
        return fail(tr("An account entry has no valid \"id\"."));
    account.m_uuid = uuid;

    const QJsonValue name = json.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(tr("An account entry has no \"name\"."));
    account.m_displayName = name.toString();

    if (!valueOf(serviceKeys, json.value(QStringLiteral("service")).toString(),
                 &account.m_service)) {
        return fail(tr("Account \"%1\" has an unknown service.").arg(account.m_displayName));
    }
    account.m_customServiceName = json.value(QStringLiteral("serviceName")).toString();
    // An invalid URL would be written back empty: refuse it, as the STS endpoint is refused.
    const QString serviceUrl = json.value(QStringLiteral("serviceUrl")).toString();
    if (!serviceUrl.isEmpty()) {
        account.m_customServiceUrl = QUrl(serviceUrl, QUrl::StrictMode);
        if (!account.m_customServiceUrl.isValid())
            return fail(
                tr("Account \"%1\" has an invalid service URL.").arg(account.m_displayName));
    }

    const QJsonValue accountId = json.value(QStringLiteral("accountId"));
    const QJsonValue domain = json.value(QStringLiteral("accountDomain"));
    if (!accountId.isString() || !domain.isString())
        return fail(
            tr("Account \"%1\" lacks its account id or domain.").arg(account.m_displayName));
    account.m_accountId = accountId.toString();
    account.m_accountDomain = domain.toString();

    const QString endpoint = json.value(QStringLiteral("stsEndpoint")).toString();
    if (!endpoint.isEmpty()) {
        account.m_customEndpoint = QUrl(endpoint, QUrl::StrictMode);
        if (!account.m_customEndpoint.isValid())
            return fail(
                tr("Account \"%1\" has an invalid STS endpoint.").arg(account.m_displayName));
    }
    account.m_caCertificateFile = json.value(QStringLiteral("caCertificateFile")).toString();
    account.m_autoRefresh = json.value(QStringLiteral("autoRefresh")).toBool(true);

    const QJsonObject auth = json.value(QStringLiteral("auth")).toObject();
    if (!valueOf(authModeKeys, auth.value(QStringLiteral("mode")).toString(),
                 &account.m_authMode)) {
        return fail(
            tr("Account \"%1\" has an unknown authentication mode.").arg(account.m_displayName));
    }
    if (account.m_authMode == AuthMode::AccountKey) {
        const QString slot = auth.value(QStringLiteral("keySlot")).toString();
        if (!slot.isEmpty() && !valueOf(keySlotKeys, slot, &account.m_keySlot))
            return fail(tr("Account \"%1\" has an unknown key slot.").arg(account.m_displayName));
        // The Azure AD fields mean nothing here and toJson() does not write them: ignore them,
        // so that the account reads back equal after a save.
        return account;
    }
    account.m_tenantId = auth.value(QStringLiteral("tenantId")).toString();
    account.m_clientId = auth.value(QStringLiteral("clientId")).toString();
    const QString authority = auth.value(QStringLiteral("authorityHost")).toString();
    if (!authority.isEmpty()) {
        account.m_authorityHost = QUrl(authority, QUrl::StrictMode);
        if (!account.m_authorityHost.isValid())
            return fail(
                tr("Account \"%1\" has an invalid authority host.").arg(account.m_displayName));
    }
    account.m_aadScope = auth.value(QStringLiteral("scope")).toString();
    return account;
}

QString Account::serviceName(Service service)
{
    return keyOf(serviceKeys, service);
}

QString Account::authModeName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AccountKey:
        return tr("Account key");
    case AuthMode::ClientSecret:
        return tr("Azure AD: client secret");
    case AuthMode::DeviceCode:
        return tr("Azure AD: device code");
    case AuthMode::InteractiveBrowser:
        return tr("Azure AD: interactive browser");
    case AuthMode::AzureCli:
        return tr("Azure AD: Azure CLI");
    }
    return {};
}

QString Account::keySlotName(KeySlot slot)
{
    return slot == KeySlot::Primary ? tr("Primary key") : tr("Secondary key");
}

bool Account::isGuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QString Account::accountIdProblem(const QString &accountId)
{
    const QString id = accountId.trimmed();
    if (id.isEmpty())
        return tr("Enter the account ID, a GUID such as 87e9abb1-79b9-4502-bbae-cfae8c610f23.");
    if (!isGuid(id))
        return tr("The account ID must be a GUID (8-4-4-4-12 hexadecimal digits).");
    if (QUuid::fromString(id).isNull())
        return tr("The all-zero GUID is not an account ID.");
    return {};
}

QString Account::accountDomainProblem(const QString &domain)
{
    const QString name = domain.trimmed();
    if (name.isEmpty())
        return tr("Enter the account domain, such as eastus.mixedreality.azure.com.");
    if (QString hint = AccountDomain::hintFor(name); !hint.isEmpty())
        return hint;
    if (!domainNamePattern().match(name).hasMatch())
        return tr("'%1' is not a valid domain name.").arg(name);
    return {};
}

QString Account::endpointProblem(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty())
        return tr("The custom STS endpoint is not a valid URL.");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (url.scheme() == QLatin1String("http"))
        return tr("Plain http is allowed only for loopback endpoints; use https.");
    return tr("The custom STS endpoint must be an https URL.");
}

QString Account::tenantIdProblem(const QString &tenantId)
{
    const QString id = tenantId.trimmed();
    if (id.isEmpty())
        return tr("Enter the Azure AD tenant ID (a GUID or a domain such as "
                  "contoso.onmicrosoft.com).");
    if (isGuid(id) || domainNamePattern().match(id).hasMatch())
        return {};
    return tr("The tenant ID must be a GUID or a domain name.");
}

QString Account::clientIdProblem(const QString &clientId)
{
    const QString id = clientId.trimmed();
    if (id.isEmpty())
        return tr("Enter the Azure AD application (client) ID, a GUID.");
    if (!isGuid(id))
        return tr("The client ID must be a GUID (8-4-4-4-12 hexadecimal digits).");
    return {};
}

bool operator==(const Account &a, const Account &b)
{
    return a.m_uuid == b.m_uuid && a.m_displayName == b.m_displayName &&
           a.m_service == b.m_service && a.m_customServiceName == b.m_customServiceName &&
           a.m_customServiceUrl == b.m_customServiceUrl && a.m_autoRefresh == b.m_autoRefresh &&
           a.sameConnectionAs(b) && a.m_accountId == b.m_accountId &&
           a.m_accountDomain == b.m_accountDomain;
}

} // namespace MrAuth
