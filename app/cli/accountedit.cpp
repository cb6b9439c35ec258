#include "accountedit.h"

#include "accountlookup.h"

#include <mrauth/accountdomain.h>

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace MrAuth {

namespace {

QUrl urlFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(QLatin1String("://")))
        return QUrl(trimmed, QUrl::StrictMode);
    return QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
}

template<typename Enum>
std::optional<Enum> enumFromName(const QString &name, const QList<Enum> &values,
                                 QString (*nameOf)(Enum))
{
    for (Enum value : values) {
        if (nameOf(value) == name)
            return value;
    }
    return std::nullopt;
}

QString authModeKey(Account::AuthMode mode)
{
    switch (mode) {
    case Account::AuthMode::AccountKey:
        return QStringLiteral("account-key");
    case Account::AuthMode::ClientSecret:
        return QStringLiteral("client-secret");
    case Account::AuthMode::DeviceCode:
        return QStringLiteral("device-code");
    case Account::AuthMode::InteractiveBrowser:
        return QStringLiteral("interactive-browser");
    case Account::AuthMode::AzureCli:
        return QStringLiteral("azure-cli");
    }
    return {};
}

} // namespace

AccountEdit AccountEdit::fromCommandLine(const CommandLine &line, const Account &base,
                                         const QList<Account> &accounts, CliError *error)
{
    const bool isNew = base.isNull();
    const QStringList path{QStringLiteral("accounts"),
                           isNew ? QStringLiteral("add") : QStringLiteral("edit")};
    AccountEdit edit;
    bool failed = false;
    auto fail = [&](const QString &message) {
        if (!failed && error)
            *error = CliError::usage(message, path);
        failed = true;
    };
    Account account = isNew ? Account::create() : base;
    auto changed = [&edit](const QString &field) {
        if (!edit.changedFields.contains(field))
            edit.changedFields.append(field);
    };
    auto has = [&line](const char *name) {
        return line.isSet(QString::fromLatin1(name));
    };
    auto value = [&line](const char *name) {
        return line.value(QString::fromLatin1(name));
    };

    if (isNew) {
        const QString name = line.positionalArguments().value(0).trimmed();
        if (name.isEmpty())
            fail(tr("The account needs a name that is not empty."));
        else if (AccountLookup::isNameTaken(accounts, name))
            fail(tr("An account named '%1' exists already; change it with 'mrauth accounts edit "
                    "%1' or choose another name.")
                     .arg(name));
        account.setDisplayName(name);
    } else if (has("rename")) {
        const QString name = value("rename").trimmed();
        if (name.isEmpty())
            fail(tr("--rename needs a name that is not empty."));
        else if (AccountLookup::isNameTaken(accounts, name, account.uuid()))
            fail(tr("An account named '%1' exists already.").arg(name));
        account.setDisplayName(name);
        changed(tr("name"));
    }

    if (has("account-id")) {
        account.setAccountId(value("account-id").trimmed().toLower());
        changed(tr("account ID"));
    }
    if (has("account-domain") && has("region"))
        fail(tr("Give --account-domain or --region, not both."));
    if (has("account-domain")) {
        account.setAccountDomain(value("account-domain").trimmed().toLower());
        changed(tr("account domain"));
    } else if (has("region")) {
        account.setAccountDomain(AccountDomain::forRegion(value("region").trimmed().toLower()));
        changed(tr("account domain"));
    }
    if (has("service")) {
        const auto service = enumFromName<Account::Service>(
            value("service"),
            {Account::Service::SpatialAnchors, Account::Service::RemoteRendering,
             Account::Service::ObjectAnchors, Account::Service::Custom},
            &Account::serviceName);
        account.setService(service.value_or(Account::Service::SpatialAnchors));
        changed(tr("service"));
    }
    if (has("service-name")) {
        account.setCustomServiceName(value("service-name").trimmed());
        changed(tr("service name"));
    }
    if (has("service-url")) {
        account.setCustomServiceUrl(urlFromUserInput(value("service-url")));
        changed(tr("service URL"));
    }
    if (has("endpoint")) {
        account.setCustomEndpoint(urlFromUserInput(value("endpoint")));
        changed(tr("STS endpoint"));
    }
    if (has("ca-file")) {
        const QString file = value("ca-file").trimmed();
        account.setCaCertificateFile(
            file.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(file).absoluteFilePath()));
        changed(tr("CA file"));
    }
    if (has("auth")) {
        const auto mode = enumFromName<Account::AuthMode>(
            value("auth"),
            {Account::AuthMode::AccountKey, Account::AuthMode::ClientSecret,
             Account::AuthMode::DeviceCode, Account::AuthMode::InteractiveBrowser,
             Account::AuthMode::AzureCli},
            &authModeKey);
        account.setAuthMode(mode.value_or(Account::AuthMode::AccountKey));
        changed(tr("authentication"));
    } else if (isNew && has("client-secret-stdin")) {
        account.setAuthMode(Account::AuthMode::ClientSecret);
    } else if (isNew && (has("tenant-id") || has("client-id"))) {
        fail(tr("Say how the account signs in to Azure AD with --auth client-secret, "
                "device-code, interactive-browser or azure-cli."));
    }
    if (has("key-slot")) {
        const Account::KeySlot slot = value("key-slot") == QLatin1String("secondary")
                                          ? Account::KeySlot::Secondary
                                          : Account::KeySlot::Primary;
        account.setKeySlot(slot);
        changed(tr("key slot"));
    }
    if (has("tenant-id")) {
        account.setTenantId(value("tenant-id").trimmed());
        changed(tr("tenant ID"));
    }
    if (has("client-id")) {
        account.setClientId(value("client-id").trimmed().toLower());
        changed(tr("client ID"));
    }
    if (has("authority-host")) {
        account.setAuthorityHost(urlFromUserInput(value("authority-host")));
        changed(tr("authority host"));
    }
    if (has("aad-scope")) {
        account.setAadScope(value("aad-scope").trimmed());
        changed(tr("Azure AD scope"));
    }
    if (has("auto-refresh")) {
        account.setAutoRefresh(value("auto-refresh") == QLatin1String("on"));
        changed(tr("auto-refresh"));
    }

    const bool usesKey = account.authMode() == Account::AuthMode::AccountKey;
    if (usesKey) {
        for (const char *option : {"tenant-id", "client-id", "authority-host", "aad-scope"}) {
            if (has(option) && !value(option).trimmed().isEmpty()) {
                fail(tr("--%1 is for Azure AD sign-in, but the account uses an account key "
                        "(choose the sign-in with --auth).")
                         .arg(QString::fromLatin1(option)));
            }
        }
    } else if (has("key-slot")) {
        fail(tr("--key-slot is for account keys, but the account signs in with Azure AD."));
    }
    if (has("key-stdin")) {
        if (!usesKey)
            fail(tr("--key-stdin stores an account key, but the account signs in with Azure AD."));
        edit.readKeyFromStdin = true;
        edit.keySlotForKey = account.keySlot();
        changed(account.keySlot() == Account::KeySlot::Primary ? tr("primary key")
                                                               : tr("secondary key"));
    }
    if (has("client-secret-stdin")) {
        if (account.authMode() != Account::AuthMode::ClientSecret)
            fail(tr("--client-secret-stdin stores a client secret, but the account does not "
                    "sign in with one (--auth client-secret)."));
        edit.readClientSecretFromStdin = true;
        changed(tr("client secret"));
    }

    if (!isNew && edit.changedFields.isEmpty())
        fail(tr("Nothing to change: give the fields to change as options."));
    if (!failed) {
        const QStringList problems = account.problems();
        if (!problems.isEmpty())
            fail(problems.join(u' '));
    }
    edit.account = account;
    return edit;
}

} // namespace MrAuth
