#pragma once

#include <mrauth/mrauth_export.h>

#include <QByteArray>
#include <QString>

namespace MrAuth {

//! Overwrites the characters of \a secret before releasing it, when this copy is the only
//! owner of the data (Qt's implicit sharing means other copies may still hold it).
MRAUTH_EXPORT void wipe(QString &secret);
MRAUTH_EXPORT void wipe(QByteArray &secret);

} // namespace MrAuth
