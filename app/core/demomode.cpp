#include "demomode.h"

#include "accountstore.h"
#include "keychainsecretstore.h"
#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace MrAuth {

Q_LOGGING_CATEGORY(lcDemo, "mrauth.app.demo")

namespace {

const QString emulatorName = QStringLiteral("mrauth-sts-emulator");
// The namespace of the demo accounts' uuids, so that each run updates the same accounts.
const QUuid demoNamespace = QUuid::fromString(u"6f1d6a4e-3f7b-4c55-9a43-2c7e0b8d51aa");

Account::Service serviceFrom(const QString &name)
{
    if (name == QLatin1String("remote-rendering"))
        return Account::Service::RemoteRendering;
    if (name == QLatin1String("object-anchors"))
        return Account::Service::ObjectAnchors;
    return Account::Service::SpatialAnchors;
}

} // namespace

DemoMode::DemoMode(QObject *parent) : QObject(parent), m_dataDirectory(defaultDataDirectory())
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The STS emulator did not report its address within %n second(s).", nullptr,
                m_startTimeoutMs / 1000));
    });
}

DemoMode::~DemoMode()
{
    stop();
}

QString DemoMode::findEmulator()
{
    QString fromEnvironment = qEnvironmentVariable("MRAUTH_EMULATOR");
    if (!fromEnvironment.isEmpty() && QFileInfo(fromEnvironment).isExecutable())
        return fromEnvironment;
    QString beside = QCoreApplication::applicationDirPath() + u'/' + emulatorName;
    if (QFileInfo(beside).isExecutable())
        return beside;
    QString onPath = QStandardPaths::findExecutable(emulatorName);
    if (!onPath.isEmpty())
        return onPath;
    // The build tree: app/gui/mrauth-gui next to app/emulator/mrauth-sts-emulator.
    const QString buildTree =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../emulator/") + emulatorName;
    return QFileInfo(buildTree).isExecutable() ? QFileInfo(buildTree).canonicalFilePath()
                                               : QString();
}

QString DemoMode::defaultAccountFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/mrauth/demo/accounts.json");
}

QString DemoMode::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/mrauth/emulator");
}

QList<DemoMode::DemoAccount> DemoMode::accountsFromFile(const QByteArray &json,
                                                        const QUrl &endpoint, const QString &caFile,
                                                        QString *error)
{
    QList<DemoAccount> result;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray accounts = document.object().value(QStringLiteral("accounts")).toArray();
    if (!document.isObject() || accounts.isEmpty()) {
        if (error)
            *error = tr("The emulator's demo accounts file has no accounts.");
        return result;
    }
    for (const QJsonValue value : accounts) {
        const QJsonObject object = value.toObject();
        const QString accountId = object.value(QStringLiteral("accountId")).toString();
        if (!Account::isGuid(accountId))
            continue;
        DemoAccount demo;
        demo.account.setUuid(QUuid::createUuidV5(demoNamespace, accountId.toLower()));
        demo.account.setService(serviceFrom(object.value(QStringLiteral("service")).toString()));
        demo.account.setDisplayName(tr("Demo %1").arg(demo.account.serviceDisplayName()));
        demo.account.setAccountId(accountId);
        demo.account.setAccountDomain(object.value(QStringLiteral("accountDomain")).toString());
        demo.account.setCustomEndpoint(endpoint);
        demo.account.setCaCertificateFile(caFile);
        demo.account.setAuthMode(Account::AuthMode::AccountKey);
        demo.account.setKeySlot(Account::KeySlot::Primary);
        demo.account.setAutoRefresh(true);
        demo.primaryKey = object.value(QStringLiteral("primaryKey")).toString();
        demo.secondaryKey = object.value(QStringLiteral("secondaryKey")).toString();
        result << demo;
    }
    // An Azure AD sign-in too: the first service principal with a role on a demo account,
    // against the emulator as the authority.
    const QJsonObject root = document.object();
    const QJsonArray tenants = root.value(QStringLiteral("tenants")).toArray();
    const QJsonArray roles = root.value(QStringLiteral("roleAssignments")).toArray();
    const QJsonObject tenant = tenants.first().toObject();
    const QJsonObject principal =
        tenant.value(QStringLiteral("servicePrincipals")).toArray().first().toObject();
    const QString clientId = principal.value(QStringLiteral("clientId")).toString();
    for (const QJsonValue role : roles) {
        const QJsonObject assignment = role.toObject();
        if (clientId.isEmpty() ||
            assignment.value(QStringLiteral("principalId")).toString() != clientId)
            continue;
        const QString accountId = assignment.value(QStringLiteral("accountId")).toString();
        for (const DemoAccount &keyed : std::as_const(result)) {
            if (keyed.account.accountId() != accountId)
                continue;
            DemoAccount aad = keyed;
            aad.account.setUuid(
                QUuid::createUuidV5(demoNamespace, accountId.toLower() + QStringLiteral("/aad")));
            aad.account.setDisplayName(
                tr("Demo %1 (Azure AD)").arg(keyed.account.serviceDisplayName()));
            aad.account.setAuthMode(Account::AuthMode::ClientSecret);
            aad.account.setTenantId(tenant.value(QStringLiteral("tenantId")).toString());
            aad.account.setClientId(clientId);
            aad.account.setAuthorityHost(endpoint);
            aad.primaryKey.clear();
            aad.secondaryKey.clear();
            aad.clientSecret = principal.value(QStringLiteral("clientSecret")).toString();
            result << aad;
            break;
        }
        break;
    }
    if (result.isEmpty() && error)
        *error = tr("The emulator's demo accounts file has no usable account.");
    return result;
}

void DemoMode::start(AccountStore *store)
{
    if (m_status == Status::Starting || m_status == Status::Running)
        return;
    m_store = store;
    m_status = Status::Starting;
    m_errorString.clear();
    m_endpoint.clear();
    m_caFile.clear();
    m_addressSeen = false;
    m_outputBuffer.clear();
    m_errorOutput.clear();
    if (m_secretStore)
        startEmulator();
    else
        chooseSecretStore();
}

void DemoMode::stop()
{
    m_startTimer.stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000)) {
                m_process->kill();
                m_process->waitForFinished(1000);
            }
        }
        m_process.reset();
    }
    if (m_status == Status::Running || m_status == Status::Starting)
        m_status = Status::Idle;
}

void DemoMode::chooseSecretStore()
{
    if (!m_keychainAllowed) {
        m_secretStore = std::make_unique<MemorySecretStore>();
        m_usesKeychain = false;
        Q_EMIT secretStoreChosen(m_secretStore.get());
        startEmulator();
        return;
    }
    auto keychain = std::make_unique<KeychainSecretStore>(KeychainSecretStore::demoServiceName());
    SecretJob *probe = keychain->probe();
    connect(
        probe, &SecretJob::finished, this, [this, keychain = keychain.release()](SecretJob *job) {
            std::unique_ptr<SecretStore> store(keychain);
            if (job->error().isError()) {
                qCInfo(lcDemo).noquote() << "no keychain for the demo keys, keeping them in memory:"
                                         << job->error().message();
                m_keychainProblem = job->error();
                // The job is the keychain store's child: delete the store once it is done.
                store.release()->deleteLater();
                m_secretStore = std::make_unique<MemorySecretStore>();
                m_usesKeychain = false;
            } else {
                m_secretStore = std::move(store);
                m_usesKeychain = true;
            }
            Q_EMIT secretStoreChosen(m_secretStore.get());
            startEmulator();
        });
}

void DemoMode::startEmulator()
{
    if (m_program.isEmpty())
        m_program = findEmulator();
    if (m_program.isEmpty()) {
        fail(tr("The STS emulator (%1) was not found next to the app or on PATH.")
                 .arg(emulatorName));
        return;
    }
    if (!QDir().mkpath(m_dataDirectory)) {
        fail(tr("Cannot create the demo directory %1.")
                 .arg(QDir::toNativeSeparators(m_dataDirectory)));
        return;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments({QStringLiteral("--demo"), QStringLiteral("--port"),
                             QStringLiteral("0"), QStringLiteral("--demo-dir"), m_dataDirectory,
                             QStringLiteral("--tls-dir"),
                             m_dataDirectory + QStringLiteral("/tls")});
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &DemoMode::onOutput);
    // Keep the end of stderr for the failure message, without letting the pipe fill up.
    connect(m_process.get(), &QProcess::readyReadStandardError, this, [this] {
        m_errorOutput += m_process->readAllStandardError();
        if (m_errorOutput.size() > 4096)
            m_errorOutput = m_errorOutput.right(4096);
    });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("The STS emulator could not be started: %1").arg(m_process->errorString()));
        }
    });
    connect(m_process.get(), &QProcess::finished, this, [this](int exitCode) {
        m_errorOutput += m_process->readAllStandardError();
        const QString details = QString::fromLocal8Bit(m_errorOutput.right(1024)).trimmed();
        fail(details.isEmpty() ? tr("The STS emulator stopped (exit code %1).").arg(exitCode)
                               : tr("The STS emulator stopped: %1").arg(details));
    });
    qCDebug(lcDemo) << "starting" << m_program;
    m_startTimer.start(m_startTimeoutMs);
    m_process->start();
}

void DemoMode::onOutput()
{
    m_outputBuffer += m_process->readAllStandardOutput();
    if (m_status != Status::Starting) {
        m_outputBuffer.clear(); // request log lines: not needed
        return;
    }
    while (true) {
        const qsizetype end = m_outputBuffer.indexOf('\n');
        if (end < 0)
            break;
        const QString line = QString::fromUtf8(m_outputBuffer.left(end)).trimmed();
        m_outputBuffer.remove(0, end + 1);
        const QString listening = QStringLiteral("listening on ");
        const QString ca = QStringLiteral("ca certificate ");
        if (line.startsWith(listening)) {
            m_endpoint = QUrl(line.mid(listening.size()), QUrl::StrictMode);
            m_addressSeen = true;
        } else if (line.startsWith(ca)) {
            m_caFile = line.mid(ca.size());
        }
        if (m_addressSeen &&
            (m_endpoint.scheme() != QLatin1String("https") || !m_caFile.isEmpty())) {
            m_startTimer.stop();
            onEmulatorReady();
            return;
        }
    }
}

void DemoMode::onEmulatorReady()
{
    const QString path = QDir(m_dataDirectory).filePath(QStringLiteral("demo-accounts.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read the demo accounts file %1: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QString error;
    const QList<DemoAccount> accounts =
        accountsFromFile(file.readAll(), m_endpoint, m_caFile, &error);
    if (accounts.isEmpty()) {
        fail(error);
        return;
    }
    storeSecrets(accounts);
}

void DemoMode::storeSecrets(const QList<DemoAccount> &accounts)
{
    struct Pending
    {
        int remaining = 0;
        bool failed = false;
    };
    auto pending = std::make_shared<Pending>();
    QList<Account> metadata;
    QList<SecretJob *> jobs;
    for (const DemoAccount &demo : accounts) {
        metadata << demo.account;
        if (!demo.primaryKey.isEmpty()) {
            jobs << m_secretStore->writeSecret(demo.account.uuid(), SecretKind::PrimaryKey,
                                               demo.primaryKey);
        }
        if (!demo.secondaryKey.isEmpty()) {
            jobs << m_secretStore->writeSecret(demo.account.uuid(), SecretKind::SecondaryKey,
                                               demo.secondaryKey);
        }
        if (!demo.clientSecret.isEmpty()) {
            jobs << m_secretStore->writeSecret(demo.account.uuid(), SecretKind::ClientSecret,
                                               demo.clientSecret);
        }
    }
    pending->remaining = int(jobs.size());
    for (SecretJob *job : std::as_const(jobs)) {
        connect(job, &SecretJob::finished, this, [this, pending, metadata](SecretJob *finished) {
            --pending->remaining;
            if (pending->failed)
                return;
            if (finished->error().isError()) {
                pending->failed = true;
                fail(tr("Could not store the demo keys: %1").arg(finished->error().message()));
                return;
            }
            if (pending->remaining > 0)
                return;
            if (!m_store) {
                fail(tr("The demo account list is gone."));
                return;
            }
            if (!m_store->upsert(metadata)) {
                fail(m_store->errorString());
                return;
            }
            m_accounts.clear();
            for (const Account &account : metadata)
                m_accounts << account.uuid();
            m_status = Status::Running;
            qCInfo(lcDemo).noquote() << "demo running at" << m_endpoint.toString();
            Q_EMIT ready();
        });
    }
}

void DemoMode::fail(const QString &message)
{
    if (m_status == Status::Failed)
        return;
    m_startTimer.stop();
    m_status = Status::Failed;
    m_errorString = message;
    qCWarning(lcDemo).noquote() << message;
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    Q_EMIT failed(message);
}

} // namespace MrAuth
