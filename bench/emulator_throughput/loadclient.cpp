#include "loadclient.h"

#include <QElapsedTimer>
#include <QSslSocket>

namespace MrAuth {

namespace {
qint64 nowMicroseconds()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.nsecsElapsed() / 1000;
}
} // namespace

LoadClient::LoadClient(const QString &host, quint16 port, const QSslConfiguration &configuration,
                       const QByteArray &request, int connections, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_configuration(configuration)
    , m_request(request)
    , m_connectionCount(connections)
{}

void LoadClient::start()
{
    m_running = true;
    m_latencies.reserve(1 << 20);
    m_connections.resize(size_t(m_connectionCount));
    for (size_t i = 0; i < m_connections.size(); ++i) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_configuration);
        m_connections[i].socket = socket;
        connect(socket, &QSslSocket::encrypted, this, [this, i] {
            ++m_connected;
            send(m_connections[i]);
        });
        connect(socket, &QSslSocket::readyRead, this, [this, i] { onReadyRead(m_connections[i]); });
        connect(socket, &QSslSocket::errorOccurred, this, [this] { ++m_failures; });
        socket->connectToHostEncrypted(m_host, m_port);
    }
}

void LoadClient::stop()
{
    m_running = false;
}

void LoadClient::send(Connection &connection)
{
    if (!m_running)
        return;
    connection.sentAt = nowMicroseconds();
    connection.socket->write(m_request);
}

void LoadClient::onReadyRead(Connection &connection)
{
    connection.buffer += connection.socket->readAll();
    for (;;) {
        const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype contentLength = 0;
        const qsizetype lengthAt = connection.buffer.indexOf("Content-Length: ");
        if (lengthAt >= 0 && lengthAt < headerEnd) {
            const qsizetype lineEnd = connection.buffer.indexOf("\r\n", lengthAt);
            contentLength =
                connection.buffer.mid(lengthAt + 16, lineEnd - lengthAt - 16).toLongLong();
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (connection.buffer.size() < total)
            return;
        const bool ok = connection.buffer.startsWith("HTTP/1.1 200 ");
        connection.buffer.remove(0, total);
        if (m_measuring) {
            if (ok) {
                ++m_answered;
                m_latencies.push_back(nowMicroseconds() - connection.sentAt);
            } else {
                ++m_failures;
            }
        }
        send(connection);
    }
}

} // namespace MrAuth
