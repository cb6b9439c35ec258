#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace MrAuth {

//! The app's SVG icons, tinted for the current palette so that they read in light and dark
//! themes, and rendered at every size a high-DPI screen asks for.
//!
//! The SVGs (resources/icons) draw with `currentColor`, which is replaced with the given
//! colour. Toolbar icons follow the theme when it has the freedesktop icon of that name.
class AppIcons
{
public:
    //! The icon \a name (file name without `.svg`) drawn in \a color.
    static QIcon tinted(const QString &name, const QColor &color);
    //! A toolbar icon: the theme's \a themeName when present, else ours in the palette's text
    //! colour.
    static QIcon action(const QString &name, const QString &themeName, const QPalette &palette);
    //! The application icon.
    static QIcon application();
    //! True when \a palette is a dark one (its window is darker than its text).
    static bool isDark(const QPalette &palette);
};

} // namespace MrAuth
