// mrauth-gui-screenshots: takes the README's screenshots from the real app. Runs the desktop
// app in demo mode (the real emulator) with throw-away settings and account list, waits for
// live tokens, and saves QWidget::grab() of the main window (light and dark) and of the token
// details, account and decode dialogs as PNG files.
//
//   mrauth-gui-screenshots [OUTPUT_DIR]      (default: docs/screenshots)
//   LANGUAGE=de mrauth-gui-screenshots DIR   the same in German, to see how a translation fits
//
// Run it under Xvfb (or any display) for real fonts and styles, e.g.
//   xvfb-run -a -s "-screen 0 1600x1000x24" mrauth-gui-screenshots docs/screenshots
#include "accountdialog.h"
#include "appicons.h"
#include "decodetokendialog.h"
#include "demomode.h"
#include "desktopapp.h"
#include "mainwindow.h"
#include "tokenboard.h"
#include "tokenboardmodel.h"
#include "tokendetailsdialog.h"
#include "translations.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

void settle(int milliseconds = 300)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QDir &directory, const QString &name)
{
    settle();
    const QString path = directory.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x2a, 0x2e));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6d, 0xcc));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    return palette;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MrAuth"));
    QApplication::setApplicationName(QStringLiteral("mrauth-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("MrAuth"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(MrAuth::AppIcons::application());
    // The system locale's language, so `LANGUAGE=de mrauth-gui-screenshots DIR` shows how the
    // German texts fit.
    MrAuth::Translations::install(QString());
    QTextStream err(stderr);

    const QDir output(argc > 1 ? QString::fromLocal8Bit(argv[1])
                               : QStringLiteral("docs/screenshots"));
    if (!QDir().mkpath(output.path())) {
        err << "cannot create " << output.path() << '\n';
        return 1;
    }
    QTemporaryDir work;
    MrAuth::DesktopApp::Options options;
    options.demo = true;
    options.accountsFile = work.filePath(QStringLiteral("accounts.json"));
    options.settingsFile = work.filePath(QStringLiteral("mrauth.conf"));
    options.emulatorDataDirectory = work.filePath(QStringLiteral("emulator"));
    MrAuth::DesktopApp desktop(options);
    desktop.start();
    MrAuth::MainWindow *window = desktop.window();
    window->resize(1180, 640);

    // Wait for the demo accounts' live tokens.
    QDeadlineTimer deadline(30000);
    auto allValid = [&desktop] {
        MrAuth::TokenBoard *board = desktop.board();
        if (board->count() < 3)
            return false;
        for (int row = 0; row < board->count(); ++row) {
            if (board->stateOf(board->accountAt(row)) != MrAuth::TokenEntry::State::Valid)
                return false;
        }
        return true;
    };
    while (!allValid() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!allValid()) {
        err << "the demo did not produce live tokens: "
            << (desktop.demo() ? desktop.demo()->errorString() : QString()) << '\n';
        return 1;
    }
    // A second refresh of one account, so the log shows more than one line.
    desktop.board()->refresh(desktop.board()->accountAt(1));
    settle(1200);
    window->selectAccount(desktop.board()->accountAt(0));
    window->model()->setRevealed(desktop.board()->accountAt(2), true);

    bool ok = save(window, output, QStringLiteral("main-window.png"));

    {
        const auto entry = desktop.board()->entryAt(0);
        MrAuth::TokenDetailsDialog details(entry.account, entry.token, desktop.board()->now(),
                                           desktop.clipboard(), window);
        details.resize(980, 720);
        details.show();
        ok = save(&details, output, QStringLiteral("token-details.png")) && ok;
    }
    {
        MrAuth::AccountDialog::Context context;
        context.secrets = desktop.secrets();
        context.connectionOptions = desktop.board()->connectionOptions();
        MrAuth::AccountDialog dialog(MrAuth::AccountDialog::Mode::Edit,
                                     desktop.board()->entryAt(0).account, context, window);
        dialog.show();
        settle(500);
        dialog.adjustSize();
        ok = save(&dialog, output, QStringLiteral("account-dialog.png")) && ok;
    }

    QApplication::setPalette(darkPalette());
    window->model()->hideAll();
    settle(500);
    ok = save(window, output, QStringLiteral("main-window-dark.png")) && ok;
    return ok ? 0 : 1;
}
