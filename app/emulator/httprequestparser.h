#pragma once

#include "httprequest.h"

#include <QByteArray>

namespace MrAuth {

//! Incremental HTTP/1.1 request parser with limits. Pure: bytes in, requests out.
//!
//! Feed bytes as they arrive; parse() answers Complete once a whole request (headers and a
//! Content-Length body) is buffered. Bytes after it stay buffered for the next request
//! (pipelining). A violated limit or malformed input answers Error with the status to send
//! (400, 413, 431, 501, 505); the connection must then be closed.
class HttpRequestParser
{
public:
    struct Limits
    {
        //! Request line plus headers, in bytes.
        qsizetype maxHeaderBytes = 16 * 1024;
        int maxHeaderCount = 100;
        qsizetype maxBodyBytes = 64 * 1024;
    };

    enum class State { NeedMore, Complete, Error };

    HttpRequestParser() = default;
    explicit HttpRequestParser(const Limits &limits) : m_limits(limits) {}

    void append(const QByteArray &data) { m_buffer += data; }
    //! Parses what is buffered.
    State parse();
    //! The complete request; call after parse() answered Complete.
    HttpRequest takeRequest();

    //! True when some bytes of a next request are buffered.
    bool hasBufferedData() const { return !m_buffer.isEmpty() || m_headersDone; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    //! After Error: the status to answer and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }

private:
    State fail(int status, const QByteArray &reason);
    State parseHeaders(const QByteArray &section);

    Limits m_limits;
    QByteArray m_buffer;
    HttpRequest m_request;
    bool m_headersDone = false;
    qsizetype m_contentLength = 0;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace MrAuth
