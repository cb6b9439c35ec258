#include "httprequestparser.h"

#include <QUrl>

namespace MrAuth {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

bool isVisibleTarget(const QByteArray &target)
{
    return std::all_of(target.cbegin(), target.cend(),
                       [](char c) { return static_cast<unsigned char>(c) > 0x20 && c != 0x7f; });
}

} // namespace

HttpRequestParser::State HttpRequestParser::fail(int status, const QByteArray &reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_errorStatus != 0)
        return State::Error;
    if (!m_headersDone) {
        // Tolerate empty lines before a request (RFC 7230 section 3.5).
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype separatorLength = 4;
        const qsizetype bareEnd = m_buffer.indexOf("\n\n");
        if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
            end = bareEnd;
            separatorLength = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, "request headers too large");
            return State::NeedMore;
        }
        if (end > m_limits.maxHeaderBytes)
            return fail(431, "request headers too large");
        const QByteArray section = m_buffer.left(end);
        m_buffer.remove(0, end + separatorLength);
        m_request = HttpRequest();
        const State state = parseHeaders(section);
        if (state == State::Error)
            return state;
        m_headersDone = true;
    }
    if (m_buffer.size() < m_contentLength)
        return State::NeedMore;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::parseHeaders(const QByteArray &section)
{
    QList<QByteArray> lines = section.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3)
        return fail(400, "malformed request line");
    if (!isToken(requestLine.at(0)))
        return fail(400, "malformed method");
    const QByteArray &target = requestLine.at(1);
    if (target.isEmpty() || !isVisibleTarget(target))
        return fail(400, "malformed request target");
    const QByteArray &version = requestLine.at(2);
    if (!version.startsWith("HTTP/"))
        return fail(400, "malformed HTTP version");
    if (version == "HTTP/1.1")
        m_request.minorVersion = 1;
    else if (version == "HTTP/1.0")
        m_request.minorVersion = 0;
    else
        return fail(505, "unsupported HTTP version");
    m_request.method = requestLine.at(0);
    m_request.target = target;

    QByteArray pathAndQuery = target;
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // Absolute form: keep the path and the query only.
        const QUrl url = QUrl::fromEncoded(target);
        if (!url.isValid())
            return fail(400, "malformed request target");
        pathAndQuery = url.path(QUrl::FullyEncoded).toLatin1();
        if (url.hasQuery())
            pathAndQuery += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    } else if (!target.startsWith('/')) {
        return fail(400, "malformed request target");
    }
    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArray encodedPath = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    m_request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(encodedPath));
    if (question >= 0) {
        QByteArray query = pathAndQuery.mid(question + 1);
        query.replace('+', "%20");
        m_request.query.setQuery(QString::fromLatin1(query));
    }

    if (lines.size() - 1 > m_limits.maxHeaderCount)
        return fail(431, "too many request headers");
    bool hasContentLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "obsolete header folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "malformed header");
        const QByteArray name = line.left(colon);
        if (!isToken(name))
            return fail(400, "malformed header name");
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (std::any_of(value.cbegin(), value.cend(), [](char c) { return c == '\0'; }))
            return fail(400, "malformed header value");
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            const bool digitsOnly =
                !value.isEmpty() && std::all_of(value.cbegin(), value.cend(),
                                                [](char c) { return c >= '0' && c <= '9'; });
            if (!ok || !digitsOnly || (hasContentLength && length != m_contentLength))
                return fail(400, "malformed Content-Length");
            if (length > m_limits.maxBodyBytes)
                return fail(413, "request body too large");
            m_contentLength = length;
            hasContentLength = true;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return fail(501, "Transfer-Encoding is not supported; send Content-Length");
        }
        m_request.headers.append({name, value});
    }
    if (!hasContentLength)
        m_contentLength = 0;
    return State::NeedMore;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_headersDone = false;
    m_contentLength = 0;
    return request;
}

} // namespace MrAuth
