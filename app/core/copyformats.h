#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace MrAuth {

//! The ways a token can be copied: the token, an Authorization header, a curl command and a
//! shell export line. Pure functions.
class CopyFormats
{
public:
    enum class Format { Token, AuthorizationHeader, CurlCommand, ShellExport };

    static QList<Format> all();
    //! The text for \a format. \a serviceUrl is what the curl command calls; when it is not
    //! known the command uses "$MIXEDREALITY_SERVICE_URL" for the caller to set.
    static QString format(Format format, const QString &token, const QUrl &serviceUrl = {});
    //! A translated menu label, e.g. "Copy as curl command".
    static QString label(Format format);
    //! The shell variable of the export line, MIXEDREALITY_ACCESS_TOKEN.
    static QString environmentVariable() { return QStringLiteral("MIXEDREALITY_ACCESS_TOKEN"); }
    //! \a text in single quotes for POSIX shells, with embedded quotes escaped.
    static QString shellQuote(const QString &text);
};

} // namespace MrAuth
