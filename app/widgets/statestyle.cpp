#include "statestyle.h"

#include "appicons.h"

#include <QHash>

namespace MrAuth {

QColor StateStyle::color(TokenEntry::State state, const QPalette &palette)
{
    const bool dark = AppIcons::isDark(palette);
    switch (state) {
    case TokenEntry::State::Valid:
        return dark ? QColor(0x6c, 0xd9, 0x8a) : QColor(0x1a, 0x7f, 0x37);
    case TokenEntry::State::ExpiringSoon:
        return dark ? QColor(0xf2, 0xc0, 0x4c) : QColor(0x9a, 0x5b, 0x00);
    case TokenEntry::State::Expired:
    case TokenEntry::State::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case TokenEntry::State::Fetching:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0b, 0x57, 0xd0);
    case TokenEntry::State::NotFetched:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QIcon StateStyle::icon(TokenEntry::State state, const QPalette &palette)
{
    QString name;
    switch (state) {
    case TokenEntry::State::Valid:
        name = QStringLiteral("state-valid");
        break;
    case TokenEntry::State::ExpiringSoon:
        name = QStringLiteral("state-expiring");
        break;
    case TokenEntry::State::Expired:
        name = QStringLiteral("state-expired");
        break;
    case TokenEntry::State::Fetching:
        name = QStringLiteral("state-fetching");
        break;
    case TokenEntry::State::Error:
        name = QStringLiteral("state-error");
        break;
    case TokenEntry::State::NotFetched:
        name = QStringLiteral("state-none");
        break;
    }
    // Rendering SVGs each second for every row would cost: keep them per colour.
    static QHash<QString, QIcon> cache;
    const QColor tint = color(state, palette);
    const QString key = name + tint.name();
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, AppIcons::tinted(name, tint));
    return *it;
}

} // namespace MrAuth
