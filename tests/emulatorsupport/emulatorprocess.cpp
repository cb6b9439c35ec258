#include "emulatorprocess.h"

#include "childprocess.h"
#include "demoaccounts.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>
#include <QUrlQuery>

namespace MrAuth {

namespace {
constexpr int requestTimeoutMs = 10000;
} // namespace

QByteArray EmulatorProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject EmulatorProcess::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray EmulatorProcess::Reply::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

EmulatorProcess::EmulatorProcess(QObject *parent)
    : QObject(parent), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_process.setProgram(emulatorPath());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &EmulatorProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &EmulatorProcess::readOutput);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_exitCode = status == QProcess::NormalExit ? code : -1;
    });
}

EmulatorProcess::~EmulatorProcess()
{
    stop();
}

QString EmulatorProcess::emulatorPath()
{
    const QString fromEnvironment = qEnvironmentVariable("MRAUTH_EMULATOR");
    return fromEnvironment.isEmpty() ? QStringLiteral(MRAUTH_EMULATOR_PATH) : fromEnvironment;
}

QJsonObject EmulatorProcess::demoAccounts()
{
    return DemoAccounts::config().toJson();
}

void EmulatorProcess::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

QByteArray EmulatorProcess::standardOutput()
{
    readOutput();
    return m_stdout;
}

QByteArray EmulatorProcess::standardError()
{
    readOutput();
    return m_stderr;
}

QString EmulatorProcess::accountsPath() const
{
    return m_directory.filePath(QStringLiteral("accounts.json"));
}

bool EmulatorProcess::writeAccounts(const QJsonObject &accounts)
{
    QSaveFile file(accountsPath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(accounts).toJson());
    return file.commit();
}

bool EmulatorProcess::start(const QJsonObject &accounts, const QStringList &extraArguments,
                            QString *error)
{
    const auto fail = [this, error](const QString &reason) {
        if (error) {
            *error = reason + QStringLiteral("\nstderr: ") + QString::fromLocal8Bit(m_stderr) +
                     QStringLiteral("\nstdout: ") + QString::fromLocal8Bit(m_stdout.left(2000));
        }
        stop();
        return false;
    };
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_url.clear();
    m_caPath.clear();
    if (!m_directory.isValid())
        return fail(QStringLiteral("no temporary directory"));
    if (!writeAccounts(accounts))
        return fail(QStringLiteral("cannot write the accounts file"));
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
    if (!extraArguments.contains(QStringLiteral("--demo")))
        arguments << QStringLiteral("--accounts") << accountsPath();
    else if (!extraArguments.contains(QStringLiteral("--demo-dir")))
        arguments << QStringLiteral("--demo-dir") << m_directory.filePath(QStringLiteral("demo"));
    if (!extraArguments.contains(QStringLiteral("--http")) &&
        !extraArguments.contains(QStringLiteral("--tls-cert")) &&
        !extraArguments.contains(QStringLiteral("--tls-dir"))) {
        arguments << QStringLiteral("--tls-dir") << m_directory.filePath(QStringLiteral("tls"));
    }
    arguments += extraArguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Nothing the emulator writes by default may land in the user's data directory.
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       m_directory.filePath(QStringLiteral("data")));
    m_process.setProcessEnvironment(environment);
    m_process.setArguments(arguments);
    ChildProcess::endWithTest(m_process);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return fail(QStringLiteral("the emulator did not start: ") + m_process.errorString());

    const bool expectCa = !arguments.contains(QStringLiteral("--http")) &&
                          (!arguments.contains(QStringLiteral("--tls-cert")) ||
                           arguments.contains(QStringLiteral("--tls-ca")));
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        readOutput();
        const QList<QByteArray> lines = m_stdout.split('\n');
        if (lines.size() >= 2 && lines.at(0).startsWith("listening on ")) {
            m_url = QUrl::fromEncoded(lines.at(0).mid(13).trimmed());
            if (!expectCa)
                return true;
            if (lines.size() >= 3 && lines.at(1).startsWith("ca certificate ")) {
                m_caPath = QFile::decodeName(lines.at(1).mid(15).trimmed());
                return true;
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            return fail(QStringLiteral("the emulator exited during start-up"));
        m_process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
    }
    return fail(QStringLiteral("the emulator did not print its url in time"));
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ChildProcess::stop(m_process);
    readOutput();
    // The emulator's LeakSanitizer report comes at exit, after the test's last request.
    ChildProcess::failOnSanitizerReport(m_stderr, QStringLiteral("mrauth-sts-emulator"));
}

bool EmulatorProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl EmulatorProcess::url(const QString &pathAndQuery) const
{
    return QUrl::fromEncoded(m_url.toEncoded() + pathAndQuery.toUtf8());
}

QList<QSslCertificate> EmulatorProcess::caCertificates() const
{
    if (m_caPath.isEmpty())
        return {};
    return QSslCertificate::fromPath(m_caPath, QSsl::Pem);
}

QSslConfiguration EmulatorProcess::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(caCertificates());
    return configuration;
}

EmulatorProcess::Reply EmulatorProcess::request(const QByteArray &method,
                                                const QString &pathAndQuery,
                                                const QList<QPair<QByteArray, QByteArray>> &headers,
                                                const QByteArray &body)
{
    QNetworkRequest request(url(pathAndQuery));
    if (!m_caPath.isEmpty())
        request.setSslConfiguration(sslConfiguration());
    request.setTransferTimeout(requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A timed-out or aborted reply is closed: reading it would warn.
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

EmulatorProcess::Reply EmulatorProcess::get(const QString &pathAndQuery,
                                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return request("GET", pathAndQuery, headers);
}

EmulatorProcess::Reply EmulatorProcess::postForm(const QString &path,
                                                 const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &field : fields) {
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(field.first)),
                          QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    }
    return request("POST", path, {{"Content-Type", "application/x-www-form-urlencoded"}},
                   form.query(QUrl::FullyEncoded).toLatin1());
}

EmulatorProcess::Reply EmulatorProcess::adminPost(const QString &path, const QJsonObject &body)
{
    return request("POST", path, {{"Content-Type", "application/json"}},
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject EmulatorProcess::health()
{
    return get(QStringLiteral("/_emulator/health")).json();
}

QString EmulatorProcess::identityHeader()
{
    return health().value(QStringLiteral("identityHeader")).toString();
}

int EmulatorProcess::addFault(const QJsonObject &fault)
{
    const Reply reply = adminPost(QStringLiteral("/_emulator/faults"), fault);
    return reply.status == 200 ? reply.json().value(QStringLiteral("id")).toInt(-1) : -1;
}

bool EmulatorProcess::removeFault(int id)
{
    return request("DELETE", QStringLiteral("/_emulator/faults/%1").arg(id)).status == 200;
}

bool EmulatorProcess::clearFaults()
{
    return request("DELETE", QStringLiteral("/_emulator/faults")).status == 200;
}

QJsonArray EmulatorProcess::faults()
{
    return get(QStringLiteral("/_emulator/faults")).jsonArray();
}

QJsonArray EmulatorProcess::requests()
{
    return get(QStringLiteral("/_emulator/requests")).jsonArray();
}

bool EmulatorProcess::clearRequests()
{
    return request("DELETE", QStringLiteral("/_emulator/requests")).status == 200;
}

bool EmulatorProcess::approveDeviceCode(const QString &userCode, const QString &username)
{
    QJsonObject body{{QStringLiteral("userCode"), userCode}};
    if (!username.isEmpty())
        body.insert(QStringLiteral("username"), username);
    return adminPost(QStringLiteral("/_emulator/devicecode/approve"), body).status == 200;
}

bool EmulatorProcess::declineDeviceCode(const QString &userCode)
{
    return adminPost(QStringLiteral("/_emulator/devicecode/decline"),
                     {{QStringLiteral("userCode"), userCode}})
               .status == 200;
}

bool EmulatorProcess::expireDeviceCode(const QString &userCode)
{
    return adminPost(QStringLiteral("/_emulator/devicecode/expire"),
                     {{QStringLiteral("userCode"), userCode}})
               .status == 200;
}

bool EmulatorProcess::slowDownDeviceCode(const QString &userCode)
{
    return adminPost(QStringLiteral("/_emulator/devicecode/slow-down"),
                     {{QStringLiteral("userCode"), userCode}})
               .status == 200;
}

QJsonArray EmulatorProcess::pendingDeviceCodes()
{
    return get(QStringLiteral("/_emulator/devicecode")).jsonArray();
}

} // namespace MrAuth
