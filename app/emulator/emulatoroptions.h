#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MrAuth {

//! The emulator's command line, parsed and checked. No I/O.
struct EmulatorOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    bool plainHttp = false;
    QString tlsDir;
    QString tlsCertificate;
    QString tlsKey;
    QString tlsCa;
    QString accountsPath;
    bool demo = false;
    QString demoDir;
    int tokenLifetime = 86400;
    int deviceCodeInterval = 5;
    QString logPath;
    QList<QJsonObject> faults;
    int requestTimeoutMs = 10000;
    int idleTimeoutMs = 120000;
    int maxConnections = 4096;
    int logCapacity = 1000;
    //! What --help and --version asked for; the program prints it and exits.
    QString earlyExitText;

    //! Parses \a arguments (argv, program name first). On failure returns nullopt and sets
    //! \a error.
    static std::optional<EmulatorOptions> parse(const QStringList &arguments, QString *error);
    //! `$XDG_DATA_HOME/mrauth/emulator` (or the platform's equivalent).
    static QString defaultDataDir();
};

} // namespace MrAuth
