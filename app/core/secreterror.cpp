#include "secreterror.h"

#include <QMetaEnum>

namespace MrAuth {

QString SecretError::codeName(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(int(code)));
}

} // namespace MrAuth
