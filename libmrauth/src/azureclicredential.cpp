#include <mrauth/azureclicredential.h>

#include "aadazurecli_p.h"
#include "aadprotocol_p.h"
#include "aadrequest_p.h"
#include "aadtokencache_p.h"
#include "logging_p.h"
#include "secrets_p.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace MrAuth {

class AzureCliCredentialPrivate
{
public:
    TokenReply *fetch(const QStringList &scopes);

    AzureCliCredentialOptions options;
    Error configurationError;
    AadTokenCache *cache = nullptr;
};

namespace {

//! One run of `az account get-access-token`.
class AzureCliRun : public QObject
{
public:
    AzureCliRun(const AzureCliCredentialOptions &options, TokenReply *reply)
        : QObject(reply), m_options(options), m_reply(reply)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &AzureCliRun::onTimeout);
        reply->setAbortHandler([this] { stop(); });
    }

    void start(const QString &scope)
    {
        // Looked up at each run, so that a CLI installed meanwhile (or a test's) is found.
        const QString program = QStandardPaths::findExecutable(QStringLiteral("az"));
        if (program.isEmpty()) {
            m_reply->finishWithError(Error(
                Error::Code::CredentialUnavailable,
                AzureCliCredential::tr("The Azure CLI ('az') was not found on PATH. Install it "
                                       "and run 'az login', or use another credential.")));
            return;
        }
        m_process = new QProcess(this);
        m_process->setProgram(program);
        m_process->setArguments(azureCliArguments(scope, m_options.tenantId));
        // Not the caller's directory: a stray 'az' script there must not run.
        m_process->setWorkingDirectory(QDir::rootPath());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_CORE_NO_COLOR"), QStringLiteral("true"));
        environment.insert(QStringLiteral("AZURE_CORE_COLLECT_TELEMETRY"), QStringLiteral("false"));
        m_process->setProcessEnvironment(environment);
        connect(m_process, &QProcess::finished, this, &AzureCliRun::onFinished);
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                m_timer.stop();
                m_reply->finishWithError(
                    Error(Error::Code::CredentialUnavailable,
                          AzureCliCredential::tr("The Azure CLI could not be started: %1")
                              .arg(m_process->errorString())));
            }
        });
        qCDebug(lcMrAuthAad).noquote() << "running" << program << m_process->arguments().join(u' ');
        m_timer.start(m_options.processTimeout);
        m_process->start(QIODevice::ReadOnly);
    }

private:
    void onFinished(int exitCode, QProcess::ExitStatus status)
    {
        m_timer.stop();
        QByteArray output = m_process->readAllStandardOutput();
        const QByteArray standardError = m_process->readAllStandardError();
        qCDebug(lcMrAuthAad).noquote() << "az exited with" << exitCode;
        if (status != QProcess::NormalExit) {
            m_reply->finishWithError(Error(
                Error::Code::CredentialUnavailable,
                AzureCliCredential::tr("The Azure CLI crashed: %1").arg(m_process->errorString())));
        } else if (exitCode != 0) {
            m_reply->finishWithError(azureCliFailure(exitCode, standardError));
        } else {
            Error error;
            const AccessToken token = parseAzureCliOutput(output, &error);
            if (error)
                m_reply->finishWithError(error);
            else
                m_reply->finishWithToken(token);
        }
        wipe(output);
    }

    void onTimeout()
    {
        stop();
        m_reply->finishWithError(
            Error(Error::Code::CredentialUnavailable,
                  AzureCliCredential::tr("The Azure CLI did not answer within %n ms.", nullptr,
                                         int(m_options.processTimeout.count()))));
    }

    void stop()
    {
        m_timer.stop();
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }

    AzureCliCredentialOptions m_options;
    TokenReply *m_reply;
    QProcess *m_process = nullptr;
    QTimer m_timer;
};

} // namespace

TokenReply *AzureCliCredentialPrivate::fetch(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    Error error = configurationError ? configurationError : validateSingleScope(scopes);
    if (error) {
        finishLater(reply, error);
        return reply;
    }
    auto *run = new AzureCliRun(options, reply);
    const QString &scope = scopes.first();
    QTimer::singleShot(0, run, [run, scope] { run->start(scope); });
    return reply;
}

AzureCliCredential::AzureCliCredential(const AzureCliCredentialOptions &options, QObject *parent)
    : TokenCredential(parent), d(std::make_unique<AzureCliCredentialPrivate>())
{
    d->options = options;
    d->options.tenantId = options.tenantId.trimmed();
    if (!d->options.tenantId.isEmpty())
        d->configurationError = validateTenantId(d->options.tenantId, TenantUse::UserSignIn);
    d->cache =
        new AadTokenCache([this](const QStringList &scopes) { return d->fetch(scopes); }, this);
    d->cache->setClock(options.clock);
    d->cache->setRefreshMargin(options.refreshMargin);
}

AzureCliCredential::~AzureCliCredential()
{
    delete d->cache;
}

Error AzureCliCredential::configurationError() const
{
    return d->configurationError;
}

TokenReply *AzureCliCredential::getToken(const QStringList &scopes)
{
    return d->cache->getToken(scopes);
}

} // namespace MrAuth
