#include "httpserver.h"

#include "httphandler.h"

#include <QCoreApplication>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

namespace MrAuth {

HttpServer::HttpServer(HttpHandler *handler, QObject *parent) : QObject(parent), m_handler(handler)
{}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    if (m_sslConfiguration) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*m_sslConfiguration);
        // A burst of a thousand handshakes takes a while on two busy cores: do not cut it
        // short. Handshakes in progress are bounded by maxPendingConnections.
        sslServer->setHandshakeTimeout(std::max(m_timeouts.requestMs, 30000));
        connect(sslServer, &QSslServer::pendingConnectionAvailable, this,
                &HttpServer::acceptPending);
        m_server = sslServer;
    } else {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
    }
    m_server->setListenBacklogSize(1024);
    // In 6.4 QSslServer counts connections still in their handshake here: this bounds them.
    m_server->setMaxPendingConnections(m_maxConnections);
    if (!m_server->listen(address, port)) {
        if (error) {
            *error = QCoreApplication::translate("MrAuth::HttpServer", "Cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_server->errorString());
        }
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_address = address;
    return true;
}

quint16 HttpServer::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl HttpServer::url() const
{
    QUrl url;
    url.setScheme(m_sslConfiguration ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(serverPort());
    return url;
}

void HttpServer::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>();
    for (HttpConnection *connection : connections)
        connection->abort();
}

void HttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (m_connectionCount >= m_maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        adopt(socket);
    }
}

void HttpServer::adopt(QTcpSocket *socket)
{
    ++m_connectionCount;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *connection = new HttpConnection(socket, m_handler, m_limits, m_timeouts, this);
    connect(connection, &HttpConnection::closed, this, [this] { --m_connectionCount; });
}

} // namespace MrAuth
