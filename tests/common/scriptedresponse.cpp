#include "scriptedresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace MrAuth {

namespace {
// The headers the real STS sends with every answer (protocol document, section 2).
void addStsHeaders(ScriptedResponse &response, const QByteArray &msCv)
{
    if (!msCv.isEmpty())
        response.withHeader("MS-CV", msCv);
    response.withHeader("Cache-Control", "no-store, no-cache")
        .withHeader("Pragma", "no-cache")
        .withHeader("X-Content-Type-Options", "nosniff");
}
} // namespace

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

ScriptedResponse &ScriptedResponse::heldUntilReleased()
{
    held = true;
    return *this;
}

ScriptedResponse ScriptedResponse::token(const QString &accessToken, const QByteArray &msCv)
{
    const QJsonObject object{{QStringLiteral("AccessToken"), accessToken}};
    return json(QJsonDocument(object).toJson(QJsonDocument::Compact), msCv);
}

ScriptedResponse ScriptedResponse::httpStatus(int status, const QByteArray &msCv,
                                              const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    addStsHeaders(response, msCv);
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::json(const QByteArray &body, const QByteArray &msCv)
{
    ScriptedResponse response = httpStatus(200, msCv, body);
    response.withHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

ScriptedResponse ScriptedResponse::redirect(const QUrl &target)
{
    ScriptedResponse response;
    response.status = 302;
    response.withHeader("Location", target.toEncoded());
    return response;
}

ScriptedResponse ScriptedResponse::neverAnswer()
{
    ScriptedResponse response;
    response.behaviour = Behaviour::NeverAnswer;
    return response;
}

ScriptedResponse ScriptedResponse::closeConnection()
{
    ScriptedResponse response;
    response.behaviour = Behaviour::CloseConnection;
    return response;
}

ScriptedResponse ScriptedResponse::hugeBody(qint64 size, bool announceLength)
{
    ScriptedResponse response;
    response.behaviour = Behaviour::HugeBody;
    response.hugeBodySize = size;
    response.announceLength = announceLength;
    return response;
}

} // namespace MrAuth
