#pragma once

#include "tokenentry.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace MrAuth {

//! How each token state looks: a colour that keeps its contrast in light and dark palettes,
//! and an icon, so that the state never rests on colour alone (the status text says it too).
class StateStyle
{
public:
    //! The state's colour for text and icon on \a palette's base colour.
    static QColor color(TokenEntry::State state, const QPalette &palette);
    //! The state's icon in its colour.
    static QIcon icon(TokenEntry::State state, const QPalette &palette);
};

} // namespace MrAuth
