#pragma once

#include <QString>
#include <QStringList>

namespace MrAuth {

//! MrAuth's translations and Qt's own, for the desktop app and the CLI.
//!
//! MrAuth's catalogs (the app, the CLI and libmrauth's messages) are compiled into the programs
//! under ":/i18n"; Qt's (qtbase_*.qm, from Debian's qt6-translations-l10n) come from Qt's
//! translations directory.
class Translations
{
public:
    //! The languages MrAuth ships, such as "de" or "zh_CN", "en" included, sorted.
    static QStringList available();

    //! Installs MrAuth's and Qt's translators for \a language ("" follows the system locale)
    //! on the application and makes its locale the default. Returns false when MrAuth has no
    //! catalog for that locale (the English texts are used then).
    static bool install(const QString &language);
};

} // namespace MrAuth
