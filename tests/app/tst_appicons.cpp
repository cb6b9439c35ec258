// AppIcons: every action icon renders at toolbar and menu sizes, in the palette's colours for
// light and dark themes and for each icon mode; the theme wins when it has the icon; the
// application icon renders from the compiled-in SVG.
#include "appicons.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace MrAuth;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x6e, 0x6e));
    palette.setColor(QPalette::HighlightedText, QColor(0x10, 0x20, 0x30));
    return palette;
}

struct Coverage
{
    int visiblePixels = 0;
    // Pixels at least half covered: the strokes, without their anti-aliased fringe.
    int strokePixels = 0;
    // Stroke pixels whose colour is not the expected one.
    int wrongPixels = 0;
};

// Anti-aliasing blends the tint with transparency only, so every pixel of a stroke, once
// unpremultiplied, is the tint (give or take the rounding of premultiplied 8-bit values).
Coverage coverage(const QPixmap &pixmap, const QColor &expected)
{
    Coverage result;
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 0)
                ++result.visiblePixels;
            if (pixel.alpha() < 128)
                continue;
            ++result.strokePixels;
            if (qAbs(pixel.red() - expected.red()) > 3 ||
                qAbs(pixel.green() - expected.green()) > 3 ||
                qAbs(pixel.blue() - expected.blue()) > 3)
                ++result.wrongPixels;
        }
    }
    return result;
}

} // namespace

class TestAppIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void actionIconsFollowThePalette_data();
    void actionIconsFollowThePalette();
    void paletteChangeChangesTheColour();
    void tintedUsesTheGivenColour();
    void unknownIconIsNull();
    void themeIconWinsWhenTheThemeHasIt();
    void applicationIcon();
    void darkPaletteDetected();
};

void TestAppIcons::actionIconsFollowThePalette_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    QTest::addColumn<QPalette>("palette");
    const QStringList names = AppIcons::actionNames();
    QVERIFY(names.contains(QStringLiteral("quit")));
    for (const QString &name : names) {
        for (const int size : {16, 32}) {
            QTest::addRow("%s-%d-light", qPrintable(name), size) << name << size << lightPalette();
            QTest::addRow("%s-%d-dark", qPrintable(name), size) << name << size << darkPalette();
        }
    }
}

void TestAppIcons::actionIconsFollowThePalette()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    QFETCH(QPalette, palette);

    const QIcon icon = AppIcons::forPalette(name, palette);
    QVERIFY(!icon.isNull());
    const struct
    {
        QIcon::Mode mode = QIcon::Normal;
        QColor colour;
    } modes[] = {
        {QIcon::Normal, palette.color(QPalette::Active, QPalette::WindowText)},
        {QIcon::Active, palette.color(QPalette::Active, QPalette::WindowText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText)},
        {QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText)},
    };
    for (const auto &mode : modes) {
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 1.0, mode.mode);
        QCOMPARE(pixmap.size(), QSize(size, size));
        const Coverage drawn = coverage(pixmap, mode.colour);
        // Something is drawn, but not a filled square.
        QVERIFY2(drawn.visiblePixels >= size, qPrintable(QString::number(drawn.visiblePixels)));
        QVERIFY(drawn.visiblePixels < size * size);
        QVERIFY2(drawn.strokePixels >= size / 2, "the strokes are too thin or too faint");
        QVERIFY2(drawn.wrongPixels == 0,
                 qPrintable(QStringLiteral("%1 of %2 stroke pixels are not %3 in mode %4")
                                .arg(drawn.wrongPixels)
                                .arg(drawn.strokePixels)
                                .arg(mode.colour.name())
                                .arg(int(mode.mode))));
    }
}

void TestAppIcons::paletteChangeChangesTheColour()
{
    const QPixmap light =
        AppIcons::action(QStringLiteral("settings"), {}, lightPalette()).pixmap(QSize(32, 32), 1.0);
    const QPixmap dark =
        AppIcons::action(QStringLiteral("settings"), {}, darkPalette()).pixmap(QSize(32, 32), 1.0);
    QVERIFY(coverage(light, QColor(0x1e, 0x1e, 0x1e)).strokePixels > 0);
    QCOMPARE(coverage(light, QColor(0x1e, 0x1e, 0x1e)).wrongPixels, 0);
    QVERIFY(coverage(dark, QColor(0xe6, 0xe6, 0xe6)).strokePixels > 0);
    QCOMPARE(coverage(dark, QColor(0xe6, 0xe6, 0xe6)).wrongPixels, 0);
    QVERIFY(light.toImage() != dark.toImage());
}

void TestAppIcons::tintedUsesTheGivenColour()
{
    const QColor green(0x1a, 0x7f, 0x37);
    const QPixmap pixmap =
        AppIcons::tinted(QStringLiteral("state-valid"), green).pixmap(QSize(16, 16), 1.0);
    const Coverage drawn = coverage(pixmap, green);
    QVERIFY(drawn.strokePixels > 0);
    // The check mark inside is white, the disc the tint.
    QVERIFY(drawn.wrongPixels < drawn.strokePixels / 2);
}

void TestAppIcons::unknownIconIsNull()
{
    QVERIFY(AppIcons::forPalette(QStringLiteral("no-such-icon"), lightPalette()).isNull());
    QVERIFY(AppIcons::tinted(QStringLiteral("no-such-icon"), Qt::red).isNull());
}

void TestAppIcons::themeIconWinsWhenTheThemeHasIt()
{
    // A minimal freedesktop theme whose list-add is solid red.
    QTemporaryDir themes;
    QVERIFY(themes.isValid());
    QDir root(themes.path());
    QVERIFY(root.mkpath(QStringLiteral("mrauthtest/16x16/actions")));
    QFile index(root.filePath(QStringLiteral("mrauthtest/index.theme")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=mrauthtest\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nContext=Actions\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(root.filePath(QStringLiteral("mrauthtest/16x16/actions/list-add.png"))));

    const QStringList oldPaths = QIcon::themeSearchPaths();
    const QString oldTheme = QIcon::themeName();
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(QStringLiteral("mrauthtest"));
    const QImage themed =
        AppIcons::action(QStringLiteral("add"), QStringLiteral("list-add"), lightPalette())
            .pixmap(QSize(16, 16), 1.0)
            .toImage();
    // Not in the theme: ours, in the palette's colour.
    const QPixmap fallback = AppIcons::action(QStringLiteral("decode"),
                                              QStringLiteral("mrauth-no-such-icon"), lightPalette())
                                 .pixmap(QSize(16, 16), 1.0);
    QIcon::setThemeName(oldTheme);
    QIcon::setThemeSearchPaths(oldPaths);

    QCOMPARE(themed.pixelColor(8, 8).rgb(), QColor(Qt::red).rgb());
    QVERIFY(coverage(fallback, QColor(0x1e, 0x1e, 0x1e)).strokePixels > 0);
    QCOMPARE(coverage(fallback, QColor(0x1e, 0x1e, 0x1e)).wrongPixels, 0);
}

void TestAppIcons::applicationIcon()
{
    const QIcon icon = AppIcons::application();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 256}) {
        const QImage image = icon.pixmap(QSize(size, size), 1.0).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The rounded square fills the middle.
        QCOMPARE(image.pixelColor(size / 2, size / 2 + size / 4).alpha(), 255);
    }
}

void TestAppIcons::darkPaletteDetected()
{
    QVERIFY(!AppIcons::isDark(lightPalette()));
    QVERIFY(AppIcons::isDark(darkPalette()));
}

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
