#include "appicons.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImageReader>
#include <QPixmap>

namespace MrAuth {

namespace {
QByteArray svgOf(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
        it = cache.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return *it;
}
} // namespace

QIcon AppIcons::tinted(const QString &name, const QColor &color)
{
    QByteArray svg = svgOf(name);
    if (svg.isEmpty())
        return {};
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QIcon icon;
    // Sizes for toolbars, menus and table rows at 1x, 1.5x, 2x and 3x.
    for (int size : {16, 20, 22, 24, 32, 36, 48, 64, 72}) {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (!image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

QIcon AppIcons::action(const QString &name, const QString &themeName, const QPalette &palette)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return tinted(name, palette.color(QPalette::Active, QPalette::WindowText));
}

QIcon AppIcons::application()
{
    return QIcon(QStringLiteral(":/icons/mrauth.svg"));
}

bool AppIcons::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace MrAuth
