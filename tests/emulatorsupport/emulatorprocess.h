#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace MrAuth {

//! Runs the built `mrauth-sts-emulator` for a test: a private temporary directory holds its
//! TLS files and accounts file, `--port 0` picks a free port, and start() returns once the
//! emulator printed `listening on <url>`. Admin helpers wrap the `/_emulator/` endpoints
//! (docs/emulator.md). All calls are synchronous (a local event loop, 10 s at most) and
//! belong to the thread that created the object. The destructor stops the emulator.
class EmulatorProcess : public QObject
{
    Q_OBJECT
public:
    //! One answer of request(): status 0 and a network error when there was no HTTP answer.
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
        QJsonArray jsonArray() const;
    };

    explicit EmulatorProcess(QObject *parent = nullptr);
    ~EmulatorProcess() override;

    //! The emulator binary: $MRAUTH_EMULATOR when set, else the one built with the tests.
    static QString emulatorPath();
    //! The demo accounts (docs/emulator.md), the default accounts of start().
    static QJsonObject demoAccounts();
    //! Starts the emulator with \a accounts written to a temporary accounts file, plus
    //! \a extraArguments (for example `--http` or `--fault {…}`); with `--demo` among them the
    //! emulator writes and uses its demo accounts instead. Returns false (and fills
    //! \a error with the reason and the emulator's stderr) when it did not come up in 20 s.
    bool start(const QJsonObject &accounts = demoAccounts(), const QStringList &extraArguments = {},
               QString *error = nullptr);
    //! Asks the emulator to stop (SIGTERM), waits for it, kills it after 5 s.
    void stop();
    bool isRunning() const;
    //! The emulator's process id while it runs.
    qint64 processId() const { return m_process.processId(); }
    //! The exit code after stop(); -1 when it crashed or was killed.
    int exitCode() const { return m_exitCode; }

    //! `https://127.0.0.1:<port>` (or http with `--http`).
    QUrl url() const { return m_url; }
    //! \a path (and query) on the emulator, e.g. `url("/Accounts/…/token?api-version=…")`.
    QUrl url(const QString &pathAndQuery) const;
    QString caCertificatePath() const { return m_caPath; }
    QList<QSslCertificate> caCertificates() const;
    //! A client configuration that trusts the emulator's CA (and nothing else is changed).
    QSslConfiguration sslConfiguration() const;
    QString accountsPath() const;
    QString temporaryPath() const { return m_directory.path(); }
    //! Replaces the accounts file (atomically, as editors do), e.g. to rotate keys.
    bool writeAccounts(const QJsonObject &accounts);
    //! Everything the emulator wrote so far.
    QByteArray standardOutput();
    QByteArray standardError();

    //! A request to the emulator with the client configuration above.
    Reply request(const QByteArray &method, const QString &pathAndQuery,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  const QByteArray &body = {});
    Reply get(const QString &pathAndQuery,
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    //! POSTs an `application/x-www-form-urlencoded` form.
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    QNetworkAccessManager *networkAccessManager() const { return m_network.get(); }

    // The admin API. Each returns false / -1 / empty when the emulator refused.
    QJsonObject health();
    QString identityHeader();
    int addFault(const QJsonObject &fault);
    bool removeFault(int id);
    bool clearFaults();
    QJsonArray faults();
    QJsonArray requests();
    bool clearRequests();
    bool approveDeviceCode(const QString &userCode, const QString &username = {});
    bool declineDeviceCode(const QString &userCode);
    bool expireDeviceCode(const QString &userCode);
    bool slowDownDeviceCode(const QString &userCode);
    //! `[{"userCode","tenantId","clientId","scope","expiresIn"}]`.
    QJsonArray pendingDeviceCodes();

private:
    Reply adminPost(const QString &path, const QJsonObject &body);
    void readOutput();

    QTemporaryDir m_directory;
    QProcess m_process;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    QString m_caPath;
    int m_exitCode = -1;
};

} // namespace MrAuth
