#include "secrets_p.h"

#include <algorithm>

namespace MrAuth {

void wipe(QString &secret)
{
    if (!secret.isDetached()) {
        secret.clear();
        return;
    }
    // Writing through a volatile pointer keeps the compiler from eliding the stores.
    volatile char16_t *data = reinterpret_cast<char16_t *>(secret.data());
    for (qsizetype i = 0; i < secret.size(); ++i)
        data[i] = 0;
    secret.clear();
}

void wipe(QByteArray &secret)
{
    if (!secret.isDetached()) {
        secret.clear();
        return;
    }
    volatile char *data = secret.data();
    for (qsizetype i = 0; i < secret.size(); ++i)
        data[i] = 0;
    secret.clear();
}

} // namespace MrAuth
