#include "copyformats.h"

#include <QCoreApplication>

namespace MrAuth {

QList<CopyFormats::Format> CopyFormats::all()
{
    return {Format::Token, Format::AuthorizationHeader, Format::CurlCommand, Format::ShellExport};
}

QString CopyFormats::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CopyFormats::format(Format format, const QString &token, const QUrl &serviceUrl)
{
    switch (format) {
    case Format::Token:
        return token;
    case Format::AuthorizationHeader:
        return QStringLiteral("Authorization: Bearer ") + token;
    case Format::CurlCommand: {
        const QString url = serviceUrl.isValid() && !serviceUrl.isEmpty()
                                ? shellQuote(serviceUrl.toString(QUrl::FullyEncoded))
                                : QStringLiteral("\"$MIXEDREALITY_SERVICE_URL\"");
        return QStringLiteral("curl --fail-with-body -H ") +
               shellQuote(QStringLiteral("Authorization: Bearer ") + token) + u' ' + url;
    }
    case Format::ShellExport:
        return QStringLiteral("export ") + environmentVariable() + u'=' + shellQuote(token);
    }
    return {};
}

QString CopyFormats::label(Format format)
{
    switch (format) {
    case Format::Token:
        return QCoreApplication::translate("MrAuth::CopyFormats", "Copy &Token");
    case Format::AuthorizationHeader:
        return QCoreApplication::translate("MrAuth::CopyFormats", "Copy as &Authorization Header");
    case Format::CurlCommand:
        return QCoreApplication::translate("MrAuth::CopyFormats", "Copy as c&url Command");
    case Format::ShellExport:
        return QCoreApplication::translate("MrAuth::CopyFormats", "Copy as Shell &Export");
    }
    return {};
}

} // namespace MrAuth
