#pragma once

#include <mrauth/azurecredentialoptions.h>
#include <mrauth/mrauth_export.h>

#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

namespace MrAuth {

//! Options for InteractiveBrowserCredential.
struct MRAUTH_EXPORT InteractiveBrowserCredentialOptions : AzureCredentialOptions
{
    //! The loopback port for the redirect (`http://localhost:{port}`); 0 picks a free one.
    quint16 redirectPort = 0;
    //! Pre-fills the sign-in page's user name, e.g. `alice@contoso.com`.
    QString loginHint;
    //! How long the user has to finish signing in.
    std::chrono::seconds browserTimeout{300};
    //! Opens \a authorizationUrl in a browser and returns whether that worked. Unset: the
    //! system browser through `xdg-open` (Linux), `open` (macOS) or `cmd /c start` (Windows).
    //! Apps with a GUI can pass QDesktopServices::openUrl here.
    std::function<bool(const QUrl &authorizationUrl)> openBrowser;
};

} // namespace MrAuth
