#pragma once

#include "recordedrequest.h"
#include "scriptedresponse.h"
#include "testtls.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace MrAuth {

//! An HTTP(S) server on loopback whose every answer the test scripts, and which records every
//! request with its headers.
//!
//! Answers come, in order of preference, from the queue (enqueue()), the handler
//! (setHandler()) and the default response (setDefaultResponse(); initially a 599 that no test
//! expects). Speaks HTTP/1.1 with keep-alive, over TLS (QSslServer, no ALPN: HTTP/1.1 only) or
//! plain TCP. Lives in the test's thread.
class TestStsServer : public QObject
{
    Q_OBJECT
public:
    enum class Transport { Tls, PlainHttp };

    explicit TestStsServer(QObject *parent = nullptr);
    ~TestStsServer() override;

    //! Listens on \a address with a free port. With Transport::Tls the server presents
    //! \a certificate.
    bool listen(Transport transport = Transport::Tls,
                TestTls::Certificate certificate = TestTls::Certificate::Valid,
                const QHostAddress &address = QHostAddress::LocalHost);
    //! Stops listening and drops every connection.
    void close();

    quint16 port() const;
    //! `https://127.0.0.1:{port}` (http for plain), or with \a host instead of the address.
    QUrl url(const QString &host = {}) const;

    //! Answers the next unanswered request with \a response.
    void enqueue(const ScriptedResponse &response);
    //! Answers requests with \a handler once the queue is empty.
    void setHandler(std::function<ScriptedResponse(const RecordedRequest &)> handler);
    //! Answers requests with \a response once the queue is empty and without a handler.
    void setDefaultResponse(const ScriptedResponse &response);

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }

    //! Connections accepted (for TLS: whose handshake completed).
    int connectionCount() const { return m_connectionCount; }
    //! Connections currently open.
    int openConnectionCount() const { return int(m_connections.size()); }
    //! TLS connections that failed before the handshake completed.
    int handshakeFailureCount() const { return m_handshakeFailures; }

    //! Answers held back by ScriptedResponse::held, not yet released.
    int heldCount() const { return int(m_held.size()); }
    //! Sends every held answer (to the connections still open).
    void releaseHeld();

Q_SIGNALS:
    void requestReceived(const MrAuth::RecordedRequest &request);
    void connectionClosed();
    void handshakeFailed();

private:
    struct Connection
    {
        QByteArray buffer;
        int index = -1;
        bool stalled = false; // NeverAnswer: ignore the rest of the connection
        bool busy = false;    // an answer is held back
    };
    struct HeldAnswer
    {
        QPointer<QTcpSocket> socket;
        ScriptedResponse response;
    };

    void onPendingConnections();
    void adopt(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    bool takeRequest(QTcpSocket *socket, Connection &connection);
    ScriptedResponse answerFor(const RecordedRequest &request);
    void answer(QTcpSocket *socket, const ScriptedResponse &response);

    std::unique_ptr<QTcpServer> m_server;
    Transport m_transport = Transport::Tls;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, Connection> m_connections;
    QQueue<ScriptedResponse> m_queue;
    std::function<ScriptedResponse(const RecordedRequest &)> m_handler;
    ScriptedResponse m_defaultResponse;
    QList<RecordedRequest> m_requests;
    QList<HeldAnswer> m_held;
    int m_connectionCount = 0;
    int m_handshakeFailures = 0;
};

} // namespace MrAuth
