#include "aadbrowserflow_p.h"

#include "aadprotocol_p.h"
#include "logging_p.h"
#include "messages_p.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace MrAuth {

namespace {

constexpr qsizetype maxLoopbackHead = 16 * 1024;
const char *bufferProperty = "mrauthLoopbackBuffer";

QByteArray randomBase64Url(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray generatePkceVerifier()
{
    return randomBase64Url(32);
}

QByteArray pkceChallengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString generateOAuthState()
{
    return QString::fromLatin1(randomBase64Url(16));
}

QUrl authorizationUrl(const AuthorizationRequest &request)
{
    QUrl url = request.authorityHost;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + request.tenantId + QStringLiteral("/oauth2/v2.0/authorize"));
    FormFields query = {
        {QStringLiteral("client_id"), request.clientId},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("redirect_uri"), request.redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("response_mode"), QStringLiteral("query")},
        {QStringLiteral("scope"), request.scope},
        {QStringLiteral("state"), request.state},
        {QStringLiteral("code_challenge"), QString::fromLatin1(request.codeChallenge)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
    };
    if (!request.loginHint.isEmpty())
        query.append({QStringLiteral("login_hint"), request.loginHint});
    // Every reserved byte percent-encoded: a '+' in a login hint must not turn into a space.
    url.setQuery(QString::fromLatin1(formUrlEncoded(query)), QUrl::StrictMode);
    return url;
}

LoopbackRequest parseLoopbackRequest(const QByteArray &received)
{
    LoopbackRequest request;
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        request.status = received.size() > maxLoopbackHead ? LoopbackRequest::Status::Malformed
                                                           : LoopbackRequest::Status::Incomplete;
        return request;
    }
    if (headEnd > maxLoopbackHead) {
        request.status = LoopbackRequest::Status::Malformed;
        return request;
    }
    const QByteArray requestLine = received.left(received.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/')) {
        request.status = LoopbackRequest::Status::Malformed;
        return request;
    }
    request.status = LoopbackRequest::Status::Complete;
    request.method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    return request;
}

bool isAuthorizationRedirect(const QUrlQuery &query)
{
    return query.hasQueryItem(QStringLiteral("code")) ||
           query.hasQueryItem(QStringLiteral("error"));
}

QString authorizationCodeFrom(const QUrlQuery &query, const QString &expectedState, Error *error)
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    *error = Error();
    if (value("state") != expectedState) {
        *error = Error(Error::Code::AuthenticationFailed,
                       Messages::tr("The sign-in redirect carried a state that does not belong "
                                    "to this sign-in; it was ignored."));
        return {};
    }
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString description = value("error_description");
        *error = Error(
            Error::Code::AuthenticationFailed,
            description.isEmpty()
                ? Messages::tr("The sign-in failed (%1).").arg(value("error"))
                : Messages::tr("The sign-in failed (%1): %2").arg(value("error"), description));
        return {};
    }
    QString code = value("code");
    if (code.isEmpty()) {
        *error = Error(Error::Code::InvalidResponse,
                       Messages::tr("The sign-in redirect carried no authorization code."));
    }
    return code;
}

DesktopPlatform currentDesktopPlatform()
{
#if defined(Q_OS_WIN)
    return DesktopPlatform::Windows;
#elif defined(Q_OS_MACOS)
    return DesktopPlatform::MacOS;
#else
    return DesktopPlatform::Linux;
#endif
}

ProcessCommand browserCommand(const QUrl &url, DesktopPlatform platform)
{
    const QString encoded = url.toString(QUrl::FullyEncoded);
    switch (platform) {
    case DesktopPlatform::Windows: {
        // cmd splits at '&'; '^' escapes it. The empty title keeps start from taking the URL
        // as the window title.
        QString escaped = encoded;
        escaped.replace(u'&', QStringLiteral("^&"));
        return {QStringLiteral("cmd"),
                {QStringLiteral("/c"), QStringLiteral("start"), QStringLiteral("\"\""), escaped}};
    }
    case DesktopPlatform::MacOS:
        return {QStringLiteral("open"), {encoded}};
    case DesktopPlatform::Linux:
        break;
    }
    return {QStringLiteral("xdg-open"), {encoded}};
}

bool openSystemBrowser(const QUrl &url)
{
    const ProcessCommand command = browserCommand(url, currentDesktopPlatform());
    return QProcess::startDetached(command.program, command.arguments);
}

QByteArray loopbackHttpResponse(int status, const QString &title, const QString &text)
{
    const QByteArray body =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                       "<p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    QByteArray reason = "OK";
    if (status == 400)
        reason = "Bad Request";
    else if (status == 404)
        reason = "Not Found";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(body.size()) +
           "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
}

LoopbackRedirectListener::LoopbackRedirectListener(RedirectHandler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler))
{}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port, Error *error)
{
    m_ipv4 = new QTcpServer(this);
    if (!m_ipv4->listen(QHostAddress::LocalHost, port)) {
        *error = Error(Error::Code::CredentialUnavailable,
                       Messages::tr("Cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2")
                           .arg(port)
                           .arg(m_ipv4->errorString()));
        return false;
    }
    adopt(m_ipv4);
    // Browsers may resolve localhost to ::1 first; take the same port there when possible.
    m_ipv6 = new QTcpServer(this);
    if (m_ipv6->listen(QHostAddress::LocalHostIPv6, m_ipv4->serverPort())) {
        adopt(m_ipv6);
    } else {
        delete m_ipv6;
        m_ipv6 = nullptr;
    }
    *error = Error();
    return true;
}

void LoopbackRedirectListener::close()
{
    if (m_ipv4)
        m_ipv4->close();
    if (m_ipv6)
        m_ipv6->close();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_ipv4 ? m_ipv4->serverPort() : 0;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("localhost"));
    url.setPort(port());
    return url;
}

void LoopbackRedirectListener::adopt(QTcpServer *server)
{
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray received = socket->property(bufferProperty).toByteArray() + socket->readAll();
    const LoopbackRequest request = parseLoopbackRequest(received);
    if (request.status == LoopbackRequest::Status::Incomplete) {
        socket->setProperty(bufferProperty, received);
        return;
    }
    socket->setProperty(bufferProperty, QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    if (request.status == LoopbackRequest::Status::Malformed) {
        answer(socket, loopbackHttpResponse(400, tr("Bad request"),
                                            tr("This is not a request "
                                               "MrAuth understands.")));
        return;
    }
    if (request.method != "GET" || request.path != u"/" ||
        !isAuthorizationRedirect(request.query)) {
        answer(socket, loopbackHttpResponse(404, tr("Not found"), tr("Nothing is here.")));
        return;
    }
    qCDebug(lcMrAuthAad) << "sign-in redirect received on the loopback listener";
    const Answer reply = m_handler(request.query);
    answer(socket, loopbackHttpResponse(reply.status, reply.title, reply.text));
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, const QByteArray &response)
{
    socket->write(response);
    // Hand the bytes to the system now: the listener may be deleted before the next turn.
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace MrAuth
