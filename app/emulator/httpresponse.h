#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace MrAuth {

//! An HTTP response, plus how the connection delivers it (faults: drop, hang, truncate, delay).
struct HttpResponse
{
    enum class Delivery {
        Normal,
        //! Close the connection without an answer.
        Drop,
        //! Never answer; the connection stays open until the client closes it.
        Hang,
        //! Announce a Content-Length larger than the body, send the body, then close.
        Truncate,
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    //! Wait this long before delivering (latency faults).
    int delayMs = 0;
    //! Close the connection after this response.
    bool closeConnection = false;
    //! The fault that shaped this response, for the log; empty when none.
    QString fault;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    //! Sets the body and Content-Type to compact JSON (`application/json; charset=utf-8`).
    void setJson(const QJsonDocument &json);

    //! The wire form: status line, headers (Content-Length, Date and Connection added), body.
    QByteArray serialize(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
    static HttpResponse json(int status, const QJsonDocument &json);
};

} // namespace MrAuth
