#include "emulatoroptions.h"

#include <mrauth/mrauth_version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>

namespace MrAuth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::EmulatorOptions", text);
}

bool parseInt(const QString &text, int minimum, int maximum, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return false;
    *out = value;
    return true;
}

} // namespace

QString EmulatorOptions::defaultDataDir()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/mrauth/emulator");
}

std::optional<EmulatorOptions> EmulatorOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local Mixed Reality STS and Azure AD endpoint for tests, benchmarks and demos."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Shows the version."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("The address to listen on (default 127.0.0.1)."), tr("ADDR"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), tr("The port; 0 picks a free one."),
                                  tr("N"), QStringLiteral("0"));
    const QCommandLineOption http(QStringLiteral("http"),
                                  tr("Serves plain HTTP (loopback addresses only)."));
    const QCommandLineOption tlsDir(QStringLiteral("tls-dir"),
                                    tr("Generates or reuses the CA and server certificate here."),
                                    tr("DIR"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("The server certificate (PEM)."), tr("PEM"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), tr("The server key (PEM)."),
                                    tr("PEM"));
    const QCommandLineOption tlsCa(QStringLiteral("tls-ca"),
                                   tr("The CA of --tls-cert, printed for clients (PEM)."),
                                   tr("PEM"));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      tr("The accounts file (JSON, reloaded when it changes)."),
                                      tr("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Uses the demo accounts (the default without --accounts)."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"),
                                     tr("Where the demo accounts file is written."), tr("DIR"));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      tr("Lifetime of STS tokens (default 86400)."), tr("SECONDS"),
                                      QStringLiteral("86400"));
    const QCommandLineOption interval(QStringLiteral("device-code-interval"),
                                      tr("The polling interval of device codes (default 5)."),
                                      tr("SECONDS"), QStringLiteral("5"));
    const QCommandLineOption log(QStringLiteral("log"),
                                 tr("Writes the request log here instead of stdout."), tr("FILE"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Injects a fault, given as the admin endpoint's JSON."),
                                   tr("SPEC"));
    const QCommandLineOption requestTimeout(
        QStringLiteral("request-timeout-ms"),
        tr("A started request must arrive within this time (default 10000)."), tr("MS"),
        QStringLiteral("10000"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout-ms"),
                                         tr("Idle connections close after this (default 120000)."),
                                         tr("MS"), QStringLiteral("120000"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            tr("Open connections at most (default 4096)."), tr("N"),
                                            QStringLiteral("4096"));
    const QCommandLineOption logCapacity(
        QStringLiteral("log-capacity"),
        tr("Entries kept for GET /_emulator/requests (default 1000)."), tr("N"),
        QStringLiteral("1000"));
    parser.addOptions({help,   version,        host,        port,           http,
                       tlsDir, tlsCert,        tlsKey,      tlsCa,          accounts,
                       demo,   demoDir,        lifetime,    interval,       log,
                       fault,  requestTimeout, idleTimeout, maxConnections, logCapacity});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    EmulatorOptions options;
    if (parser.isSet(help)) {
        options.earlyExitText = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.earlyExitText =
            QStringLiteral("mrauth-sts-emulator ") + QLatin1String(MRAUTH_VERSION_STRING) + u'\n';
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    const QString hostText = parser.value(host);
    if (hostText == QLatin1String("localhost"))
        options.host = QHostAddress(QHostAddress::LocalHost);
    else if (!options.host.setAddress(hostText)) {
        *error = tr("--host must be an IP address, not \"%1\".").arg(hostText);
        return std::nullopt;
    }
    int number = 0;
    if (!parseInt(parser.value(port), 0, 65535, &number)) {
        *error = tr("--port must be a number from 0 to 65535.");
        return std::nullopt;
    }
    options.port = quint16(number);
    options.plainHttp = parser.isSet(http);
    if (options.plainHttp && !options.host.isLoopback()) {
        *error = tr("--http is allowed on loopback addresses only; %1 is not one.")
                     .arg(options.host.toString());
        return std::nullopt;
    }
    options.tlsDir = parser.value(tlsDir);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    options.tlsCa = parser.value(tlsCa);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty()) {
        *error = tr("--tls-cert and --tls-key go together.");
        return std::nullopt;
    }
    if (!options.tlsCertificate.isEmpty() && !options.tlsDir.isEmpty()) {
        *error = tr("Give either --tls-dir or --tls-cert/--tls-key, not both.");
        return std::nullopt;
    }
    options.accountsPath = parser.value(accounts);
    options.demo = parser.isSet(demo) || options.accountsPath.isEmpty();
    if (parser.isSet(demo) && !options.accountsPath.isEmpty()) {
        *error = tr("Give either --accounts or --demo, not both.");
        return std::nullopt;
    }
    options.demoDir = parser.isSet(demoDir) ? parser.value(demoDir) : defaultDataDir();
    if (!parseInt(parser.value(lifetime), 1, 365 * 86400, &options.tokenLifetime)) {
        *error = tr("--token-lifetime must be a number of seconds from 1 to 31536000.");
        return std::nullopt;
    }
    if (!parseInt(parser.value(interval), 0, 3600, &options.deviceCodeInterval)) {
        *error = tr("--device-code-interval must be a number of seconds from 0 to 3600.");
        return std::nullopt;
    }
    if (!parseInt(parser.value(requestTimeout), 100, 3600000, &options.requestTimeoutMs) ||
        !parseInt(parser.value(idleTimeout), 100, 86400000, &options.idleTimeoutMs)) {
        *error = tr("Timeouts must be numbers of milliseconds from 100.");
        return std::nullopt;
    }
    if (!parseInt(parser.value(maxConnections), 1, 1000000, &options.maxConnections) ||
        !parseInt(parser.value(logCapacity), 0, 1000000, &options.logCapacity)) {
        *error = tr("--max-connections and --log-capacity must be positive numbers.");
        return std::nullopt;
    }
    options.logPath = parser.value(log);
    const QStringList faults = parser.values(fault);
    for (const QString &spec : faults) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(spec.toUtf8(), &parseError);
        if (!document.isObject()) {
            *error = tr("--fault must be a JSON object, such as {\"kind\":\"throttle\"}.");
            return std::nullopt;
        }
        options.faults.append(document.object());
    }
    return options;
}

} // namespace MrAuth
