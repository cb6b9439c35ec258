#include "appicons.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

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

namespace {
// Renders a tinted SVG at whatever size is asked for, when it is asked for: sharp at any
// device pixel ratio, and nothing rendered for sizes never shown (start-up time).
class TintedSvgIconEngine : public QIconEngine
{
public:
    explicit TintedSvgIconEngine(const QByteArray &svg) : m_svg(svg) {}

    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_svg); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        Q_UNUSED(state)
        const QString key =
            QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(int(mode));
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QByteArray svg = m_svg;
        QBuffer buffer(&svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        QPixmap result = QPixmap::fromImage(reader.read());
        if (mode == QIcon::Disabled && !result.isNull()) {
            QStyleOption option;
            option.palette = QApplication::palette();
            result = QApplication::style()->generatedIconPixmap(QIcon::Disabled, result, &option);
        }
        m_cache.insert(key, result);
        return result;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};
} // namespace

QIcon AppIcons::tinted(const QString &name, const QColor &color)
{
    QByteArray svg = svgOf(name);
    if (svg.isEmpty())
        return {};
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    return QIcon(new TintedSvgIconEngine(svg));
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
