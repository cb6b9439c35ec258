#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QHostAddress>

namespace MrAuth {

//! What an HttpServer asks of the application: an answer per request, and word when it went.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;
    //! Answers \a request from \a peer. Called on the server's thread.
    virtual HttpResponse handle(const HttpRequest &request, const QHostAddress &peer) = 0;
    //! \a response was delivered (or dropped, or the connection was left hanging) \a latencyMs
    //! after the request was complete. Also called for requests rejected by the parser.
    virtual void completed(const HttpRequest &request, const HttpResponse &response,
                           const QHostAddress &peer, double latencyMs) = 0;
};

} // namespace MrAuth
