#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace MrAuth {

//! What TestStsServer does with one request: an HTTP response, or a raw misbehaviour.
struct ScriptedResponse
{
    enum class Behaviour {
        Respond,         //!< Send status, headers and body.
        NeverAnswer,     //!< Read the request and keep the connection open without answering.
        CloseConnection, //!< Read the request and close the connection without answering.
        HugeBody,        //!< 200 with hugeBodySize bytes of body.
    };

    Behaviour behaviour = Behaviour::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    //! HugeBody: how many bytes to send.
    qint64 hugeBodySize = 0;
    //! HugeBody: announce the size in Content-Length (false: no length, end by closing).
    bool announceLength = true;
    //! Hold the answer until TestStsServer::releaseHeld() (for tests of concurrent waiters).
    bool held = false;
    //! Close the connection after answering (sends `Connection: close`).
    bool closeAfter = false;

    //! Adds a header and returns this response, for chaining.
    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    //! Marks the response as held until the server releases it.
    ScriptedResponse &heldUntilReleased();

    //! A 200 like the real STS sends: `{"AccessToken":"<token>"}` with its headers and \a msCv.
    static ScriptedResponse token(const QString &accessToken, const QByteArray &msCv);
    //! A response with HTTP \a status, the usual STS error headers, \a msCv and \a body.
    static ScriptedResponse httpStatus(int status, const QByteArray &msCv,
                                       const QByteArray &body = {});
    //! A 200 with \a body as `application/json` (for malformed and incomplete bodies).
    static ScriptedResponse json(const QByteArray &body, const QByteArray &msCv);
    //! A 302 to \a target.
    static ScriptedResponse redirect(const QUrl &target);
    static ScriptedResponse neverAnswer();
    static ScriptedResponse closeConnection();
    static ScriptedResponse hugeBody(qint64 size, bool announceLength);
};

} // namespace MrAuth
