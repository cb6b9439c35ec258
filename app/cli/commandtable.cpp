#include "commandtable.h"

#include <mrauth/accountdomain.h>

#include <QSet>

namespace MrAuth {

namespace {

using Completion = CliOption::Completion;

CliOption flag(const QString &name, const char *description, QChar shortName = {})
{
    CliOption option;
    option.name = name;
    option.shortName = shortName;
    option.description = description;
    return option;
}

CliOption valued(const QString &name, const QString &valueName, const char *description,
                 Completion completion = Completion::None, const QStringList &choices = {},
                 QChar shortName = {})
{
    CliOption option;
    option.name = name;
    option.shortName = shortName;
    option.valueName = valueName;
    option.description = description;
    option.completion = choices.isEmpty() ? completion : Completion::Choice;
    option.choices = choices;
    return option;
}

CliOption formatOption(const QStringList &choices, const char *description)
{
    return valued(QStringLiteral("format"), QStringLiteral("FORMAT"), description,
                  Completion::Choice, choices, u'f');
}

QList<CliOption> commonOptions()
{
    return {
        flag(QStringLiteral("help"), QT_TRANSLATE_NOOP("MrAuth::CommandTable", "Show this help."),
             u'h'),
        flag(QStringLiteral("quiet"),
             QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                               "Print no notices or warnings on standard error; errors are "
                               "still printed."),
             u'q'),
        flag(QStringLiteral("verbose"),
             QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                               "Print debug logging of the requests on standard error (never "
                               "a secret).")),
    };
}

// The STS connection options that token and accounts add/edit share.
CliOption endpointOption()
{
    return valued(QStringLiteral("endpoint"), QStringLiteral("URL"),
                  QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                    "Custom STS endpoint instead of https://sts.DOMAIN (https; "
                                    "plain http only on loopback)."));
}

CliOption caFileOption()
{
    return valued(QStringLiteral("ca-file"), QStringLiteral("PEM"),
                  QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                    "Also trust the CA certificates in this PEM file (a private "
                                    "or test CA)."),
                  Completion::File);
}

CliOption accountIdOption()
{
    return valued(
        QStringLiteral("account-id"), QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("MrAuth::CommandTable", "The Mixed Reality account ID (a GUID)."));
}

CliOption accountDomainOption()
{
    return valued(QStringLiteral("account-domain"), QStringLiteral("DOMAIN"),
                  QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                    "The account domain, e.g. eastus.mixedreality.azure.com."));
}

CliOption keySlotOption(const char *description)
{
    return valued(QStringLiteral("key-slot"), QStringLiteral("SLOT"), description,
                  Completion::Choice, {QStringLiteral("primary"), QStringLiteral("secondary")});
}

CliOption keyStdinOption(const char *description)
{
    return flag(QStringLiteral("key-stdin"), description);
}

CliOption clientSecretStdinOption(const char *description)
{
    return flag(QStringLiteral("client-secret-stdin"), description);
}

CliOption tenantIdOption()
{
    return valued(QStringLiteral("tenant-id"), QStringLiteral("TENANT"),
                  QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                    "Azure AD tenant (a GUID or a domain such as "
                                    "contoso.onmicrosoft.com)."));
}

CliOption clientIdOption()
{
    return valued(
        QStringLiteral("client-id"), QStringLiteral("CLIENT"),
        QT_TRANSLATE_NOOP("MrAuth::CommandTable", "Azure AD application (client) ID, a GUID."));
}

CliOption authorityHostOption()
{
    return valued(
        QStringLiteral("authority-host"), QStringLiteral("URL"),
        QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                          "Azure AD authority host (default "
                          "https://login.microsoftonline.com; sovereign clouds differ)."));
}

CliOption aadScopeOption()
{
    return valued(QStringLiteral("aad-scope"), QStringLiteral("SCOPE"),
                  QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                    "Azure AD scope to ask for (default "
                                    "https://sts.mixedreality.azure.com//.default)."));
}

QStringList serviceChoices()
{
    return {QStringLiteral("spatial-anchors"), QStringLiteral("remote-rendering"),
            QStringLiteral("object-anchors"), QStringLiteral("custom")};
}

QStringList authChoices()
{
    return {QStringLiteral("account-key"), QStringLiteral("client-secret"),
            QStringLiteral("device-code"), QStringLiteral("interactive-browser"),
            QStringLiteral("azure-cli")};
}

// The account fields of accounts add and accounts edit, mirroring the app's account dialog.
QList<CliOption> accountFieldOptions()
{
    return {
        accountIdOption(),
        accountDomainOption(),
        valued(QStringLiteral("region"), QStringLiteral("REGION"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "Instead of --account-domain: the account's region, e.g. "
                                 "eastus (eastus2 is mixedreality.azure.com)."),
               Completion::Choice, AccountDomain::knownRegions()),
        valued(QStringLiteral("service"), QStringLiteral("SERVICE"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "The service the tokens are for (default spatial-anchors)."),
               Completion::Choice, serviceChoices()),
        valued(QStringLiteral("service-name"), QStringLiteral("NAME"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "For --service custom: what the service is called.")),
        valued(QStringLiteral("service-url"), QStringLiteral("URL"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "The service's base URL, for the curl format (default: the "
                                 "service host of the account domain).")),
        endpointOption(),
        caFileOption(),
        valued(
            QStringLiteral("auth"), QStringLiteral("MODE"),
            QT_TRANSLATE_NOOP("MrAuth::CommandTable", "How to authenticate (default account-key)."),
            Completion::Choice, authChoices()),
        keySlotOption(QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                        "Which account key the account uses, and which one "
                                        "--key-stdin stores (default primary).")),
        keyStdinOption(QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                         "Read the account key from one line of standard input "
                                         "and store it in the keychain.")),
        tenantIdOption(),
        clientIdOption(),
        clientSecretStdinOption(QT_TRANSLATE_NOOP(
            "MrAuth::CommandTable",
            "Read the client secret from one line of standard input (after the key, if both) "
            "and store it in the keychain.")),
        authorityHostOption(),
        aadScopeOption(),
        valued(QStringLiteral("auto-refresh"), QStringLiteral("on|off"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "Whether the desktop app refreshes the account's token before "
                                 "it expires (default on)."),
               Completion::Choice, {QStringLiteral("on"), QStringLiteral("off")}),
    };
}

QList<CliCommand> buildCommands()
{
    QList<CliCommand> commands;

    CliCommand token;
    token.path = QStringList{QStringLiteral("token")};
    token.arguments = QStringLiteral("[NAME]");
    token.maxArguments = 1;
    token.argumentCompletion = Completion::AccountName;
    token.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                      "Get an access token for a stored or ad-hoc account.");
    token.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "NAME is a stored account (see 'mrauth accounts list'); its key or client secret comes\n"
        "from the system keychain. Without NAME the account is ad hoc: --account-id and\n"
        "--account-domain (or MIXEDREALITY_ACCOUNT_ID and MIXEDREALITY_ACCOUNT_DOMAIN) name\n"
        "it, and it signs in with an account key from MIXEDREALITY_ACCOUNT_KEY or --key-stdin,\n"
        "or with Azure AD: --tenant-id and --client-id with --client-secret-stdin (or\n"
        "AZURE_CLIENT_SECRET), --device-code, or --azure-cli.\n"
        "\n"
        "No secret is ever taken as an argument: arguments are visible to every user of the\n"
        "machine in the process list. --key-stdin and --client-secret-stdin read one line\n"
        "from standard input, without echo on a terminal.\n"
        "\n"
        "Formats:\n"
        "  token   the bare token and a newline (the default)\n"
        "  json    {accessToken, expiresOn (ISO 8601 UTC), expiresOnEpoch, accountId,\n"
        "          accountDomain, endpoint, requestCorrelationVector,\n"
        "          responseCorrelationVector}, plus name for stored accounts\n"
        "  header  Authorization: Bearer TOKEN\n"
        "  env     export MIXEDREALITY_ACCESS_TOKEN='TOKEN'\n"
        "  curl    a curl command for the account's service URL\n"
        "--all prints a JSON array of json objects, one per stored account, with an error\n"
        "object {type, message, httpStatus, wwwAuthenticate, requestCorrelationVector,\n"
        "responseCorrelationVector, exitCode} in place of the token for each account that\n"
        "failed; it exits 0 only when every account got a token.\n"
        "\n"
        "--copy puts the text on the clipboard, marked so that clipboard managers do not keep\n"
        "it, prints nothing on standard output, and keeps running until the clipboard is\n"
        "cleared: after --clear-after seconds (default 30, or the app's setting; 0 waits until\n"
        "something else is copied), or at once on Ctrl+C. The clipboard's content lives only\n"
        "as long as the program that copied it. --copy needs a graphical session.\n"
        "\n"
        "Errors are one line on standard error: the error type, the message, the HTTP status\n"
        "and both correlation vectors (X-MRC-CV sent, MS-CV received), which support needs.\n"
        "\n"
        "Environment (ad-hoc accounts; options win): MIXEDREALITY_ACCOUNT_ID,\n"
        "MIXEDREALITY_ACCOUNT_DOMAIN, MIXEDREALITY_ACCOUNT_KEY, MIXEDREALITY_STS_ENDPOINT,\n"
        "MIXEDREALITY_CA_FILE, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET,\n"
        "AZURE_AUTHORITY_HOST.\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  2  usage: a bad option, argument or value\n"
        "  3  authentication rejected (HTTP 400, 401, 403)\n"
        "  4  account not found (HTTP 404, or an unknown NAME)\n"
        "  5  network, TLS or timeout\n"
        "  6  invalid response\n"
        "  7  keychain unavailable, or the account's secret missing from it\n"
        "  1  anything else (for example throttling or server errors after every retry)\n"
        "\n"
        "Examples:\n"
        "  export TOKEN=\"$(mrauth token my-anchors)\"\n"
        "  mrauth token my-anchors --format json | jq -r .expiresOn\n"
        "  printf '%s\\n' \"$KEY\" | mrauth token --account-id ID \\\n"
        "      --account-domain eastus.mixedreality.azure.com --key-stdin\n"
        "  mrauth token --account-id ID --account-domain DOMAIN --azure-cli\n"
        "  mrauth token my-anchors --copy --clear-after 20");
    token.options = {
        flag(QStringLiteral("all"),
             QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                               "Every stored account, fetched concurrently (JSON array).")),
        accountIdOption(),
        accountDomainOption(),
        keyStdinOption(
            QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                              "Read the account key from one line of standard input (else from "
                              "MIXEDREALITY_ACCOUNT_KEY).")),
        keySlotOption(QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                        "For a stored account: use this key instead of the "
                                        "account's choice.")),
        tenantIdOption(),
        clientIdOption(),
        clientSecretStdinOption(QT_TRANSLATE_NOOP(
            "MrAuth::CommandTable",
            "Azure AD service principal: read the client secret from one line of standard "
            "input.")),
        flag(QStringLiteral("device-code"),
             QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                               "Azure AD user sign-in on another device: prints a code to enter "
                               "at a web page.")),
        flag(QStringLiteral("azure-cli"),
             QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                               "Azure AD through the signed-in Azure CLI (az login).")),
        authorityHostOption(),
        aadScopeOption(),
        valued(QStringLiteral("service"), QStringLiteral("SERVICE"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "Ad-hoc account: its service, for the curl format."),
               Completion::Choice, serviceChoices()),
        valued(QStringLiteral("service-url"), QStringLiteral("URL"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "The URL the curl format calls (default: the service host of "
                                 "the account domain).")),
        endpointOption(),
        caFileOption(),
        formatOption({QStringLiteral("token"), QStringLiteral("json"), QStringLiteral("header"),
                      QStringLiteral("env"), QStringLiteral("curl")},
                     QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                       "token, json, header, env or curl (default token; json "
                                       "with --all).")),
        flag(QStringLiteral("copy"),
             QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                               "Copy to the clipboard instead of printing, and wait until it is "
                               "cleared.")),
        valued(QStringLiteral("clear-after"), QStringLiteral("SECONDS"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "With --copy: clear the clipboard after this many seconds "
                                 "(default 30; 0: when replaced).")),
        valued(QStringLiteral("timeout"), QStringLiteral("SECONDS"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "Give up after this many seconds in all, retries and sign-in "
                                 "included (default: 30 s per try).")),
        valued(QStringLiteral("retries"), QStringLiteral("N"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                 "Retry throttled, failed or timed-out requests up to N times "
                                 "(default 3, at most 10).")),
    };
    token.options += commonOptions();
    commands.append(token);

    CliCommand accounts;
    accounts.path = QStringList{QStringLiteral("accounts")};
    accounts.arguments = QStringLiteral("COMMAND");
    accounts.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                         "List, show, add, edit or remove stored accounts.");
    accounts.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "The accounts are the desktop app's: the same list (metadata only) and the same\n"
        "keychain entries for their secrets. Changes show up in a running app at once.");
    accounts.subcommands = {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"),
                            QStringLiteral("edit"), QStringLiteral("remove")};
    accounts.options = commonOptions();
    commands.append(accounts);

    CliCommand list;
    list.path = QStringList{QStringLiteral("accounts"), QStringLiteral("list")};
    list.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable", "List the stored accounts.");
    list.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "Formats: table (the default) has one line per account; json is an array of the\n"
        "accounts' metadata as the app stores it; names prints one name per line, for\n"
        "scripts and shell completion. No keychain access is needed.");
    list.options = {formatOption(
        {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("names")},
        QT_TRANSLATE_NOOP("MrAuth::CommandTable", "table, json or names (default table)."))};
    list.options += commonOptions();
    commands.append(list);

    CliCommand show;
    show.path = QStringList{QStringLiteral("accounts"), QStringLiteral("show")};
    show.arguments = QStringLiteral("NAME");
    show.minArguments = 1;
    show.maxArguments = 1;
    show.argumentCompletion = Completion::AccountName;
    show.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                     "Show one account and which of its secrets are stored.");
    show.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "Shows the metadata and, from the keychain, whether each secret the account can use\n"
        "is stored (never the secret itself). When the keychain cannot be reached the\n"
        "secrets show as unknown and a warning says why.");
    show.options = {
        formatOption({QStringLiteral("text"), QStringLiteral("json")},
                     QT_TRANSLATE_NOOP("MrAuth::CommandTable", "text or json (default text)."))};
    show.options += commonOptions();
    commands.append(show);

    CliCommand add;
    add.path = QStringList{QStringLiteral("accounts"), QStringLiteral("add")};
    add.arguments = QStringLiteral("NAME");
    add.minArguments = 1;
    add.maxArguments = 1;
    add.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                    "Add an account; its secret goes to the keychain.");
    add.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "NAME is how you refer to the account, in the CLI and in the app. An account-key\n"
        "account needs --account-id, --account-domain (or --region) and, to get tokens, a key:\n"
        "  printf '%s\\n' \"$KEY\" | mrauth accounts add my-anchors \\\n"
        "      --account-id ID --account-domain eastus.mixedreality.azure.com --key-stdin\n"
        "A service principal: --auth client-secret --tenant-id T --client-id C\n"
        "--client-secret-stdin. Device code, interactive browser and Azure CLI sign-ins need\n"
        "no secret.\n"
        "The secret is written to the keychain before the account is saved; when the keychain\n"
        "cannot be reached nothing is saved (exit 7).");
    add.options = accountFieldOptions();
    add.options += commonOptions();
    commands.append(add);

    CliCommand edit;
    edit.path = QStringList{QStringLiteral("accounts"), QStringLiteral("edit")};
    edit.arguments = QStringLiteral("NAME");
    edit.minArguments = 1;
    edit.maxArguments = 1;
    edit.argumentCompletion = Completion::AccountName;
    edit.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                     "Change an account's fields or store a new secret.");
    edit.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "Only the fields given change. An empty value (--endpoint=) clears an optional field.\n"
        "Key rotation, storing the new secondary key and switching to it:\n"
        "  printf '%s\\n' \"$NEW_KEY\" | mrauth accounts edit my-anchors \\\n"
        "      --key-slot secondary --key-stdin");
    edit.options = {
        valued(QStringLiteral("rename"), QStringLiteral("NEW-NAME"),
               QT_TRANSLATE_NOOP("MrAuth::CommandTable", "Give the account a new name."))};
    edit.options += accountFieldOptions();
    edit.options += commonOptions();
    commands.append(edit);

    CliCommand remove;
    remove.path = QStringList{QStringLiteral("accounts"), QStringLiteral("remove")};
    remove.arguments = QStringLiteral("NAME");
    remove.minArguments = 1;
    remove.maxArguments = 1;
    remove.argumentCompletion = Completion::AccountName;
    remove.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                       "Remove an account and its secrets from the keychain.");
    remove.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "The secrets are deleted first; when the keychain cannot be reached the account stays\n"
        "(exit 7), so that no secret is left behind without an account to find it by.");
    remove.options = commonOptions();
    commands.append(remove);

    CliCommand decode;
    decode.path = QStringList{QStringLiteral("decode")};
    decode.arguments = QStringLiteral("[TOKEN | -]");
    decode.maxArguments = 1;
    decode.argumentChoices = QStringList{QStringLiteral("-")};
    decode.argumentCompletion = Completion::Choice;
    decode.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                       "Show a token's header and claims, dates in UTC.");
    decode.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "Reads the token from standard input when TOKEN is '-' or missing; prefer that:\n"
        "a token given as an argument is visible in the process list while mrauth runs.\n"
        "Pasted text may keep an 'Authorization: Bearer ' or 'export NAME=' prefix and quotes.\n"
        "Dates (exp, nbf, iat) are shown in UTC and relative to now. The signature is not\n"
        "verified: the service does that.\n"
        "\n"
        "--check exits 8 when the token has expired or is not valid yet (6 when it is not a\n"
        "JWT or has no expiry), after printing as usual:\n"
        "  mrauth token my-anchors | mrauth decode --check - >/dev/null || echo renew");
    decode.options = {
        formatOption({QStringLiteral("text"), QStringLiteral("json")},
                     QT_TRANSLATE_NOOP("MrAuth::CommandTable", "text or json (default text).")),
        flag(QStringLiteral("check"),
             QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                               "Exit 8 when the token has expired or is not valid yet.")),
    };
    decode.options += commonOptions();
    commands.append(decode);

    CliCommand completion;
    completion.path = QStringList{QStringLiteral("completion")};
    completion.arguments = QStringLiteral("SHELL");
    completion.minArguments = 1;
    completion.maxArguments = 1;
    completion.argumentCompletion = Completion::Choice;
    completion.argumentChoices = {QStringLiteral("bash"), QStringLiteral("zsh"),
                                  QStringLiteral("fish")};
    completion.argumentsAreChoices = true;
    completion.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                           "Print the completion script for bash, zsh or fish.");
    completion.details = QT_TRANSLATE_NOOP(
        "MrAuth::CommandTable",
        "Install it with one of:\n"
        "  mrauth completion bash > ~/.local/share/bash-completion/completions/mrauth\n"
        "  mrauth completion zsh > \"${fpath[1]}/_mrauth\"\n"
        "  mrauth completion fish > ~/.config/fish/completions/mrauth.fish\n"
        "Account names are completed from 'mrauth accounts list --format names'.");
    completion.options = commonOptions();
    commands.append(completion);

    CliCommand help;
    help.path = QStringList{QStringLiteral("help")};
    help.arguments = QStringLiteral("[COMMAND [SUBCOMMAND]]");
    help.maxArguments = 2;
    help.argumentCompletion = Completion::Choice;
    help.argumentChoices = {QStringLiteral("token"), QStringLiteral("accounts"),
                            QStringLiteral("decode"), QStringLiteral("completion")};
    help.summary = QT_TRANSLATE_NOOP("MrAuth::CommandTable", "Show the help of a command.");
    help.options = commonOptions();
    commands.append(help);

    return commands;
}

} // namespace

const QList<CliCommand> &CommandTable::commands()
{
    static const QList<CliCommand> table = buildCommands();
    return table;
}

QStringList CommandTable::topLevelNames()
{
    QStringList names;
    for (const CliCommand &command : commands()) {
        if (command.path.size() == 1)
            names.append(command.path.constFirst());
    }
    return names;
}

const CliCommand *CommandTable::find(const QStringList &path)
{
    for (const CliCommand &command : commands()) {
        if (command.path == path)
            return &command;
    }
    return nullptr;
}

QList<CliOption> CommandTable::programOptions()
{
    QList<CliOption> options = commonOptions();
    options.insert(1, flag(QStringLiteral("version"),
                           QT_TRANSLATE_NOOP("MrAuth::CommandTable",
                                             "Show the versions of mrauth, libmrauth and Qt."),
                           u'V'));
    return options;
}

QStringList CommandTable::valueOptionSpellings()
{
    QStringList spellings;
    for (const CliCommand &command : commands()) {
        for (const CliOption &option : command.options) {
            if (!option.takesValue())
                continue;
            const QString longSpelling = QStringLiteral("--") + option.name;
            if (!spellings.contains(longSpelling))
                spellings.append(longSpelling);
            if (!option.shortName.isNull()) {
                const QString shortSpelling = QStringLiteral("-") + option.shortName;
                if (!spellings.contains(shortSpelling))
                    spellings.append(shortSpelling);
            }
        }
    }
    return spellings;
}

QString CommandTable::wrap(const QString &text, int width, int indent)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString result;
    int column = indent;
    for (const QString &word : words) {
        if (!result.isEmpty() && column + 1 + word.size() > width) {
            result += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (!result.isEmpty()) {
            result += u' ';
            ++column;
        }
        result += word;
        column += int(word.size());
    }
    return result;
}

namespace {

constexpr int helpWidth = 80;
constexpr int labelColumn = 28;

QString optionList(const QList<CliOption> &options)
{
    QString text;
    for (const CliOption &option : options) {
        QString label = QStringLiteral("  ") + option.helpLabel();
        if (label.size() + 2 > labelColumn)
            label += u'\n' + QString(labelColumn, u' ');
        else
            label = label.leftJustified(labelColumn, u' ');
        text += label + CommandTable::wrap(option.translatedDescription(), helpWidth, labelColumn) +
                u'\n';
    }
    return text;
}

QString commandList(const QList<const CliCommand *> &commands, int depth)
{
    QString text;
    for (const CliCommand *command : commands) {
        const QString name = QStringLiteral("  ") + command->path.mid(depth).join(u' ');
        text += name.leftJustified(labelColumn, u' ') +
                CommandTable::wrap(command->translatedSummary(), helpWidth, labelColumn) + u'\n';
    }
    return text;
}

} // namespace

QString CommandTable::reflow(const QString &text, int width)
{
    QStringList output;
    QString paragraph;
    auto flush = [&output, &paragraph, width] {
        if (!paragraph.isEmpty())
            output.append(wrap(paragraph, width, 0));
        paragraph.clear();
    };
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1String("  "))) {
            flush();
            output.append(line);
        } else {
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line;
        }
    }
    flush();
    return output.join(u'\n');
}

QString CommandTable::usageLine(const CliCommand &command)
{
    QString line = tr("Usage:") + u' ' + command.displayName();
    if (!command.arguments.isEmpty())
        line += u' ' + command.arguments;
    line += QStringLiteral(" [OPTIONS]");
    return line;
}

QString CommandTable::tryHelpHint(const QStringList &path)
{
    QStringList words{programName()};
    words += path;
    words.append(QStringLiteral("--help"));
    return tr("Try '%1'.").arg(words.join(u' '));
}

QString CommandTable::programHelp(const QString &version)
{
    QString text =
        tr("mrauth %1: Mixed Reality access tokens for scripts and the clipboard.").arg(version) +
        QStringLiteral("\n\n") + tr("Usage:") + u' ' + programName() +
        QStringLiteral(" COMMAND [ARGUMENTS] [OPTIONS]\n\n") + tr("Commands:") + u'\n';
    QList<const CliCommand *> list;
    for (const CliCommand &command : commands()) {
        if (command.path.size() == 1 || command.path.constFirst() == QLatin1String("accounts"))
            list.append(&command);
    }
    // "accounts" itself is listed through its subcommands.
    list.removeIf([](const CliCommand *command) { return command->isGroup(); });
    text += commandList(list, 0);
    text += u'\n' + tr("Options:") + u'\n' + optionList(programOptions());
    text += u'\n' +
            tr("Exit codes:\n"
               "  0  success\n"
               "  2  usage\n"
               "  3  authentication rejected (HTTP 400, 401, 403)\n"
               "  4  account not found (HTTP 404, or an unknown NAME)\n"
               "  5  network, TLS or timeout\n"
               "  6  invalid response\n"
               "  7  keychain unavailable\n"
               "  8  'decode --check' on an expired or not-yet-valid token\n"
               "  1  anything else\n") +
            u'\n' + tr("Run 'mrauth COMMAND --help' for the options of a command.") + u'\n';
    return text;
}

QString CommandTable::commandHelp(const CliCommand &command)
{
    QString text = usageLine(command) + QStringLiteral("\n\n") +
                   wrap(command.translatedSummary(), helpWidth, 0) + u'\n';
    if (command.isGroup()) {
        QList<const CliCommand *> list;
        for (const QString &name : command.subcommands) {
            if (const CliCommand *sub = find(command.path + QStringList{name}))
                list.append(sub);
        }
        text += u'\n' + tr("Commands:") + u'\n' + commandList(list, int(command.path.size()));
    }
    text += u'\n' + tr("Options:") + u'\n' + optionList(command.options);
    const QString details = command.translatedDetails();
    if (!details.isEmpty())
        text += u'\n' + reflow(details, helpWidth) + u'\n';
    return text;
}

QString CliOption::translatedDescription() const
{
    return description ? QCoreApplication::translate("MrAuth::CommandTable", description)
                       : QString();
}

QString CliOption::helpLabel() const
{
    QString label = shortName.isNull() ? QStringLiteral("    ")
                                       : QStringLiteral("-") + shortName + QStringLiteral(", ");
    label += QStringLiteral("--") + name;
    if (takesValue())
        label += u' ' + valueName;
    return label;
}

QString CliCommand::displayName() const
{
    return (QStringList{CommandTable::programName()} + path).join(u' ');
}

const CliOption *CliCommand::option(const QString &name) const
{
    for (const CliOption &candidate : options) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const CliOption *CliCommand::option(QChar shortName) const
{
    for (const CliOption &candidate : options) {
        if (!candidate.shortName.isNull() && candidate.shortName == shortName)
            return &candidate;
    }
    return nullptr;
}

QString CliCommand::translatedSummary() const
{
    return summary ? QCoreApplication::translate("MrAuth::CommandTable", summary) : QString();
}

QString CliCommand::translatedDetails() const
{
    return details ? QCoreApplication::translate("MrAuth::CommandTable", details) : QString();
}

} // namespace MrAuth
