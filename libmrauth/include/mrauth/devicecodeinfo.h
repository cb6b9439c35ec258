#pragma once

#include <mrauth/mrauth_export.h>

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace MrAuth {

//! What a user needs to finish a device-code sign-in: the code to type and where to type it.
//!
//! A plain value type. It holds no secret: the device code itself stays in the credential.
class MRAUTH_EXPORT DeviceCodeInfo
{
public:
    DeviceCodeInfo() = default;
    DeviceCodeInfo(const QString &userCode, const QUrl &verificationUri, const QString &message,
                   const QDateTime &expiresOn);

    //! The short code the user types at verificationUri(), e.g. `FGH7KQ2RT`.
    QString userCode() const { return m_userCode; }
    //! Where to type it, e.g. `https://microsoft.com/devicelogin`.
    QUrl verificationUri() const { return m_verificationUri; }
    //! Azure AD's ready sentence with both, for showing as it is.
    QString message() const { return m_message; }
    //! When the code stops working (UTC).
    QDateTime expiresOn() const { return m_expiresOn; }
    bool isNull() const { return m_userCode.isEmpty(); }

private:
    QString m_userCode;
    QUrl m_verificationUri;
    QString m_message;
    QDateTime m_expiresOn;
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::DeviceCodeInfo)
