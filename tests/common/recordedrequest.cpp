#include "recordedrequest.h"

namespace MrAuth {

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

int RecordedRequest::headerCount(const QByteArray &name) const
{
    return int(std::count_if(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

QByteArray RecordedRequest::rawHead() const
{
    QByteArray text = method + ' ' + target + '\n';
    for (const auto &header : headers)
        text += header.first + ": " + header.second + '\n';
    return text;
}

} // namespace MrAuth
