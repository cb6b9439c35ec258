#include <mrauth/correlationvector.h>

#include <QRandomGenerator>

namespace MrAuth {

namespace {
QString encode(const QByteArray &sixteenBytes)
{
    return QString::fromLatin1(sixteenBytes.toBase64(QByteArray::OmitTrailingEquals));
}
} // namespace

QString CorrelationVector::generate()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return encode(bytes);
}

QString CorrelationVector::fromUuid(const QUuid &uuid)
{
    return encode(uuid.toRfc4122());
}

bool CorrelationVector::isValid(const QString &cv)
{
    if (cv.size() != 22)
        return false;
    return std::all_of(cv.cbegin(), cv.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'+' || c == u'/';
    });
}

} // namespace MrAuth
