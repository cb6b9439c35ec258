// libFuzzer target: the JWT decoder (Jwt::decode, Jwt::expiryOf, Jwt::decodeBase64Url).

#include "fuzzsupport.h"

#include <mrauth/error.h>
#include <mrauth/jwt.h>

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
    const QString token = QString::fromUtf8(input);

    Error error;
    const Jwt jwt = Jwt::decode(token, &error);
    Fuzz::check(jwt.isValid() != error.isError(), "decode: valid exactly when no error");
    if (error)
        Fuzz::check(error.code() == Error::Code::InvalidToken, "decode: errors are InvalidToken");
    if (jwt.isValid()) {
        (void)jwt.header();
        (void)jwt.issuedAt();
        (void)jwt.notBefore();
    }

    Error expiryError;
    const QDateTime expiry = Jwt::expiryOf(token, &expiryError);
    Fuzz::check(expiry.isValid() != expiryError.isError(),
                "expiryOf: expiry exactly when no error");
    Fuzz::check(expiry == jwt.expiresOn(), "expiryOf agrees with decode().expiresOn()");
    if (expiryError)
        Fuzz::check(expiryError.code() == Error::Code::InvalidToken ||
                        expiryError.code() == Error::Code::MissingExpiry,
                    "expiryOf: errors are InvalidToken or MissingExpiry");

    // Whatever decodes must encode back to the same bytes and decode again to the same data.
    QByteArray decoded;
    if (Jwt::decodeBase64Url(input, &decoded)) {
        const QByteArray encoded =
            decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QByteArray again;
        Fuzz::check(Jwt::decodeBase64Url(encoded, &again) && again == decoded,
                    "base64url round trip");
    }
    return 0;
}
