#include "tokencommand.h"

#include "accountlookup.h"
#include "accountstore.h"
#include "appsettings.h"
#include "clipboardsession.h"
#include "console.h"
#include "secretinput.h"
#include "storedaccounts.h"
#include "tokenfetcher.h"

#include <mrauth/devicecodeinfo.h>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace MrAuth {

Q_LOGGING_CATEGORY(lcCliToken, "mrauth.cli.token", QtWarningMsg)

TokenCommand::TokenCommand(const TokenRequest &request, bool quiet, QObject *parent)
    : QObject(parent), m_request(request), m_quiet(quiet)
{
    m_deadline.setSingleShot(true);
}

TokenCommand::~TokenCommand()
{
    m_request.keyFromEnvironment.fill(u'\0');
    m_request.clientSecretFromEnvironment.fill(u'\0');
    qDeleteAll(m_fetchers);
}

void TokenCommand::notice(const QString &text)
{
    if (!m_quiet)
        Console::errLine(text);
}

void TokenCommand::fail(const CliError &error)
{
    Console::errLine(error.toLine());
    finish(error.exitCode());
}

void TokenCommand::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    Q_EMIT finished(toInt(code));
}

bool TokenCommand::prepareOptions()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    AppSettings settings;
    settings.applyProxy(m_network.get());
    m_options.sts.networkAccessManager = m_network.get();
    if (m_request.retries)
        m_options.sts.retryPolicy.maxRetries = *m_request.retries;
    if (m_request.timeoutMs) {
        // Each try ends a little before the whole command does, so that the last try's own
        // Timeout (with its correlation vector) is what gets reported.
        const qint64 total = *m_request.timeoutMs;
        const qint64 perTry = total > 200 ? total - qMin<qint64>(200, total / 10) : total;
        m_options.sts.transferTimeout =
            qMin(m_options.sts.transferTimeout, std::chrono::milliseconds(perTry));
    }

    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_request.caFile.isEmpty()) {
        const QString path = QDir::cleanPath(QFileInfo(m_request.caFile).absoluteFilePath());
        if (!QFileInfo(path).isFile()) {
            fail(CliError::usage(
                tr("The CA file %1 does not exist.").arg(QDir::toNativeSeparators(path)),
                {QStringLiteral("token")}));
            return false;
        }
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
        if (certificates.isEmpty()) {
            fail(CliError::usage(
                tr("The CA file %1 holds no PEM certificate.").arg(QDir::toNativeSeparators(path)),
                {QStringLiteral("token")}));
            return false;
        }
        ssl.addCaCertificates(certificates);
        qCDebug(lcCliToken).noquote()
            << "trusting" << certificates.size() << "extra CA certificates from" << path;
    }
    m_options.sts.sslConfiguration = ssl;
    return true;
}

bool TokenCommand::loadAccounts()
{
    CliError error;
    QString warning;
    if (!StoredAccounts::open(&m_accounts, &m_secrets, &error, &warning)) {
        fail(error);
        return false;
    }
    if (!warning.isEmpty())
        notice(warning);
    return true;
}

void TokenCommand::start()
{
    if (!prepareOptions())
        return;
    if (m_request.timeoutMs) {
        m_deadline.setInterval(std::chrono::milliseconds(*m_request.timeoutMs));
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            for (TokenFetcher *fetcher : std::as_const(m_fetchers))
                fetcher->abortForTimeout(*m_request.timeoutMs);
        });
        m_deadline.start();
    }
    switch (m_request.target) {
    case TokenRequest::Target::StoredAccount:
        startStored();
        break;
    case TokenRequest::Target::AllStoredAccounts:
        startAll();
        break;
    case TokenRequest::Target::AdHocAccount:
        startAdHoc();
        break;
    }
}

TokenFetcher *TokenCommand::addFetcher(const Account &account, const QString &name,
                                       SecretStore *store,
                                       const AccountConnection::Secrets &secrets)
{
    auto *fetcher = new TokenFetcher(account, name, store, secrets, m_options);
    m_fetchers.append(fetcher);
    connect(fetcher, &TokenFetcher::finished, this, &TokenCommand::onFetcherFinished);
    connect(fetcher, &TokenFetcher::deviceCodeReceived, this, [name](const DeviceCodeInfo &info) {
        // Not a notice: the sign-in cannot go on without it, even with --quiet.
        const QString prefix = name.isEmpty() ? QString() : name + QStringLiteral(": ");
        Console::errLine(prefix +
                         (info.message().isEmpty()
                              ? tr("To sign in, open %1 and enter the code %2.")
                                    .arg(info.verificationUri().toString(), info.userCode())
                              : info.message()));
    });
    connect(fetcher, &TokenFetcher::browserSignInStarted, this, [this, name](const QUrl &) {
        notice(tr("%1: finish the sign-in in the browser that opened.")
                   .arg(name.isEmpty() ? tr("Azure AD") : name));
    });
    return fetcher;
}

void TokenCommand::startStored()
{
    if (!loadAccounts())
        return;
    CliError error;
    Account account = AccountLookup::find(m_accounts->accounts(), m_request.accountName, &error);
    if (account.isNull()) {
        fail(error);
        return;
    }
    if (m_request.keySlotOverride) {
        if (account.authMode() != Account::AuthMode::AccountKey) {
            fail(CliError::usage(tr("--key-slot chooses an account key, but '%1' signs in with "
                                    "Azure AD.")
                                     .arg(account.displayName()),
                                 {QStringLiteral("token")}));
            return;
        }
        account.setKeySlot(*m_request.keySlotOverride);
    }
    if (!m_request.endpointOverride.isEmpty())
        account.setCustomEndpoint(m_request.endpointOverride);
    addFetcher(account, account.displayName(), m_secrets.get(), {})->start();
}

void TokenCommand::startAll()
{
    if (!loadAccounts())
        return;
    const QList<Account> accounts = m_accounts->accounts();
    if (accounts.isEmpty()) {
        notice(tr("No account is stored yet; add one with 'mrauth accounts add NAME …'."));
        Console::out(TokenOutput::formatAll({}));
        finish(ExitCode::Success);
        return;
    }
    qCDebug(lcCliToken) << "getting tokens for" << accounts.size() << "accounts concurrently";
    for (Account account : accounts) {
        if (m_request.keySlotOverride && account.authMode() == Account::AuthMode::AccountKey)
            account.setKeySlot(*m_request.keySlotOverride);
        if (!m_request.endpointOverride.isEmpty())
            account.setCustomEndpoint(m_request.endpointOverride);
        addFetcher(account, account.displayName(), m_secrets.get(), {});
    }
    // Every fetch starts now; the keychain reads queue up, and each request goes out as soon
    // as its account's secret is there.
    const QList<TokenFetcher *> fetchers = m_fetchers;
    for (TokenFetcher *fetcher : fetchers)
        fetcher->start();
}

void TokenCommand::startAdHoc()
{
    AccountConnection::Secrets secrets;
    QString error;
    if (m_request.readKeyFromStdin &&
        !SecretInput::readLine(tr("account key"), &secrets.accountKey, &error)) {
        fail(CliError::usage(error, {QStringLiteral("token")}));
        return;
    }
    if (m_request.readClientSecretFromStdin &&
        !SecretInput::readLine(tr("client secret"), &secrets.clientSecret, &error)) {
        fail(CliError::usage(error, {QStringLiteral("token")}));
        return;
    }
    if (!m_request.keyFromEnvironment.isEmpty())
        secrets.accountKey = m_request.keyFromEnvironment;
    if (!m_request.clientSecretFromEnvironment.isEmpty())
        secrets.clientSecret = m_request.clientSecretFromEnvironment;
    qCDebug(lcCliToken).noquote() << "ad-hoc account; key from"
                                  << (m_request.readKeyFromStdin
                                          ? QStringLiteral("stdin")
                                          : (m_request.keyFromEnvironment.isEmpty()
                                                 ? QStringLiteral("nowhere")
                                                 : QStringLiteral("the environment")));
    addFetcher(m_request.adHocAccount, QString(), nullptr, secrets)->start();
    secrets.accountKey.fill(u'\0');
    secrets.clientSecret.fill(u'\0');
}

void TokenCommand::onFetcherFinished()
{
    if (m_finished)
        return;
    for (const TokenFetcher *fetcher : std::as_const(m_fetchers)) {
        if (!fetcher->isFinished())
            return;
    }
    m_deadline.stop();
    if (m_request.target == TokenRequest::Target::AllStoredAccounts)
        finishAll();
    else
        finishSingle(m_fetchers.constFirst()->result());
}

void TokenCommand::finishSingle(const TokenResult &result)
{
    if (!result.isSuccess()) {
        fail(result.error);
        return;
    }
    const QString text = TokenOutput::format(m_request.format, result);
    if (!m_request.copy) {
        Console::out(text);
        finish(ExitCode::Success);
        return;
    }
    const int clearAfter =
        m_request.clearAfterSeconds.value_or(int(AppSettings().clipboardTimeout().count()));
    m_clipboard =
        std::make_unique<ClipboardSession>(clearAfter, m_quiet, Console::isStderrTerminal());
    connect(m_clipboard.get(), &ClipboardSession::finished, this,
            [this] { finish(ExitCode::Success); });
    QString copied = text;
    while (copied.endsWith(u'\n'))
        copied.chop(1);
    m_clipboard->copy(copied);
    copied.fill(u'\0');
}

void TokenCommand::finishAll()
{
    QList<TokenResult> results;
    for (const TokenFetcher *fetcher : std::as_const(m_fetchers))
        results.append(fetcher->result());
    Console::out(TokenOutput::formatAll(results));
    for (const TokenResult &result : std::as_const(results)) {
        if (!result.isSuccess())
            Console::errLine(result.error.toLine(result.name));
    }
    finish(TokenOutput::exitCodeOfAll(results));
}

} // namespace MrAuth
