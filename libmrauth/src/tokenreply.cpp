#include <mrauth/tokenreply.h>

namespace MrAuth {

class TokenReplyPrivate
{
public:
    bool finished = false;
    Error error;
    AccessToken token;
    int httpStatus = 0;
    QString requestCv;
    QString responseCv;
    int attempts = 0;
    std::function<void()> abortHandler;
};

TokenReply::TokenReply(QObject *parent) : QObject(parent), d(std::make_unique<TokenReplyPrivate>())
{}

TokenReply::~TokenReply() = default;

bool TokenReply::isFinished() const
{
    return d->finished;
}

Error::Code TokenReply::error() const
{
    return d->error.code();
}

QString TokenReply::errorString() const
{
    return d->error.message();
}

Error TokenReply::errorInfo() const
{
    return d->error;
}

AccessToken TokenReply::accessToken() const
{
    return d->token;
}

int TokenReply::httpStatus() const
{
    return d->httpStatus;
}

QString TokenReply::requestCorrelationVector() const
{
    return d->requestCv;
}

QString TokenReply::responseCorrelationVector() const
{
    return d->responseCv;
}

int TokenReply::attempts() const
{
    return d->attempts;
}

void TokenReply::finishWithToken(const AccessToken &token)
{
    if (d->finished)
        return;
    d->finished = true;
    d->token = token;
    d->abortHandler = nullptr;
    Q_EMIT finished();
}

void TokenReply::finishWithError(const Error &error)
{
    if (d->finished)
        return;
    d->finished = true;
    d->error = error;
    if (d->httpStatus == 0)
        d->httpStatus = error.httpStatus();
    if (d->requestCv.isEmpty())
        d->requestCv = error.requestCorrelationVector();
    if (d->responseCv.isEmpty())
        d->responseCv = error.responseCorrelationVector();
    d->abortHandler = nullptr;
    Q_EMIT finished();
}

void TokenReply::setExchangeDetails(int httpStatus, const QString &requestCv,
                                    const QString &responseCv)
{
    d->httpStatus = httpStatus;
    d->requestCv = requestCv;
    d->responseCv = responseCv;
}

void TokenReply::setAttempts(int attempts)
{
    d->attempts = attempts;
}

void TokenReply::setAbortHandler(std::function<void()> handler)
{
    d->abortHandler = std::move(handler);
}

void TokenReply::abort()
{
    if (d->finished)
        return;
    // Move the handler out first: it may finish (and so reset) this reply.
    const auto handler = std::move(d->abortHandler);
    d->abortHandler = nullptr;
    if (handler)
        handler();
    finishWithError(Error(Error::Code::Canceled, tr("The request was canceled.")));
}

} // namespace MrAuth
