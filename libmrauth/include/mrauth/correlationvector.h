#pragma once

#include <mrauth/mrauth_export.h>

#include <QString>
#include <QUuid>

namespace MrAuth {

//! Correlation vectors as the Mixed Reality STS uses them (X-MRC-CV and MS-CV).
class MRAUTH_EXPORT CorrelationVector
{
public:
    //! A new random vector: 16 random bytes in standard base64 without the "==" padding
    //! (22 characters).
    static QString generate();
    //! The vector for \a uuid: its 16 bytes in big-endian (RFC 4122) order, base64, unpadded.
    static QString fromUuid(const QUuid &uuid);
    //! True when \a cv is 22 characters of the standard base64 alphabet.
    static bool isValid(const QString &cv);
};

} // namespace MrAuth
