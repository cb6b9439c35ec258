#include "httpresponse.h"

#include <QDateTime>
#include <QLocale>

namespace MrAuth {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

void HttpResponse::setJson(const QJsonDocument &json)
{
    body = json.toJson(QJsonDocument::Compact);
    setHeader("Content-Type", "application/json; charset=utf-8");
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &json)
{
    HttpResponse response;
    response.status = status;
    response.setJson(json);
    return response;
}

namespace {

// RFC 7231 IMF-fixdate; cached per second because formatting dates is slow.
QByteArray httpDate()
{
    static qint64 cachedSecond = -1;
    static QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

} // namespace

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    QByteArray wire;
    wire.reserve(256 + body.size());
    wire += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        wire += header.first + ": " + header.second + "\r\n";
    qsizetype contentLength = body.size();
    if (delivery == Delivery::Truncate)
        contentLength += 100;
    wire += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    wire += "Date: " + httpDate() + "\r\n";
    wire += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    wire += "\r\n";
    wire += body;
    return wire;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace MrAuth
