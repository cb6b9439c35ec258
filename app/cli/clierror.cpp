#include "clierror.h"

#include "commandtable.h"

namespace MrAuth {

namespace {

// Messages can quote multi-line server text; the contract is one line per error.
QString oneLine(const QString &text)
{
    return text.simplified();
}

QString editCommand(const CliError::AccountContext &account, const QString &options)
{
    QString name = account.name;
    if (name.contains(u' ') || name.contains(u'\''))
        name = u'\'' + name.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    return QStringLiteral("mrauth accounts edit ") + name + u' ' + options;
}

} // namespace

CliError::CliError(const QString &type, const QString &message, ExitCode exitCode,
                   const QString &hint)
    : m_type(type), m_message(message), m_hint(hint), m_exitCode(exitCode)
{}

QString CliError::hintFor(Error::Code code, const AccountContext &account)
{
    const bool stored = !account.name.isEmpty();
    switch (code) {
    case Error::Code::AuthenticationFailed:
        if (stored && !account.usesAzureAd) {
            return tr("Check the account's key: store the current one with '%1', or use the "
                      "other key with --key-slot.")
                .arg(editCommand(account, QStringLiteral("--key-stdin")));
        }
        if (!account.usesAzureAd)
            return tr("Check the account ID and the key (both from the Azure portal's Access "
                      "keys page).");
        return tr("Check the Azure AD tenant, client ID and secret.");
    case Error::Code::Forbidden:
        return tr("The Azure AD principal needs a role on the account (for example Spatial "
                  "Anchors Account Reader).");
    case Error::Code::InvalidRequest:
        return tr("Check the account ID and the Azure AD settings.");
    case Error::Code::AccountNotFound:
        return tr("Check the account ID and the account domain.");
    case Error::Code::TlsError:
        return tr("If the STS uses a private or test CA, pass its certificate with --ca-file.");
    case Error::Code::Timeout:
        return tr("Retry, or allow more time with --timeout.");
    case Error::Code::Throttled:
        return tr("The STS is throttling requests: wait a little, then retry (or raise "
                  "--retries).");
    case Error::Code::ServerError:
        return tr("The service failed; retry later and give support both correlation vectors.");
    case Error::Code::ConnectionFailed:
        return tr("Check the network connection and the STS endpoint.");
    case Error::Code::InvalidResponse:
    case Error::Code::InvalidToken:
    case Error::Code::MissingExpiry:
        return tr("The endpoint did not answer like a Mixed Reality STS; check --endpoint.");
    case Error::Code::CredentialUnavailable:
    case Error::Code::HostNotFound: // the library's message already says what to check
    case Error::Code::NoError:
    case Error::Code::InvalidArgument:
    case Error::Code::InsecureRedirect:
    case Error::Code::Canceled:
        break;
    }
    return {};
}

CliError CliError::fromError(const Error &error, const AccountContext &account)
{
    CliError result(Error::codeName(error.code()), oneLine(error.message()),
                    exitCodeFor(error.code()), hintFor(error.code(), account));
    result.m_hasExchange = true;
    result.m_httpStatus = error.httpStatus();
    result.m_wwwAuthenticate = oneLine(error.wwwAuthenticate());
    result.m_requestCv = error.requestCorrelationVector();
    result.m_responseCv = error.responseCorrelationVector();
    return result;
}

CliError CliError::fromSecretError(const SecretError &error, SecretKind kind,
                                   const AccountContext &account)
{
    const QString what = secretKindDisplayName(kind);
    switch (error.code()) {
    case SecretError::Code::NotFound: {
        QString hint;
        if (!account.name.isEmpty()) {
            hint = kind == SecretKind::ClientSecret
                       ? tr("Store it with '%1'.")
                             .arg(editCommand(account, QStringLiteral("--client-secret-stdin")))
                       : tr("Store it with '%1'.")
                             .arg(editCommand(account, QStringLiteral("--key-slot ") +
                                                           (kind == SecretKind::SecondaryKey
                                                                ? QStringLiteral("secondary")
                                                                : QStringLiteral("primary")) +
                                                           QStringLiteral(" --key-stdin")));
        }
        return CliError(QStringLiteral("SecretNotFound"),
                        tr("The keychain holds no %1 for the account.").arg(what),
                        ExitCode::KeychainUnavailable, hint);
    }
    case SecretError::Code::Unavailable:
        return CliError(QStringLiteral("KeychainUnavailable"), oneLine(error.message()),
                        ExitCode::KeychainUnavailable,
                        tr("Without a keychain (a server or CI), use an ad-hoc account: "
                           "--account-id, --account-domain and MIXEDREALITY_ACCOUNT_KEY."));
    case SecretError::Code::AccessDenied:
        return CliError(QStringLiteral("KeychainAccessDenied"), oneLine(error.message()),
                        ExitCode::KeychainUnavailable,
                        tr("Allow mrauth to use the keychain, then retry."));
    case SecretError::Code::Failed:
        return CliError(QStringLiteral("KeychainFailed"), oneLine(error.message()),
                        ExitCode::KeychainUnavailable);
    case SecretError::Code::NoError:
        break;
    }
    return {};
}

CliError CliError::usage(const QString &message, const QStringList &path)
{
    return CliError(QStringLiteral("UsageError"), oneLine(message), ExitCode::Usage,
                    CommandTable::tryHelpHint(path));
}

CliError CliError::unknownAccount(const QString &name, const QStringList &knownNames)
{
    const QString hint =
        knownNames.isEmpty()
            ? tr("No account is stored yet; add one with 'mrauth accounts "
                 "add NAME …'.")
            : tr("The stored accounts are: %1.").arg(knownNames.join(QStringLiteral(", ")));
    return CliError(QStringLiteral("AccountNotFound"),
                    tr("There is no stored account named '%1'.").arg(name),
                    ExitCode::AccountNotFound, hint);
}

QString CliError::toLine(const QString &accountName) const
{
    QString line = CommandTable::programName() + QStringLiteral(": ");
    if (!accountName.isEmpty())
        line += accountName + QStringLiteral(": ");
    line += m_type + QStringLiteral(": ") + m_message;
    if (m_hasExchange) {
        line += m_httpStatus > 0 ? QStringLiteral(" [HTTP %1]").arg(m_httpStatus)
                                 : QStringLiteral(" [HTTP none]");
        if (!m_wwwAuthenticate.isEmpty() && !m_message.contains(m_wwwAuthenticate))
            line += QStringLiteral(" [WWW-Authenticate: %1]").arg(m_wwwAuthenticate);
        line += QStringLiteral(" [X-MRC-CV: %1]")
                    .arg(m_requestCv.isEmpty() ? QStringLiteral("none") : m_requestCv);
        line += QStringLiteral(" [MS-CV: %1]")
                    .arg(m_responseCv.isEmpty() ? QStringLiteral("none") : m_responseCv);
    }
    if (!m_hint.isEmpty())
        line += u' ' + m_hint;
    return line;
}

QJsonObject CliError::toJson() const
{
    QJsonObject json{
        {QStringLiteral("type"), m_type},
        {QStringLiteral("message"), m_message},
        {QStringLiteral("exitCode"), toInt(m_exitCode)},
        {QStringLiteral("httpStatus"), m_httpStatus},
        {QStringLiteral("requestCorrelationVector"), m_requestCv},
        {QStringLiteral("responseCorrelationVector"), m_responseCv},
    };
    if (!m_wwwAuthenticate.isEmpty())
        json.insert(QStringLiteral("wwwAuthenticate"), m_wwwAuthenticate);
    if (!m_hint.isEmpty())
        json.insert(QStringLiteral("hint"), m_hint);
    return json;
}

} // namespace MrAuth
