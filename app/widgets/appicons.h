#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! The app's SVG icons, tinted for the current palette so that they read in light and dark
//! themes, and rendered with QSvgRenderer at every size a high-DPI screen asks for.
//!
//! The SVGs (resources/icons, compiled in under `:/icons`) draw with `currentColor`, which is
//! replaced with a colour per icon mode. Toolbar icons follow the theme when it has the
//! freedesktop icon of that name.
class AppIcons
{
public:
    //! The icon \a name (file name without `.svg`) drawn in \a color in every mode; the
    //! disabled mode is faded by the style. Null when there is no such icon.
    static QIcon tinted(const QString &name, const QColor &color);
    //! The icon \a name drawn in \a palette's colours: WindowText for the normal and active
    //! modes, the disabled group's WindowText when disabled, HighlightedText when selected.
    static QIcon forPalette(const QString &name, const QPalette &palette);
    //! A toolbar icon: the theme's \a themeName when present, else forPalette(\a name, \a palette).
    static QIcon action(const QString &name, const QString &themeName, const QPalette &palette);
    //! The names of the action icons (for menus and toolbars), each drawn with `currentColor`.
    static QStringList actionNames();
    //! The application icon, from the icon theme when it has the app's icon, else the
    //! compiled-in SVG.
    static QIcon application();
    //! True when \a palette is a dark one (its window is darker than its text).
    static bool isDark(const QPalette &palette);
};

} // namespace MrAuth
