// libFuzzer target: the Azure AD response parsing (aadprotocol_p.h): token responses (also the
// managed identity variants), OAuth error bodies and device code responses.

#include "fuzzsupport.h"

#include "aadprotocol_p.h"

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
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1610812250, Qt::UTC);

    Error tokenError;
    const AadTokenResponse response = parseAadTokenResponse(input, now, &tokenError);
    Fuzz::check(response.accessToken.isNull() == tokenError.isError(),
                "token exactly when no error");
    if (tokenError) {
        Fuzz::check(tokenError.code() == Error::Code::InvalidResponse ||
                        tokenError.code() == Error::Code::MissingExpiry,
                    "token errors are InvalidResponse or MissingExpiry");
    } else {
        Fuzz::check(response.accessToken.expiresOn().isValid(), "a token has an expiry");
    }

    const AadErrorBody body = parseAadErrorBody(input);
    for (const int status : {400, 401, 403, 404, 429, 500, 503}) {
        const Error error = aadHttpError(status, body, QStringLiteral("Azure AD"));
        Fuzz::check(error.isError() && !error.message().isEmpty(),
                    "an HTTP failure is a typed error with a message");
    }

    Error grantError;
    const DeviceCodeGrant grant = parseDeviceCodeResponse(input, now, &grantError);
    Fuzz::check(grant.info.isNull() == grantError.isError(), "grant exactly when no error");
    if (!grantError) {
        Fuzz::check(!grant.deviceCode.isEmpty(), "a grant has a device code");
        Fuzz::check(grant.info.expiresOn().isValid(), "a grant has an expiry");
        Fuzz::check(grant.interval.count() >= 0 && grant.interval.count() <= 3600,
                    "the polling interval is bounded");
    }
    return 0;
}
