#include "teststsserver.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace MrAuth {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasHeader(const ScriptedResponse &response, const QByteArray &name)
{
    return std::any_of(response.headers.cbegin(), response.headers.cend(),
                       [&name](const auto &header) {
                           return header.first.compare(name, Qt::CaseInsensitive) == 0;
                       });
}

const char *failedHandshakeProperty = "mrauthTestHandshakeFailed";

} // namespace

TestStsServer::TestStsServer(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_defaultResponse.status = 599;
    m_defaultResponse.body = "TestStsServer: no scripted response for this request";
}

TestStsServer::~TestStsServer()
{
    close();
}

bool TestStsServer::listen(Transport transport, TestTls::Certificate certificate,
                           const QHostAddress &address)
{
    close();
    m_transport = transport;
    if (transport == Transport::Tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(TestTls::serverConfiguration(certificate));
        // A client that rejects the certificate closes the connection during the handshake.
        const auto onFailure = [this](QSslSocket *socket) {
            if (socket->property(failedHandshakeProperty).toBool())
                return;
            socket->setProperty(failedHandshakeProperty, true);
            ++m_handshakeFailures;
            socket->deleteLater();
            Q_EMIT handshakeFailed();
        };
        connect(
            server.get(), &QSslServer::errorOccurred, this,
            [onFailure](QSslSocket *socket, QAbstractSocket::SocketError) { onFailure(socket); });
        connect(server.get(), &QSslServer::handshakeInterruptedOnError, this,
                [onFailure](QSslSocket *socket, const QSslError &) { onFailure(socket); });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestStsServer::onPendingConnections);
    connect(m_server.get(), &QTcpServer::newConnection, this, &TestStsServer::onPendingConnections);
    return m_server->listen(address, 0);
}

void TestStsServer::close()
{
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_held.clear();
    if (m_server) {
        m_server->close();
        m_server->disconnect(this);
        m_server.reset();
    }
}

quint16 TestStsServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TestStsServer::url(const QString &host) const
{
    QUrl url;
    url.setScheme(m_transport == Transport::Tls ? QStringLiteral("https") : QStringLiteral("http"));
    if (!host.isEmpty())
        url.setHost(host);
    else if (m_server)
        url.setHost(m_server->serverAddress().toString());
    url.setPort(port());
    return url;
}

void TestStsServer::enqueue(const ScriptedResponse &response)
{
    m_queue.enqueue(response);
}

void TestStsServer::setHandler(std::function<ScriptedResponse(const RecordedRequest &)> handler)
{
    m_handler = std::move(handler);
}

void TestStsServer::setDefaultResponse(const ScriptedResponse &response)
{
    m_defaultResponse = response;
}

void TestStsServer::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const HeldAnswer &answer : held) {
        if (!answer.socket || !m_connections.contains(answer.socket.data()))
            continue;
        Connection &connection = m_connections[answer.socket.data()];
        connection.busy = false;
        ScriptedResponse response = answer.response;
        response.held = false;
        this->answer(answer.socket.data(), response);
        onReadyRead(answer.socket.data());
    }
}

void TestStsServer::onPendingConnections()
{
    while (m_server && m_server->hasPendingConnections())
        adopt(m_server->nextPendingConnection());
}

void TestStsServer::adopt(QTcpSocket *socket)
{
    if (!socket)
        return;
    socket->setParent(this);
    Connection connection;
    connection.index = m_connectionCount++;
    m_connections.insert(socket, connection);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (m_connections.remove(socket) == 0)
            return;
        socket->deleteLater();
        Q_EMIT connectionClosed();
    });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void TestStsServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    // One request at a time per connection, as an HTTP/1.1 client without pipelining sends.
    while (!it->stalled && !it->busy && takeRequest(socket, *it)) {
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
    }
}

bool TestStsServer::takeRequest(QTcpSocket *socket, Connection &connection)
{
    const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = connection.buffer.left(headEnd).split('\n');
    RecordedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype bodyStart = headEnd + 4;
    if (connection.buffer.size() - bodyStart < contentLength)
        return false;
    request.body = connection.buffer.mid(bodyStart, contentLength);
    connection.buffer.remove(0, bodyStart + contentLength);

    const qsizetype question = request.target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(request.target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromLatin1(request.target.mid(question + 1)));
    request.connection = connection.index;
    request.receivedAtMs = m_clock.elapsed();
    m_requests.append(request);

    const ScriptedResponse response = answerFor(request);
    if (response.behaviour == ScriptedResponse::Behaviour::NeverAnswer)
        connection.stalled = true;
    else if (response.held)
        connection.busy = true;
    // Signal handlers may script further answers; the connection entry may move, so the
    // reference is not used after this point.
    Q_EMIT requestReceived(request);
    if (response.behaviour == ScriptedResponse::Behaviour::NeverAnswer)
        return false;
    if (response.held) {
        m_held.append({QPointer<QTcpSocket>(socket), response});
        return false;
    }
    answer(socket, response);
    return true;
}

ScriptedResponse TestStsServer::answerFor(const RecordedRequest &request)
{
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    if (m_handler)
        return m_handler(request);
    return m_defaultResponse;
}

void TestStsServer::answer(QTcpSocket *socket, const ScriptedResponse &response)
{
    if (response.behaviour == ScriptedResponse::Behaviour::CloseConnection) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray body = response.body;
    bool closeAfter = response.closeAfter;
    bool announceLength = !hasHeader(response, "Content-Length");
    int status = response.status;
    QList<QPair<QByteArray, QByteArray>> headers = response.headers;
    if (response.behaviour == ScriptedResponse::Behaviour::HugeBody) {
        status = 200;
        body = QByteArray(response.hugeBodySize, 'x');
        if (!hasHeader(response, "Content-Type"))
            headers.append(qMakePair(QByteArray("Content-Type"),
                                     QByteArray("application/json; charset=utf-8")));
        if (!response.announceLength) {
            announceLength = false;
            closeAfter = true;
        }
    }
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : std::as_const(headers))
        head += header.first + ": " + header.second + "\r\n";
    if (announceLength)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head + body);
    if (closeAfter)
        socket->disconnectFromHost();
}

} // namespace MrAuth
