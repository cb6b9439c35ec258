#include "httprequest.h"

namespace MrAuth {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    QByteArray value;
    bool found = false;
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            value += ", ";
        value += header.second;
        found = true;
    }
    return value;
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

bool HttpRequest::isKeepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    const QList<QByteArray> tokens = connection.split(',');
    const auto has = [&tokens](const QByteArray &wanted) {
        return std::any_of(tokens.cbegin(), tokens.cend(), [&wanted](const QByteArray &token) {
            return token.trimmed() == wanted;
        });
    };
    if (minorVersion == 0)
        return has("keep-alive");
    return !has("close");
}

QHash<QString, QString> HttpRequest::formFields() const
{
    QHash<QString, QString> fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return fields;
}

QString HttpRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace MrAuth
