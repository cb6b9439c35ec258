#include "tokenfetcher.h"

#include "secretbatch.h"
#include "secretstore.h"

#include <mrauth/devicecodeinfo.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/mixedrealitytokencredential.h>
#include <mrauth/tokenreply.h>

#include <QLoggingCategory>

namespace MrAuth {

Q_LOGGING_CATEGORY(lcCliFetch, "mrauth.cli.fetch", QtWarningMsg)

namespace {

void wipe(AccountConnection::Secrets &secrets)
{
    for (QString *secret : {&secrets.accountKey, &secrets.clientSecret, &secrets.refreshToken}) {
        secret->fill(u'\0');
        secret->clear();
    }
}

QUrl defaultEndpoint(const Account &account)
{
    if (!account.customEndpoint().isEmpty())
        return account.customEndpoint();
    return QUrl(QStringLiteral("https://sts.") + account.accountDomain().trimmed().toLower());
}

} // namespace

TokenFetcher::TokenFetcher(const Account &account, const QString &name, SecretStore *store,
                           const AccountConnection::Secrets &secrets,
                           const AccountConnection::Options &options, QObject *parent)
    : QObject(parent), m_account(account), m_store(store), m_secrets(secrets), m_options(options)
{
    m_result.name = name;
    m_result.account = account;
    m_result.endpoint = defaultEndpoint(account);
}

TokenFetcher::~TokenFetcher()
{
    wipe(m_secrets);
    if (m_reply)
        delete m_reply.data();
}

CliError::AccountContext TokenFetcher::context() const
{
    return {m_result.name, m_account.usesAzureAd()};
}

void TokenFetcher::start()
{
    qCDebug(lcCliFetch).noquote() << "getting a token for"
                                  << (m_result.name.isEmpty() ? QStringLiteral("an ad-hoc account")
                                                              : m_result.name)
                                  << "account id" << m_account.accountId() << "with"
                                  << Account::authModeName(m_account.authMode());
    if (!m_store) {
        requestToken();
        return;
    }
    m_reads = new SecretBatch(m_store, m_account.uuid(), this);
    const QList<SecretKind> kinds = AccountConnection::requiredSecrets(m_account) +
                                    AccountConnection::optionalSecrets(m_account);
    for (SecretKind kind : kinds)
        m_reads->read(kind);
    connect(m_reads, &SecretBatch::finished, this, &TokenFetcher::onSecretsRead);
    m_reads->start();
}

void TokenFetcher::onSecretsRead()
{
    if (m_finished)
        return;
    const QList<SecretKind> required = AccountConnection::requiredSecrets(m_account);
    for (const SecretBatch::Outcome &outcome : m_reads->outcomes()) {
        const bool isRequired = required.contains(outcome.kind);
        if (outcome.error.isError() &&
            (isRequired || outcome.error.code() != SecretError::Code::NotFound)) {
            qCDebug(lcCliFetch).noquote()
                << "reading the" << secretKindKey(outcome.kind)
                << "failed:" << SecretError::codeName(outcome.error.code());
            fail(CliError::fromSecretError(outcome.error, outcome.kind, context()));
            m_reads->deleteLater();
            return;
        }
        if (outcome.error.isError())
            continue;
        switch (outcome.kind) {
        case SecretKind::PrimaryKey:
        case SecretKind::SecondaryKey:
            m_secrets.accountKey = outcome.secret;
            break;
        case SecretKind::ClientSecret:
            m_secrets.clientSecret = outcome.secret;
            break;
        case SecretKind::RefreshToken:
            m_secrets.refreshToken = outcome.secret;
            break;
        }
    }
    m_reads->deleteLater();
    requestToken();
}

void TokenFetcher::requestToken()
{
    m_connection = std::make_unique<AccountConnection>(m_account, m_secrets, m_options);
    wipe(m_secrets);
    if (const Error error = m_connection->configurationError(); error.isError()) {
        fail(CliError::fromError(error, context()));
        return;
    }
    connect(m_connection.get(), &AccountConnection::deviceCodeReceived, this,
            &TokenFetcher::deviceCodeReceived);
    connect(m_connection.get(), &AccountConnection::browserSignInStarted, this,
            &TokenFetcher::browserSignInStarted);
    connect(m_connection.get(), &AccountConnection::refreshTokenChanged, this,
            [this](const QString &refreshToken) {
                if (!m_store)
                    return; // ad hoc: nothing outlives the process
                auto *write = new SecretBatch(m_store, m_account.uuid(), this);
                write->write(SecretKind::RefreshToken, refreshToken);
                ++m_pendingWrites;
                connect(write, &SecretBatch::finished, this, [this, write] {
                    --m_pendingWrites;
                    write->deleteLater();
                    finishIfDone();
                });
                write->start();
            });
    // The STS client itself, not the caching credential: one process gets one token, and
    // the client's reply reports each retry with the error (and vectors) that caused it.
    MixedRealityStsClient *client = m_connection->credential()->client();
    m_result.endpoint = client->endpointUrl();
    m_reply = client->getToken();
    connect(m_reply, &TokenReply::retryScheduled, this,
            [this](int retry, qint64 delayMs, const Error &reason) {
                m_lastRetryReason = reason;
                qCInfo(lcCliFetch).noquote()
                    << "retry" << retry << "in" << delayMs << "ms after" << reason.toString();
            });
    connect(m_reply, &TokenReply::finished, this, &TokenFetcher::onReplyFinished);
}

void TokenFetcher::onReplyFinished()
{
    TokenReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    m_result.requestCorrelationVector = reply->requestCorrelationVector();
    m_result.responseCorrelationVector = reply->responseCorrelationVector();
    if (reply->error() == Error::Code::NoError) {
        m_result.token = reply->accessToken();
        qCDebug(lcCliFetch).noquote()
            << "token received, expires" << m_result.token.expiresOn().toString(Qt::ISODate)
            << "X-MRC-CV" << m_result.requestCorrelationVector << "MS-CV"
            << m_result.responseCorrelationVector;
    } else {
        Error error = reply->errorInfo();
        if (m_timedOut && error.code() == Error::Code::Canceled) {
            // The vectors of the last try that failed, so that support can find it.
            Error timeout(Error::Code::Timeout, timeoutMessage());
            timeout.setHttpStatus(m_lastRetryReason.httpStatus());
            timeout.setRequestCorrelationVector(m_lastRetryReason.requestCorrelationVector());
            timeout.setResponseCorrelationVector(m_lastRetryReason.responseCorrelationVector());
            error = timeout;
        }
        if (error.requestCorrelationVector().isEmpty())
            error.setRequestCorrelationVector(reply->requestCorrelationVector());
        if (error.responseCorrelationVector().isEmpty())
            error.setResponseCorrelationVector(reply->responseCorrelationVector());
        if (error.httpStatus() == 0)
            error.setHttpStatus(reply->httpStatus());
        m_result.requestCorrelationVector = error.requestCorrelationVector();
        m_result.responseCorrelationVector = error.responseCorrelationVector();
        m_result.error = CliError::fromError(error, context());
        qCDebug(lcCliFetch).noquote() << "failed:" << error.toString();
    }
    m_replyDone = true;
    reply->deleteLater();
    finishIfDone();
}

void TokenFetcher::abortForTimeout(qint64 timeoutMs)
{
    if (m_finished)
        return;
    m_timedOut = true;
    m_timeoutMs = timeoutMs;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort();
        return;
    }
    fail(CliError::fromError(Error(Error::Code::Timeout, timeoutMessage()), context()));
}

QString TokenFetcher::timeoutMessage() const
{
    return tr("No token within %1 s (--timeout).")
        .arg(QString::number(double(m_timeoutMs) / 1000.0));
}

void TokenFetcher::fail(const CliError &error)
{
    if (m_finished)
        return;
    m_result.error = error;
    m_replyDone = true;
    finishIfDone();
}

void TokenFetcher::finishIfDone()
{
    if (m_finished || !m_replyDone || m_pendingWrites > 0)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace MrAuth
