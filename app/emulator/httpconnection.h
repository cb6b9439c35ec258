#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace MrAuth {

class HttpHandler;

//! One client connection: reads requests with limits and timeouts, answers them in order
//! (keep-alive, pipelining), and applies delivery faults. Deletes itself when closed.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Timeouts
    {
        //! A started request must be complete within this time, else 408 and close.
        int requestMs = 10000;
        //! An idle keep-alive connection is closed after this time.
        int idleMs = 120000;
    };

    //! Takes ownership of \a socket (connected, and encrypted when TLS is used).
    HttpConnection(QTcpSocket *socket, HttpHandler *handler,
                   const HttpRequestParser::Limits &limits, const Timeouts &timeouts,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    //! Closes the connection now.
    void abort();

Q_SIGNALS:
    void closed();

private:
    void readAndProcess();
    void processBuffered();
    void deliver(const HttpRequest &request, HttpResponse response, const QElapsedTimer &clock);
    void rejectMalformed();
    void onTimeout();
    void close(bool graceful);
    void armTimer();

    QTcpSocket *m_socket;
    HttpHandler *m_handler;
    HttpRequestParser m_parser;
    Timeouts m_timeouts;
    QHostAddress m_peer;
    QTimer m_timer;
    QElapsedTimer m_requestClock;
    //! A response is delayed or hanging: read nothing more until it is delivered.
    bool m_busy = false;
    bool m_closing = false;
    bool m_closedEmitted = false;
};

} // namespace MrAuth
