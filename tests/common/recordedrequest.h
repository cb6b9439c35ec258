#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace MrAuth {

//! One HTTP request as TestStsServer received it.
struct RecordedRequest
{
    QByteArray method;
    //! The request target as sent: path and query.
    QByteArray target;
    //! The decoded path, e.g. `/Accounts/87e9…/token`.
    QString path;
    QUrlQuery query;
    //! Every header in the order received, names as sent.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    //! Which connection of the server carried it (0-based, in order of acceptance).
    int connection = -1;
    //! Milliseconds since the server was created, when the request was complete.
    qint64 receivedAtMs = 0;

    //! The value of header \a name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    //! How many times header \a name (case-insensitive) was sent.
    int headerCount(const QByteArray &name) const;
    //! The request line and the headers, with nothing redacted: for test diagnostics only.
    QByteArray rawHead() const;
};

} // namespace MrAuth
