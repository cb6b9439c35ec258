#include "tokenrequest.h"

#include <QStringList>

#include <cmath>

namespace MrAuth {

namespace {

const QStringList adHocOptionNames{
    QStringLiteral("account-id"),     QStringLiteral("account-domain"),
    QStringLiteral("key-stdin"),      QStringLiteral("tenant-id"),
    QStringLiteral("client-id"),      QStringLiteral("client-secret-stdin"),
    QStringLiteral("device-code"),    QStringLiteral("azure-cli"),
    QStringLiteral("authority-host"), QStringLiteral("aad-scope"),
    QStringLiteral("service"),        QStringLiteral("service-url"),
};

// A URL as users type it: "host:port" and "host" get https, as the library does.
QUrl urlFromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(QLatin1String("://")))
        return QUrl(trimmed, QUrl::StrictMode);
    return QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
}

std::optional<Account::Service> serviceFromName(const QString &name)
{
    for (Account::Service service :
         {Account::Service::SpatialAnchors, Account::Service::RemoteRendering,
          Account::Service::ObjectAnchors, Account::Service::Custom}) {
        if (Account::serviceName(service) == name)
            return service;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> TokenRequest::parseSeconds(const QString &text, double minimum,
                                                 double maximum)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < minimum || seconds > maximum)
        return std::nullopt;
    return qint64(std::llround(seconds * 1000.0));
}

TokenRequest TokenRequest::fromCommandLine(const CommandLine &line,
                                           const QProcessEnvironment &environment, CliError *error)
{
    TokenRequest request;
    const QStringList path{QStringLiteral("token")};
    bool failed = false;
    auto fail = [&](const QString &message) {
        if (!failed && error)
            *error = CliError::usage(message, path);
        failed = true;
    };
    auto fromOptionOrEnvironment = [&](const QString &option, const char *variable) {
        if (line.isSet(option))
            return line.value(option).trimmed();
        return environment.value(QString::fromLatin1(variable)).trimmed();
    };

    if (line.isSet(QStringLiteral("format"))) {
        request.format = TokenOutput::formatFromName(line.value(QStringLiteral("format")))
                             .value_or(TokenOutput::Format::Token);
    }
    QStringList adHocGiven;
    for (const QString &name : adHocOptionNames) {
        if (line.isSet(name))
            adHocGiven.append(QStringLiteral("--") + name);
    }
    const QString name = line.positionalArguments().value(0);

    if (line.isSet(QStringLiteral("key-slot"))) {
        request.keySlotOverride =
            line.value(QStringLiteral("key-slot")) == QLatin1String("secondary")
                ? Account::KeySlot::Secondary
                : Account::KeySlot::Primary;
    }

    if (line.isSet(QStringLiteral("all"))) {
        request.target = Target::AllStoredAccounts;
        if (!name.isEmpty())
            fail(tr("--all gets every stored account; give no NAME with it."));
        if (!adHocGiven.isEmpty())
            fail(tr("--all is for the stored accounts; %1 describes an ad-hoc account.")
                     .arg(adHocGiven.join(QStringLiteral(", "))));
        if (line.isSet(QStringLiteral("copy")))
            fail(tr("--all prints every account's token; it cannot --copy."));
        if (line.isSet(QStringLiteral("format")) && request.format != TokenOutput::Format::Json)
            fail(tr("--all prints a JSON array; use --format json or no --format."));
        request.format = TokenOutput::Format::Json;
    } else if (!name.isEmpty()) {
        request.target = Target::StoredAccount;
        request.accountName = name;
        if (!adHocGiven.isEmpty()) {
            fail(tr("NAME is a stored account, and %1 describes an ad-hoc account: give one or "
                    "the other.")
                     .arg(adHocGiven.join(QStringLiteral(", "))));
        }
    } else {
        request.target = Target::AdHocAccount;
        const QString id =
            fromOptionOrEnvironment(QStringLiteral("account-id"), "MIXEDREALITY_ACCOUNT_ID");
        const QString domain = fromOptionOrEnvironment(QStringLiteral("account-domain"),
                                                       "MIXEDREALITY_ACCOUNT_DOMAIN");
        if (id.isEmpty() && domain.isEmpty()) {
            fail(tr("Name a stored account (see 'mrauth accounts list'), use --all, or describe "
                    "an ad-hoc account with --account-id and --account-domain (or "
                    "MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN)."));
        } else if (id.isEmpty()) {
            fail(tr("The ad-hoc account needs --account-id (or MIXEDREALITY_ACCOUNT_ID)."));
        } else if (domain.isEmpty()) {
            fail(tr("The ad-hoc account needs --account-domain (or "
                    "MIXEDREALITY_ACCOUNT_DOMAIN)."));
        }
        if (request.keySlotOverride)
            fail(tr("--key-slot chooses between a stored account's keys; an ad-hoc account has "
                    "the one key it is given."));

        Account account;
        account.setDisplayName(tr("ad-hoc account"));
        account.setAccountId(id);
        account.setAccountDomain(domain);
        account.setAutoRefresh(false);
        if (line.isSet(QStringLiteral("service"))) {
            account.setService(serviceFromName(line.value(QStringLiteral("service")))
                                   .value_or(Account::Service::SpatialAnchors));
        } else {
            // Unknown service: the curl format leaves the URL to $MIXEDREALITY_SERVICE_URL.
            account.setService(Account::Service::Custom);
        }
        if (account.service() == Account::Service::Custom)
            account.setCustomServiceName(tr("ad-hoc service"));
        account.setCustomServiceUrl(urlFromUserInput(line.value(QStringLiteral("service-url"))));
        account.setCustomEndpoint(urlFromUserInput(
            fromOptionOrEnvironment(QStringLiteral("endpoint"), "MIXEDREALITY_STS_ENDPOINT")));

        const bool clientSecretStdin = line.isSet(QStringLiteral("client-secret-stdin"));
        const bool deviceCode = line.isSet(QStringLiteral("device-code"));
        const bool azureCli = line.isSet(QStringLiteral("azure-cli"));
        const int modes = int(clientSecretStdin) + int(deviceCode) + int(azureCli);
        const bool aadDetailsGiven =
            line.isSet(QStringLiteral("tenant-id")) || line.isSet(QStringLiteral("client-id")) ||
            line.isSet(QStringLiteral("authority-host")) || line.isSet(QStringLiteral("aad-scope"));
        const QString environmentSecret = environment.value(QStringLiteral("AZURE_CLIENT_SECRET"));
        if (modes > 1) {
            fail(tr("Choose one Azure AD sign-in: --client-secret-stdin, --device-code or "
                    "--azure-cli."));
        } else if (modes == 0 && !aadDetailsGiven) {
            account.setAuthMode(Account::AuthMode::AccountKey);
            if (line.isSet(QStringLiteral("key-stdin"))) {
                request.readKeyFromStdin = true;
            } else {
                request.keyFromEnvironment =
                    environment.value(QStringLiteral("MIXEDREALITY_ACCOUNT_KEY"));
                if (request.keyFromEnvironment.isEmpty()) {
                    fail(tr("The ad-hoc account needs its key: pipe it to --key-stdin or set "
                            "MIXEDREALITY_ACCOUNT_KEY (secrets are never taken as "
                            "arguments)."));
                }
            }
        } else {
            if (line.isSet(QStringLiteral("key-stdin")))
                fail(tr("--key-stdin is for account keys, not for Azure AD sign-in."));
            if (clientSecretStdin) {
                account.setAuthMode(Account::AuthMode::ClientSecret);
                request.readClientSecretFromStdin = true;
            } else if (deviceCode) {
                account.setAuthMode(Account::AuthMode::DeviceCode);
            } else if (azureCli) {
                account.setAuthMode(Account::AuthMode::AzureCli);
            } else if (!environmentSecret.isEmpty()) {
                account.setAuthMode(Account::AuthMode::ClientSecret);
                request.clientSecretFromEnvironment = environmentSecret;
            } else {
                fail(tr("--tenant-id and --client-id need a way to sign in: "
                        "--client-secret-stdin (or AZURE_CLIENT_SECRET), --device-code or "
                        "--azure-cli."));
            }
            account.setTenantId(
                fromOptionOrEnvironment(QStringLiteral("tenant-id"), "AZURE_TENANT_ID"));
            if (account.authMode() != Account::AuthMode::AzureCli) {
                account.setClientId(
                    fromOptionOrEnvironment(QStringLiteral("client-id"), "AZURE_CLIENT_ID"));
            } else if (line.isSet(QStringLiteral("client-id"))) {
                fail(tr("--azure-cli signs in as the Azure CLI's account; it takes no "
                        "--client-id."));
            }
            account.setAuthorityHost(urlFromUserInput(
                fromOptionOrEnvironment(QStringLiteral("authority-host"), "AZURE_AUTHORITY_HOST")));
            account.setAadScope(line.value(QStringLiteral("aad-scope")).trimmed());
        }
        if (!failed) {
            const QStringList problems = account.problems();
            if (!problems.isEmpty())
                fail(problems.join(u' '));
        }
        request.adHocAccount = account;
    }

    if (line.isSet(QStringLiteral("endpoint")) && request.target != Target::AdHocAccount) {
        request.endpointOverride = urlFromUserInput(line.value(QStringLiteral("endpoint")));
        if (request.endpointOverride.isEmpty())
            fail(tr("--endpoint needs a URL."));
        else if (const QString problem = Account::endpointProblem(request.endpointOverride);
                 !problem.isEmpty())
            fail(problem);
    }
    request.caFile = line.isSet(QStringLiteral("ca-file"))
                         ? line.value(QStringLiteral("ca-file"))
                         : (request.target == Target::AdHocAccount
                                ? environment.value(QStringLiteral("MIXEDREALITY_CA_FILE"))
                                : QString());
    if (line.isSet(QStringLiteral("ca-file")) && request.caFile.trimmed().isEmpty())
        fail(tr("--ca-file needs the path of a PEM file."));

    request.copy = line.isSet(QStringLiteral("copy"));
    if (line.isSet(QStringLiteral("clear-after"))) {
        bool ok = false;
        const int seconds = line.value(QStringLiteral("clear-after")).trimmed().toInt(&ok);
        if (!request.copy)
            fail(tr("--clear-after goes with --copy."));
        else if (!ok || seconds < 0 || seconds > 86400)
            fail(tr("--clear-after needs a whole number of seconds from 0 to 86400."));
        else
            request.clearAfterSeconds = seconds;
    }
    if (line.isSet(QStringLiteral("timeout"))) {
        request.timeoutMs = parseSeconds(line.value(QStringLiteral("timeout")), 0.001, 86400);
        if (!request.timeoutMs)
            fail(tr("--timeout needs a number of seconds greater than 0 (fractions allowed)."));
    }
    if (line.isSet(QStringLiteral("retries"))) {
        bool ok = false;
        const int retries = line.value(QStringLiteral("retries")).trimmed().toInt(&ok);
        if (!ok || retries < 0 || retries > 10)
            fail(tr("--retries needs a whole number from 0 to 10."));
        else
            request.retries = retries;
    }
    return request;
}

} // namespace MrAuth
