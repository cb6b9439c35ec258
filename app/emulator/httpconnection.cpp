#include "httpconnection.h"

#include "httphandler.h"

#include <QTcpSocket>

namespace MrAuth {

namespace {
// Stop reading new requests while this much of the answers is not yet sent: a client that
// pipelines without reading cannot make the server buffer without bound.
constexpr qint64 maxPendingOutput = 256 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHandler *handler,
                               const HttpRequestParser::Limits &limits, const Timeouts &timeouts,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_parser(limits)
    , m_timeouts(timeouts)
    , m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    // Bounded memory: Qt stops reading from the kernel once this much is buffered.
    m_socket->setReadBufferSize(limits.maxHeaderBytes + limits.maxBodyBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAndProcess);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_busy && m_socket->bytesToWrite() < maxPendingOutput)
            readAndProcess();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { close(false); });
    armTimer();
    if (m_socket->bytesAvailable() > 0)
        readAndProcess();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    close(false);
}

void HttpConnection::armTimer()
{
    if (m_busy || m_closing)
        return;
    if (m_parser.hasBufferedData()) {
        if (!m_requestClock.isValid())
            m_requestClock.start();
        const qint64 left = m_timeouts.requestMs - m_requestClock.elapsed();
        m_timer.start(int(std::max<qint64>(left, 0)));
    } else {
        m_requestClock.invalidate();
        m_timer.start(m_timeouts.idleMs);
    }
}

void HttpConnection::readAndProcess()
{
    if (m_busy || m_closing)
        return;
    if (m_socket->bytesToWrite() >= maxPendingOutput)
        return;
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty()) {
        if (!m_parser.hasBufferedData())
            m_requestClock.start();
        m_parser.append(data);
    }
    processBuffered();
}

void HttpConnection::processBuffered()
{
    while (!m_busy && !m_closing && m_socket->bytesToWrite() < maxPendingOutput) {
        const HttpRequestParser::State state = m_parser.parse();
        if (state == HttpRequestParser::State::NeedMore)
            break;
        if (state == HttpRequestParser::State::Error) {
            rejectMalformed();
            return;
        }
        const HttpRequest request = m_parser.takeRequest();
        // Latency counts from the moment the request was complete.
        QElapsedTimer clock;
        clock.start();
        HttpResponse response = m_handler->handle(request, m_peer);
        if (m_parser.hasBufferedData())
            m_requestClock.start();
        else
            m_requestClock.invalidate();
        deliver(request, std::move(response), clock);
    }
    armTimer();
}

void HttpConnection::deliver(const HttpRequest &request, HttpResponse response,
                             const QElapsedTimer &clock)
{
    if (response.delayMs > 0) {
        m_busy = true;
        m_timer.stop();
        const int delay = response.delayMs;
        response.delayMs = 0;
        QTimer::singleShot(delay, this, [this, request, response, clock]() mutable {
            m_busy = false;
            // The delay counts in the logged latency.
            deliver(request, std::move(response), clock);
            if (!m_closing) {
                readAndProcess();
                armTimer();
            }
        });
        return;
    }
    const double latencyMs = double(clock.nsecsElapsed()) / 1e6;
    switch (response.delivery) {
    case HttpResponse::Delivery::Drop:
        m_handler->completed(request, response, m_peer, latencyMs);
        close(false);
        return;
    case HttpResponse::Delivery::Hang:
        m_handler->completed(request, response, m_peer, latencyMs);
        m_busy = true;
        m_timer.stop();
        return;
    case HttpResponse::Delivery::Truncate:
        m_socket->write(response.serialize(false));
        m_handler->completed(request, response, m_peer, latencyMs);
        close(true);
        return;
    case HttpResponse::Delivery::Normal:
        break;
    }
    const bool keepAlive = request.isKeepAlive() && !response.closeConnection;
    m_socket->write(response.serialize(keepAlive));
    m_handler->completed(request, response, m_peer, latencyMs);
    if (!keepAlive)
        close(true);
}

void HttpConnection::rejectMalformed()
{
    HttpResponse response;
    response.status = m_parser.errorStatus();
    response.closeConnection = true;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = m_parser.errorReason() + '\n';
    HttpRequest request;
    request.method = "-";
    request.target = "-";
    const double latencyMs =
        m_requestClock.isValid() ? double(m_requestClock.nsecsElapsed()) / 1e6 : 0.0;
    m_socket->write(response.serialize(false));
    m_handler->completed(request, response, m_peer, latencyMs);
    close(true);
}

void HttpConnection::onTimeout()
{
    if (m_closing)
        return;
    if (m_parser.hasBufferedData()) {
        // A slow or partial request: answer 408 and free the connection.
        HttpResponse response;
        response.status = 408;
        response.closeConnection = true;
        HttpRequest request;
        request.method = "-";
        request.target = "-";
        m_socket->write(response.serialize(false));
        m_handler->completed(request, response, m_peer, double(m_timeouts.requestMs));
        close(true);
        return;
    }
    close(true);
}

void HttpConnection::close(bool graceful)
{
    if (m_closedEmitted)
        return;
    if (graceful) {
        if (m_closing)
            return;
        m_closing = true;
        m_timer.stop();
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            // A peer that never reads must not keep us forever.
            QTimer::singleShot(5000, this, [this] { close(false); });
            // Sends what is queued, then TLS close_notify and FIN; disconnected() (possibly
            // right inside this call) brings us back here.
            m_socket->disconnectFromHost();
            return;
        }
    }
    m_closing = true;
    m_closedEmitted = true;
    m_timer.stop();
    m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}

} // namespace MrAuth
