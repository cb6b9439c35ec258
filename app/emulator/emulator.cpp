#include "emulator.h"

#include "accountsfile.h"
#include "demoaccounts.h"
#include "httpserver.h"
#include "opensslhelpers.h"
#include "tlsmaterial.h"

#include <mrauth/mrauth_version.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace MrAuth {

namespace {

HttpResponse adminJson(int status, const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    HttpResponse response = HttpResponse::json(status, document);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse adminError(int status, const QString &message)
{
    return adminJson(status, QJsonObject{{QStringLiteral("error"), message}});
}

HttpResponse notFound()
{
    HttpResponse response;
    response.status = 404;
    return response;
}

bool isHostHeaderSafe(const QByteArray &host)
{
    return !host.isEmpty() && host.size() < 256 &&
           std::all_of(host.cbegin(), host.cend(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
           });
}

} // namespace

Emulator::Emulator(const EmulatorOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_log.setCapacity(options.logCapacity);
    m_identityHeader = QString::fromLatin1(OpenSsl::randomBytes(16).toHex());
}

Emulator::~Emulator()
{
    stop();
}

const AccountsConfig &Emulator::config() const
{
    return m_accounts->config();
}

QUrl Emulator::url() const
{
    return m_server ? m_server->url() : QUrl();
}

bool Emulator::prepareAccounts(QString *error)
{
    QString path = m_options.accountsPath;
    if (m_options.demo) {
        if (!QDir().mkpath(m_options.demoDir)) {
            *error = tr("Cannot create the demo directory %1.").arg(m_options.demoDir);
            return false;
        }
        path = QDir(m_options.demoDir).absoluteFilePath(QStringLiteral("demo-accounts.json"));
        if (!QFileInfo::exists(path)) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                *error = tr("Cannot write the demo accounts file %1.").arg(path);
                return false;
            }
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            file.write(QJsonDocument(DemoAccounts::config().toJson()).toJson());
            if (!file.commit()) {
                *error = tr("Cannot write the demo accounts file %1.").arg(path);
                return false;
            }
        }
    }
    m_accounts = std::make_unique<AccountsFile>(path);
    if (!m_accounts->load(error))
        return false;
    connect(m_accounts.get(), &AccountsFile::reloaded, this, [this] {
        m_sts->clearCache();
        const QJsonObject entry{
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("level"), QStringLiteral("info")},
            {QStringLiteral("message"), tr("Accounts reloaded from %1: %2 accounts, %3 tenants.")
                                            .arg(m_accounts->path())
                                            .arg(config().accounts().size())
                                            .arg(config().tenants().size())}};
        m_log.record(entry, false);
    });
    connect(m_accounts.get(), &AccountsFile::reloadFailed, this, [this](const QString &reason) {
        m_log.error(tr("The accounts file changed but cannot be used; the previous accounts stay. "
                       "%1")
                        .arg(reason));
    });
    return true;
}

bool Emulator::start(QString *error)
{
    if (!m_signer.isValid()) {
        *error = tr("Cannot create the token signing key: %1").arg(OpenSsl::lastError());
        return false;
    }
    if (!m_options.logPath.isEmpty() && !m_log.setLogFile(m_options.logPath, error))
        return false;
    if (!prepareAccounts(error))
        return false;
    const auto configGetter = [this]() -> const AccountsConfig & {
        return config();
    };
    m_sts = std::make_unique<StsService>(configGetter, &m_signer);
    m_sts->setTokenLifetime(m_options.tokenLifetime);
    m_aad = std::make_unique<AadService>(configGetter, &m_signer);
    m_aad->setDeviceCodeInterval(m_options.deviceCodeInterval);
    m_aad->setIdentityHeader(m_identityHeader);
    for (const QJsonObject &spec : std::as_const(m_options.faults)) {
        QString reason;
        const std::optional<FaultInjector::Fault> fault =
            FaultInjector::Fault::fromJson(spec, &reason);
        if (!fault) {
            *error = tr("--fault: %1").arg(reason);
            return false;
        }
        m_faults.add(*fault);
    }

    TlsMaterial tls;
    if (!m_options.plainHttp) {
        if (!m_options.tlsCertificate.isEmpty()) {
            tls = TlsMaterial::fromFiles(m_options.tlsCertificate, m_options.tlsKey,
                                         m_options.tlsCa, error);
        } else {
            const QString dir = m_options.tlsDir.isEmpty()
                                    ? EmulatorOptions::defaultDataDir() + QStringLiteral("/tls")
                                    : m_options.tlsDir;
            tls = TlsMaterial::fromDirectory(dir, error);
        }
        if (!tls.isValid())
            return false;
    }

    m_server = std::make_unique<HttpServer>(this);
    m_server->setTimeouts({m_options.requestTimeoutMs, m_options.idleTimeoutMs});
    m_server->setMaxConnections(m_options.maxConnections);
    if (!m_options.plainHttp)
        m_server->setSslConfiguration(tls.serverConfiguration());
    if (!m_server->listen(m_options.host, m_options.port, error))
        return false;
    m_schemeHostPort = m_server->url().toString();
    m_log.printLine("listening on " + m_server->url().toEncoded());
    if (!tls.caPath().isEmpty())
        m_log.printLine("ca certificate " + QFile::encodeName(tls.caPath()));
    return true;
}

void Emulator::stop()
{
    if (m_server)
        m_server->close();
    m_log.flush();
}

QString Emulator::stsAccountId(const QString &path)
{
    // "/Accounts/{id}/token"
    if (!path.startsWith(QLatin1String("/accounts/"), Qt::CaseInsensitive) ||
        !path.endsWith(QLatin1String("/token")))
        return {};
    QString middle = path.mid(10, path.size() - 10 - 6);
    if (middle.isEmpty() || middle.contains(u'/'))
        return {};
    return middle;
}

QString Emulator::baseUrl(const HttpRequest &request) const
{
    // Tokens and discovery documents name the host the client used (localhost or 127.0.0.1).
    const QByteArray host = request.header("Host");
    if (!isHostHeaderSafe(host))
        return m_schemeHostPort;
    return (m_options.plainHttp ? QStringLiteral("http://") : QStringLiteral("https://")) +
           QString::fromLatin1(host);
}

HttpResponse Emulator::handle(const HttpRequest &request, const QHostAddress &peer)
{
    return route(request, peer);
}

HttpResponse Emulator::faultResponse(const FaultInjector::Fault &fault, const QString &target) const
{
    const bool sts = target == QLatin1String("sts");
    HttpResponse response = sts ? StsService::baseResponse(200) : HttpResponse();
    switch (fault.kind) {
    case FaultInjector::Kind::Latency:
        break;
    case FaultInjector::Kind::Throttle:
        response.status = 429;
        response.setHeader("Retry-After", QByteArray::number(fault.retryAfter));
        if (!sts) {
            response.setJson(QJsonDocument(QJsonObject{
                {QStringLiteral("error"), QStringLiteral("temporarily_unavailable")},
                {QStringLiteral("error_description"),
                 QStringLiteral("AADSTS50196: The server terminated an operation because it "
                                "encountered a client request loop.")},
                {QStringLiteral("error_codes"), QJsonArray{50196}}}));
        }
        break;
    case FaultInjector::Kind::ServerError:
        response.status = 500;
        break;
    case FaultInjector::Kind::Unavailable:
        response.status = 503;
        break;
    case FaultInjector::Kind::Drop:
        response.delivery = HttpResponse::Delivery::Drop;
        break;
    case FaultInjector::Kind::Hang:
        response.delivery = HttpResponse::Delivery::Hang;
        break;
    case FaultInjector::Kind::MalformedJson:
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = sts ? QByteArray("{\"AccessToken\": eyJhbGciOiJSUzI1NiJ9<html>")
                            : QByteArray("{\"access_token\": <html>");
        break;
    case FaultInjector::Kind::MissingToken:
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = "{}";
        break;
    case FaultInjector::Kind::Truncated:
        response.delivery = HttpResponse::Delivery::Truncate;
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        response.body = sts ? QByteArray("{\"AccessToken\":\"eyJhbGciOiJSUzI1NiIsInR5cCI6")
                            : QByteArray("{\"token_type\":\"Bearer\",\"access_token\":\"eyJhbGci");
        break;
    }
    return response;
}

HttpResponse Emulator::route(const HttpRequest &request, const QHostAddress &peer)
{
    const QString &path = request.path;
    if (path == QLatin1String("/_emulator") || path.startsWith(QLatin1String("/_emulator/")))
        return admin(request, peer);

    QString target;
    QString accountId = stsAccountId(path);
    if (!accountId.isNull())
        target = QStringLiteral("sts");
    else if (path == QLatin1String("/metadata/identity/oauth2/token") ||
             path == QLatin1String("/msi/token"))
        target = QStringLiteral("managed-identity");
    else if (path != QLatin1String("/.well-known/jwks.json") &&
             path != QLatin1String("/devicelogin"))
        target = QStringLiteral("aad");

    HttpResponse response;
    FaultInjector::Decision decision;
    if (!m_faults.isEmpty() && !target.isEmpty())
        decision = m_faults.decide(target, accountId);
    if (decision.answer) {
        response = faultResponse(*decision.answer, target);
    } else if (target == QLatin1String("sts")) {
        response = m_sts->handle(request, accountId);
    } else if (path == QLatin1String("/.well-known/jwks.json")) {
        response = HttpResponse::json(200, QJsonDocument(m_signer.jwks()));
    } else if (path == QLatin1String("/devicelogin")) {
        response.setHeader("Content-Type", "text/plain; charset=utf-8");
        response.body = tr("This is the MrAuth STS emulator. Approve a device code with "
                           "POST /_emulator/devicecode/approve {\"userCode\":\"…\"}.\n")
                            .toUtf8();
    } else if (path == QLatin1String("/metadata/identity/oauth2/token")) {
        response = m_aad->imdsToken(request, baseUrl(request));
    } else if (path == QLatin1String("/msi/token")) {
        response = m_aad->appServiceToken(request, baseUrl(request));
    } else if (path == QLatin1String("/common/discovery/instance")) {
        response = m_aad->instanceDiscovery(request, baseUrl(request));
    } else {
        // "/{tenant}/{rest}"
        const qsizetype slash = path.indexOf(u'/', 1);
        if (slash > 1) {
            response = m_aad->handleTenantRequest(request, path.mid(1, slash - 1),
                                                  path.mid(slash + 1), baseUrl(request));
        } else {
            response = notFound();
        }
    }
    response.delayMs += decision.delayMs;
    if (!decision.kinds.isEmpty())
        response.fault = decision.kinds.join(u',');
    return response;
}

HttpResponse Emulator::admin(const HttpRequest &request, const QHostAddress &peer)
{
    if (!peer.isLoopback())
        return adminError(403, tr("The admin endpoints answer loopback clients only."));
    const QString path = request.path.mid(QStringLiteral("/_emulator").size());
    const QByteArray &method = request.method;
    QJsonObject body;
    if (method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (!document.isObject())
            return adminError(400, tr("The body must be a JSON object."));
        body = document.object();
    }

    if (path == QLatin1String("/health") && method == "GET") {
        return adminJson(
            200,
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QLatin1String(MRAUTH_VERSION_STRING)},
                        {QStringLiteral("identityHeader"), m_identityHeader},
                        {QStringLiteral("url"), m_schemeHostPort},
                        {QStringLiteral("connections"), m_server ? m_server->connectionCount() : 0},
                        {QStringLiteral("accounts"), int(config().accounts().size())}});
    }
    if (path == QLatin1String("/requests")) {
        if (method == "GET")
            return adminJson(200, m_log.entries());
        if (method == "DELETE") {
            m_log.clear();
            return adminJson(200, QJsonObject{});
        }
    }
    if (path == QLatin1String("/faults")) {
        if (method == "GET")
            return adminJson(200, m_faults.toJson());
        if (method == "DELETE") {
            m_faults.clear();
            return adminJson(200, QJsonObject{});
        }
        if (method == "POST") {
            QString reason;
            const std::optional<FaultInjector::Fault> fault =
                FaultInjector::Fault::fromJson(body, &reason);
            if (!fault)
                return adminError(400, reason);
            return adminJson(200, QJsonObject{{QStringLiteral("id"), m_faults.add(*fault)}});
        }
    }
    if (path.startsWith(QLatin1String("/faults/")) && method == "DELETE") {
        bool ok = false;
        const int id = path.mid(8).toInt(&ok);
        if (ok && m_faults.remove(id))
            return adminJson(200, QJsonObject{});
        return adminError(404, tr("No fault has this id."));
    }
    if (path == QLatin1String("/devicecode") && method == "GET")
        return adminJson(200, m_aad->pendingDeviceCodes());
    if (path.startsWith(QLatin1String("/devicecode/")) && method == "POST") {
        const QString action = path.mid(12);
        const QString userCode = body.value(QStringLiteral("userCode")).toString();
        if (userCode.isEmpty())
            return adminError(400, tr("The body needs \"userCode\"."));
        bool done = false;
        QString reason = tr("No pending device code has this user code.");
        if (action == QLatin1String("approve"))
            done = m_aad->approveDeviceCode(
                userCode, body.value(QStringLiteral("username")).toString(), &reason);
        else if (action == QLatin1String("decline"))
            done = m_aad->declineDeviceCode(userCode);
        else if (action == QLatin1String("expire"))
            done = m_aad->expireDeviceCode(userCode);
        else if (action == QLatin1String("slow-down"))
            done = m_aad->slowDownDeviceCode(userCode);
        else
            return adminError(404, tr("Unknown admin endpoint."));
        return done ? adminJson(200, QJsonObject{}) : adminError(404, reason);
    }
    return adminError(404, tr("Unknown admin endpoint."));
}

void Emulator::completed(const HttpRequest &request, const HttpResponse &response,
                         const QHostAddress &peer, double latencyMs)
{
    QJsonObject entry;
    entry.insert(QStringLiteral("time"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert(QStringLiteral("method"), QString::fromLatin1(request.method));
    entry.insert(QStringLiteral("path"), RequestLog::redactedTarget(request.target));
    const bool answered = response.delivery == HttpResponse::Delivery::Normal ||
                          response.delivery == HttpResponse::Delivery::Truncate;
    entry.insert(QStringLiteral("status"), answered ? response.status : 0);
    entry.insert(QStringLiteral("latencyMs"), qRound64(latencyMs * 1000.0) / 1000.0);
    entry.insert(QStringLiteral("peer"), peer.toString());
    entry.insert(QStringLiteral("headers"), RequestLog::redactedHeaders(request.headers));
    const QString accountId = stsAccountId(request.path);
    if (!accountId.isEmpty())
        entry.insert(QStringLiteral("accountId"), accountId.left(64));
    const QByteArray requestCv = request.header("X-MRC-CV");
    if (!requestCv.isEmpty())
        entry.insert(QStringLiteral("xMrcCv"), QString::fromLatin1(requestCv.left(64)));
    const QByteArray responseCv = response.header("MS-CV");
    if (!responseCv.isEmpty() && answered)
        entry.insert(QStringLiteral("msCv"), QString::fromLatin1(responseCv));
    if (!response.fault.isEmpty())
        entry.insert(QStringLiteral("fault"), response.fault);
    const bool isAdmin = request.path.startsWith(QLatin1String("/_emulator"));
    m_log.record(entry, !isAdmin);
}

} // namespace MrAuth
