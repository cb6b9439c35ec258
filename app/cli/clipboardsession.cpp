#include "clipboardsession.h"

#include "console.h"
#include "secureclipboard.h"
#include "terminationwatcher.h"
#include "timeformat.h"

#include <QGuiApplication>
#include <QTimer>

namespace MrAuth {

ClipboardSession::ClipboardSession(int clearAfterSeconds, bool quiet, bool liveCountdown,
                                   QObject *parent)
    : QObject(parent)
    , m_clearAfterSeconds(clearAfterSeconds)
    , m_quiet(quiet)
    , m_liveCountdown(liveCountdown && !quiet)
{}

ClipboardSession::~ClipboardSession() = default;

QString ClipboardSession::unavailableReason(const QProcessEnvironment &environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString chosen = environment.value(QStringLiteral("QT_QPA_PLATFORM"))
                               .section(u';', 0, 0)
                               .section(u':', 0, 0);
    const bool x11 = !environment.value(QStringLiteral("DISPLAY")).isEmpty();
    const bool wayland = !environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
    const QString noDisplay =
        tr("There is no display to copy to: %1 is not set (an SSH session, a container or a "
           "console?). Print the token instead, for example 'mrauth token NAME', or use --copy "
           "in a graphical session.");
    if (chosen.isEmpty()) {
        if (!x11 && !wayland)
            return noDisplay.arg(QStringLiteral("DISPLAY or WAYLAND_DISPLAY"));
        return {};
    }
    if (chosen == QLatin1String("xcb") && !x11)
        return noDisplay.arg(QStringLiteral("DISPLAY"));
    if (chosen.startsWith(QLatin1String("wayland")) && !wayland)
        return noDisplay.arg(QStringLiteral("WAYLAND_DISPLAY"));
    return platformProblem(chosen);
#else
    Q_UNUSED(environment)
    return {};
#endif
}

QString ClipboardSession::platformProblem(const QString &platformName)
{
    if (platformName == QLatin1String("offscreen") || platformName == QLatin1String("minimal") ||
        platformName == QLatin1String("minimalegl") || platformName == QLatin1String("linuxfb") ||
        platformName == QLatin1String("vnc") || platformName == QLatin1String("eglfs")) {
        return tr("The Qt platform '%1' has no clipboard that other programs can read, so "
                  "copying is impossible here. Run --copy in a graphical session, or print the "
                  "token instead.")
            .arg(platformName);
    }
    return {};
}

QString ClipboardSession::platformFallbacks(const QProcessEnvironment &environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QStringList platforms;
    const QString chosen = environment.value(QStringLiteral("QT_QPA_PLATFORM"));
    if (!chosen.isEmpty()) {
        platforms = chosen.split(u';', Qt::SkipEmptyParts);
    } else {
        if (!environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty())
            platforms.append(QStringLiteral("wayland"));
        if (!environment.value(QStringLiteral("DISPLAY")).isEmpty())
            platforms.append(QStringLiteral("xcb"));
    }
    if (!platforms.contains(QStringLiteral("offscreen")))
        platforms.append(QStringLiteral("offscreen"));
    return platforms.join(u';');
#else
    Q_UNUSED(environment)
    return {};
#endif
}

QString ClipboardSession::startedPlatformProblem(const QProcessEnvironment &environment,
                                                 const QString &platformName)
{
    QString problem = platformProblem(platformName);
    if (problem.isEmpty())
        return {};
    const QString chosen = environment.value(QStringLiteral("QT_QPA_PLATFORM"))
                               .section(u';', 0, 0)
                               .section(u':', 0, 0);
    if (chosen == platformName)
        return problem;
    QStringList displays;
    for (const char *variable : {"WAYLAND_DISPLAY", "DISPLAY"}) {
        const QString value = environment.value(QString::fromLatin1(variable));
        if (!value.isEmpty())
            displays.append(QString::fromLatin1(variable) + u'=' + value);
    }
    return tr("Could not connect to the display (%1), so copying is impossible. Check that the "
              "graphical session is running, or print the token instead.")
        .arg(displays.join(QStringLiteral(", ")));
}

void ClipboardSession::notice(const QString &text)
{
    if (m_quiet)
        return;
    if (m_countdownShown) {
        Console::err(QStringLiteral("\r\x1b[K"));
        m_countdownShown = false;
    }
    Console::errLine(text);
}

void ClipboardSession::showCountdown(int secondsLeft)
{
    if (!m_liveCountdown || secondsLeft <= 0)
        return;
    Console::err(QStringLiteral("\r\x1b[K") +
                 tr("Clearing the clipboard in %1 (Ctrl+C clears it now)")
                     .arg(TimeFormat::countdown(secondsLeft)));
    m_countdownShown = true;
}

void ClipboardSession::copy(const QString &text)
{
    m_clipboard = std::make_unique<SecureClipboard>();
    m_clipboard->setClearTimeout(std::chrono::seconds(m_clearAfterSeconds));
    m_watcher = std::make_unique<TerminationWatcher>();
    connect(m_clipboard.get(), &SecureClipboard::cleared, this, [this] {
        end(m_interrupted ? tr("Interrupted: clipboard cleared.") : tr("Clipboard cleared."));
    });
    connect(m_clipboard.get(), &SecureClipboard::released, this, [this] {
        end(tr("The clipboard now holds something else; nothing is left to clear."));
    });
    connect(m_clipboard.get(), &SecureClipboard::countdownChanged, this,
            &ClipboardSession::showCountdown);
    connect(m_watcher.get(), &TerminationWatcher::terminationRequested, this, [this] {
        m_interrupted = true;
        m_clipboard->clear(); // emits cleared() when the text was still ours
        end(tr("Interrupted."));
    });

    m_clipboard->copySecret(text);
    if (!m_clipboard->holdsOurText()) {
        end(tr("The clipboard did not take the text."));
        return;
    }
    if (m_clearAfterSeconds > 0) {
        notice(tr("Copied to the clipboard. It will be cleared in %1 s; mrauth keeps running "
                  "until then, because the clipboard's content lives only as long as the "
                  "program that copied it. Ctrl+C clears it now.")
                   .arg(m_clearAfterSeconds));
    } else {
        notice(tr("Copied to the clipboard. mrauth keeps running until something else is "
                  "copied, because the clipboard's content lives only as long as the program "
                  "that copied it. Ctrl+C clears it now."));
    }
    showCountdown(m_clearAfterSeconds);
}

void ClipboardSession::end(const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    notice(message);
    // Let the platform hand the (now empty) selection back before the process ends.
    QTimer::singleShot(0, this, &ClipboardSession::finished);
}

} // namespace MrAuth
