#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace MrAuth {

//! One parsed HTTP/1.1 request: request line, headers in arrival order, and the body.
struct HttpRequest
{
    QByteArray method;
    //! The request target as sent (path and query), e.g. `/Accounts/x/token?api-version=…`.
    QByteArray target;
    //! The decoded path without the query.
    QString path;
    QUrlQuery query;
    //! 0 for HTTP/1.0, 1 for HTTP/1.1.
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    //! The value of header \a name (case-insensitive); repeated headers joined with ", ".
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    //! True when the connection stays open after this request (HTTP/1.1 default, or
    //! `Connection: keep-alive` on HTTP/1.0).
    bool isKeepAlive() const;
    //! The body as an `application/x-www-form-urlencoded` form ('+' is a space).
    QHash<QString, QString> formFields() const;
    //! A query parameter, fully decoded.
    QString queryValue(const QString &name) const;
};

} // namespace MrAuth
