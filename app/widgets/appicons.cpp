#include "appicons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

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

// The colour an icon mode is drawn in; an invalid colour leaves the SVG's own colours.
struct ModeColours
{
    QColor normal;
    QColor disabled;
    QColor selected;

    QColor forMode(QIcon::Mode mode) const
    {
        switch (mode) {
        case QIcon::Disabled:
            return disabled.isValid() ? disabled : normal;
        case QIcon::Selected:
            return selected.isValid() ? selected : normal;
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return normal;
    }
};

// Renders an SVG in the colour of the icon mode at whatever size is asked for, when it is
// asked for: sharp at any device pixel ratio, and nothing rendered for sizes never shown
// (start-up time). QSvgRenderer directly, so no image format plugin is needed.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    PaletteSvgIconEngine(const QByteArray &svg, const ModeColours &colours, bool styleDisabled)
        : m_svg(svg), m_colours(colours), m_styleDisabled(styleDisabled)
    {}

    QIconEngine *clone() const override
    {
        return new PaletteSvgIconEngine(m_svg, m_colours, m_styleDisabled);
    }

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
        if (size.isEmpty())
            return {};
        const QString key =
            QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(int(mode));
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QPixmap result = QPixmap::fromImage(render(size, mode));
        if (mode == QIcon::Disabled && m_styleDisabled && !result.isNull()) {
            QStyleOption option;
            option.palette = QApplication::palette();
            result = QApplication::style()->generatedIconPixmap(QIcon::Disabled, result, &option);
        }
        m_cache.insert(key, result);
        return result;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    QString key() const override { return QStringLiteral("MrAuth::PaletteSvgIconEngine"); }

private:
    QImage render(const QSize &size, QIcon::Mode mode) const
    {
        QByteArray svg = m_svg;
        const QColor colour = m_colours.forMode(mode);
        if (colour.isValid())
            svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        if (!renderer.isValid())
            return {};
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        // Keep the aspect ratio, centred, for non-square requests.
        QSizeF drawn = renderer.defaultSize();
        drawn.scale(QSizeF(size), Qt::KeepAspectRatio);
        const QRectF target((size.width() - drawn.width()) / 2,
                            (size.height() - drawn.height()) / 2, drawn.width(), drawn.height());
        QPainter painter(&image);
        renderer.render(&painter, target);
        painter.end();
        // Colours with alpha (a disabled text colour may have some) fade the whole icon.
        if (colour.isValid() && colour.alpha() < 255) {
            QImage faded(size, QImage::Format_ARGB32_Premultiplied);
            faded.fill(Qt::transparent);
            QPainter fader(&faded);
            fader.setOpacity(colour.alphaF());
            fader.drawImage(0, 0, image);
            fader.end();
            return faded;
        }
        return image;
    }

    QByteArray m_svg;
    ModeColours m_colours;
    bool m_styleDisabled;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon AppIcons::tinted(const QString &name, const QColor &color)
{
    const QByteArray svg = svgOf(name);
    if (svg.isEmpty())
        return {};
    return QIcon(new PaletteSvgIconEngine(svg, {color, {}, {}}, true));
}

QIcon AppIcons::forPalette(const QString &name, const QPalette &palette)
{
    const QByteArray svg = svgOf(name);
    if (svg.isEmpty())
        return {};
    const ModeColours colours{palette.color(QPalette::Active, QPalette::WindowText),
                              palette.color(QPalette::Disabled, QPalette::WindowText),
                              palette.color(QPalette::Active, QPalette::HighlightedText)};
    return QIcon(new PaletteSvgIconEngine(svg, colours, false));
}

QIcon AppIcons::action(const QString &name, const QString &themeName, const QPalette &palette)
{
    if (!themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return forPalette(name, palette);
}

QStringList AppIcons::actionNames()
{
    return {QStringLiteral("add"),         QStringLiteral("edit"),     QStringLiteral("duplicate"),
            QStringLiteral("remove"),      QStringLiteral("copy"),     QStringLiteral("reveal"),
            QStringLiteral("details"),     QStringLiteral("decode"),   QStringLiteral("refresh"),
            QStringLiteral("refresh-all"), QStringLiteral("cancel"),   QStringLiteral("import"),
            QStringLiteral("export"),      QStringLiteral("settings"), QStringLiteral("log"),
            QStringLiteral("quit")};
}

QIcon AppIcons::application()
{
    const QIcon ours(new PaletteSvgIconEngine(svgOf(QStringLiteral("mrauth")), {}, false));
    return QIcon::fromTheme(QStringLiteral(MRAUTH_APP_ID), ours);
}

bool AppIcons::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace MrAuth
