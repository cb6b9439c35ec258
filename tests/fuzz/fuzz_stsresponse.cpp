// libFuzzer target: the STS response parsing (stsprotocol_p.h): the 200 body, Retry-After and
// the messages of HTTP failures carrying a WWW-Authenticate text.

#include "fuzzsupport.h"

#include "stsprotocol_p.h"

#include <QDateTime>
#include <QString>

using namespace MrAuth;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);

    Error error;
    const AccessToken token = parseStsTokenResponse(input, &error);
    Fuzz::check(token.isNull() == error.isError(), "token exactly when no error");
    if (error) {
        Fuzz::check(error.code() == Error::Code::InvalidResponse ||
                        error.code() == Error::Code::InvalidToken ||
                        error.code() == Error::Code::MissingExpiry,
                    "body errors are InvalidResponse, InvalidToken or MissingExpiry");
        Fuzz::check(!error.message().isEmpty(), "an error has a message");
    } else {
        Fuzz::check(token.expiresOn().isValid(), "a token has an expiry");
    }

    // The same bytes as a Retry-After header value.
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1610812250, Qt::UTC);
    if (const auto delay = parseRetryAfter(input, now))
        Fuzz::check(delay->count() >= 0, "Retry-After is never negative");

    // And as the WWW-Authenticate text of every status the client maps.
    const QString wwwAuthenticate = QString::fromLatin1(input);
    for (const int status : {400, 401, 403, 404, 408, 429, 500, 502, 503, 504, 302, 418, 599}) {
        Fuzz::check(!stsHttpErrorMessage(status, wwwAuthenticate).isEmpty(),
                    "every status has a message");
        (void)errorCodeForHttpStatus(status);
    }
    return 0;
}
