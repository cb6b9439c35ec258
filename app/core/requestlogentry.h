#pragma once

#include <mrauth/error.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace MrAuth {

//! One token request as the request log shows it. Holds no secret: the error text comes from
//! MrAuth::Error, which never carries one.
struct RequestLogEntry
{
    QDateTime time; //!< When the request finished, UTC.
    QUuid account;
    QString accountName;
    QString operation; //!< "refresh", "auto-refresh", "test connection", translated.
    Error::Code errorCode = Error::Code::NoError;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    int attempts = 0;
    QString requestCorrelationVector;
    QString responseCorrelationVector;
    QString errorText;

    bool isSuccess() const { return errorCode == Error::Code::NoError; }
    //! "200", "401 AuthenticationFailed", "HostNotFound", "Canceled".
    QString statusText() const;
    QJsonObject toJson() const;

    //! An entry for a request that ended with \a error (NoError for success).
    static RequestLogEntry fromResult(const QUuid &account, const QString &accountName,
                                      const QString &operation, const Error &error, int httpStatus,
                                      const QString &requestCv, const QString &responseCv,
                                      qint64 latencyMs, int attempts, const QDateTime &time);
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::RequestLogEntry)
