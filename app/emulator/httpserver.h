#pragma once

#include "httpconnection.h"
#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace MrAuth {

class HttpHandler;

//! A small HTTP/1.1 server (plain or TLS) with keep-alive, request limits, timeouts and a
//! bound on open connections. Single-threaded: everything runs on the owning thread.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    //! \a handler is not owned and must outlive the server.
    explicit HttpServer(HttpHandler *handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpRequestParser::Limits &limits) { m_limits = limits; }
    void setTimeouts(const HttpConnection::Timeouts &timeouts) { m_timeouts = timeouts; }
    //! Connections beyond this are closed at once.
    void setMaxConnections(int count) { m_maxConnections = count; }
    //! Serves TLS with \a configuration; unset: plain HTTP.
    void setSslConfiguration(const std::optional<QSslConfiguration> &configuration)
    {
        m_sslConfiguration = configuration;
    }

    //! Listens on \a address:\a port (0: any free port). On failure returns false and sets
    //! \a error.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 serverPort() const;
    //! `https://127.0.0.1:port` (IPv6 addresses in brackets).
    QUrl url() const;
    int connectionCount() const { return m_connectionCount; }
    //! Closes the listening socket and every connection.
    void close();

private:
    void acceptPending();
    void adopt(QTcpSocket *socket);

    HttpHandler *m_handler;
    QTcpServer *m_server = nullptr;
    HttpRequestParser::Limits m_limits;
    HttpConnection::Timeouts m_timeouts;
    std::optional<QSslConfiguration> m_sslConfiguration;
    QHostAddress m_address;
    int m_maxConnections = 4096;
    int m_connectionCount = 0;
};

} // namespace MrAuth
