#include "accountsoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace MrAuth {

namespace {

QString endpointText(const Account &account)
{
    if (!account.customEndpoint().isEmpty())
        return account.customEndpoint().toString();
    return QStringLiteral("https://sts.") + account.accountDomain().trimmed().toLower();
}

QString authKey(const Account &account)
{
    return account.toJson()
        .value(QStringLiteral("auth"))
        .toObject()
        .value(QStringLiteral("mode"))
        .toString();
}

} // namespace

QList<SecretKind> AccountsOutput::reportedSecrets(const Account &account)
{
    switch (account.authMode()) {
    case Account::AuthMode::AccountKey:
        return {SecretKind::PrimaryKey, SecretKind::SecondaryKey};
    case Account::AuthMode::ClientSecret:
        return {SecretKind::ClientSecret};
    case Account::AuthMode::DeviceCode:
    case Account::AuthMode::InteractiveBrowser:
        return {SecretKind::RefreshToken};
    case Account::AuthMode::AzureCli:
        break;
    }
    return {};
}

QString AccountsOutput::table(const QList<Account> &accounts)
{
    QList<QStringList> rows;
    rows.append(
        {tr("NAME"), tr("SERVICE"), tr("AUTH"), tr("ACCOUNT ID"), tr("DOMAIN"), tr("ENDPOINT")});
    for (const Account &account : accounts) {
        QString auth = authKey(account);
        if (account.authMode() == Account::AuthMode::AccountKey)
            auth += u'/' + secretKindKey(account.keySlot() == Account::KeySlot::Primary
                                             ? SecretKind::PrimaryKey
                                             : SecretKind::SecondaryKey)
                               .section(u'-', 0, 0);
        rows.append({account.displayName(), Account::serviceName(account.service()), auth,
                     account.accountId(), account.accountDomain(), endpointText(account)});
    }
    QList<int> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), int(row.at(column).size()));
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int column = 0; column < row.size(); ++column) {
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths.at(column) + 2)
                                            : row.at(column);
        }
        text += line + u'\n';
    }
    return text;
}

QString AccountsOutput::json(const QList<Account> &accounts)
{
    QJsonArray array;
    for (const Account &account : accounts)
        array.append(account.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString AccountsOutput::names(const QList<Account> &accounts)
{
    QString text;
    for (const Account &account : accounts)
        text += account.displayName() + u'\n';
    return text;
}

QString AccountsOutput::stateName(SecretState state)
{
    switch (state) {
    case SecretState::Stored:
        return QStringLiteral("stored");
    case SecretState::Missing:
        return QStringLiteral("missing");
    case SecretState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString AccountsOutput::authenticationText(const Account &account)
{
    QString text = Account::authModeName(account.authMode());
    if (account.authMode() == Account::AuthMode::AccountKey)
        text += QStringLiteral(" (") + Account::keySlotName(account.keySlot()).toLower() + u')';
    return text;
}

QString AccountsOutput::showText(const Account &account, const SecretStates &secrets)
{
    QList<QPair<QString, QString>> rows{
        {tr("Name"), account.displayName()},
        {tr("Id"), account.uuid().toString(QUuid::WithoutBraces)},
        {tr("Service"), account.serviceDisplayName()},
        {tr("Account ID"), account.accountId()},
        {tr("Account domain"), account.accountDomain()},
        {tr("STS endpoint"), account.customEndpoint().isEmpty()
                                 ? endpointText(account) + u' ' + tr("(default)")
                                 : endpointText(account)},
    };
    const QUrl serviceUrl = account.serviceUrl();
    if (serviceUrl.isValid() && !serviceUrl.isEmpty())
        rows.append({tr("Service URL"), serviceUrl.toString()});
    if (!account.caCertificateFile().isEmpty())
        rows.append({tr("CA file"), account.caCertificateFile()});
    rows.append({tr("Authentication"), authenticationText(account)});
    if (account.usesAzureAd()) {
        if (!account.tenantId().isEmpty())
            rows.append({tr("Tenant ID"), account.tenantId()});
        if (!account.clientId().isEmpty())
            rows.append({tr("Client ID"), account.clientId()});
        if (!account.authorityHost().isEmpty())
            rows.append({tr("Authority host"), account.authorityHost().toString()});
        if (!account.aadScope().isEmpty())
            rows.append({tr("Azure AD scope"), account.aadScope()});
    }
    rows.append({tr("Auto-refresh"), account.isAutoRefresh() ? tr("on") : tr("off")});
    for (const auto &[kind, state] : secrets) {
        QString label = secretKindDisplayName(kind);
        label[0] = label.at(0).toUpper();
        QString stateText;
        switch (state) {
        case SecretState::Stored:
            stateText = tr("stored in the keychain");
            break;
        case SecretState::Missing:
            stateText = tr("missing");
            break;
        case SecretState::Unknown:
            stateText = tr("unknown (the keychain could not be read)");
            break;
        }
        rows.append({label, stateText});
    }
    int width = 0;
    for (const auto &row : std::as_const(rows))
        width = qMax(width, int(row.first.size()) + 1);
    QString text;
    for (const auto &row : std::as_const(rows))
        text += QString(row.first + u':').leftJustified(width + 1) + row.second + u'\n';
    return text;
}

QString AccountsOutput::showJson(const Account &account, const SecretStates &secrets)
{
    QJsonObject json = account.toJson();
    QJsonObject states;
    for (const auto &[kind, state] : secrets)
        states.insert(secretKindKey(kind), stateName(state));
    json.insert(QStringLiteral("secrets"), states);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

} // namespace MrAuth
