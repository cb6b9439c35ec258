#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <atomic>
#include <vector>

class QSslSocket;

namespace MrAuth {

//! Drives keep-alive TLS connections, each with one request in flight, as fast as the server
//! answers. Lives in one thread; counts answers and latencies while measuring is on.
class LoadClient : public QObject
{
    Q_OBJECT
public:
    LoadClient(const QString &host, quint16 port, const QSslConfiguration &configuration,
               const QByteArray &request, int connections, QObject *parent = nullptr);

    //! Connects and starts sending (call in the client's thread).
    void start();
    //! Stops sending new requests.
    void stop();
    void setMeasuring(bool measuring) { m_measuring = measuring; }

    qint64 answered() const { return m_answered; }
    qint64 failures() const { return m_failures; }
    int connected() const { return m_connected; }
    //! Latencies in microseconds of the answers counted while measuring.
    const std::vector<qint64> &latencies() const { return m_latencies; }

private:
    struct Connection
    {
        QSslSocket *socket = nullptr;
        QByteArray buffer;
        qint64 sentAt = 0;
    };
    void send(Connection &connection);
    void onReadyRead(Connection &connection);

    QString m_host;
    quint16 m_port;
    QSslConfiguration m_configuration;
    QByteArray m_request;
    int m_connectionCount;
    std::vector<Connection> m_connections;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_measuring{false};
    std::atomic<qint64> m_answered{0};
    std::atomic<qint64> m_failures{0};
    std::atomic<int> m_connected{0};
    std::vector<qint64> m_latencies;
};

} // namespace MrAuth
