#include <mrauth/error.h>

#include <QMetaEnum>

namespace MrAuth {

class ErrorData : public QSharedData
{
public:
    Error::Code code = Error::Code::NoError;
    QString message;
    int httpStatus = 0;
    QString wwwAuthenticate;
    QString requestCv;
    QString responseCv;
};

Error::Error() : d(new ErrorData) {}

Error::Error(Code code, const QString &message) : d(new ErrorData)
{
    d->code = code;
    d->message = message;
}

Error::Error(const Error &other) = default;
Error::Error(Error &&other) noexcept = default;
Error &Error::operator=(const Error &other) = default;
Error &Error::operator=(Error &&other) noexcept = default;
Error::~Error() = default;

Error::Code Error::code() const
{
    return d->code;
}

bool Error::isError() const
{
    return d->code != Code::NoError;
}

QString Error::message() const
{
    return d->message;
}

void Error::setMessage(const QString &message)
{
    d->message = message;
}

int Error::httpStatus() const
{
    return d->httpStatus;
}

void Error::setHttpStatus(int status)
{
    d->httpStatus = status;
}

QString Error::wwwAuthenticate() const
{
    return d->wwwAuthenticate;
}

void Error::setWwwAuthenticate(const QString &text)
{
    d->wwwAuthenticate = text;
}

QString Error::requestCorrelationVector() const
{
    return d->requestCv;
}

void Error::setRequestCorrelationVector(const QString &cv)
{
    d->requestCv = cv;
}

QString Error::responseCorrelationVector() const
{
    return d->responseCv;
}

void Error::setResponseCorrelationVector(const QString &cv)
{
    d->responseCv = cv;
}

QString Error::codeName(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(int(code)));
}

QString Error::toString() const
{
    if (!isError())
        return {};
    QString text = codeName(d->code) + QStringLiteral(": ") + d->message;
    if (d->httpStatus != 0)
        text += QStringLiteral(" [HTTP %1]").arg(d->httpStatus);
    if (!d->wwwAuthenticate.isEmpty() && !d->message.contains(d->wwwAuthenticate))
        text += QStringLiteral(" [WWW-Authenticate: %1]").arg(d->wwwAuthenticate);
    if (!d->requestCv.isEmpty())
        text += QStringLiteral(" [X-MRC-CV: %1]").arg(d->requestCv);
    if (!d->responseCv.isEmpty())
        text += QStringLiteral(" [MS-CV: %1]").arg(d->responseCv);
    return text;
}

} // namespace MrAuth
