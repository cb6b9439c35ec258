#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace MrAuth {

class SecureClipboard;
class TerminationWatcher;

//! `mrauth token --copy`: puts the text on the clipboard through the app's SecureClipboard
//! and keeps the process alive until the clipboard is cleared (its content lives only as long
//! as the program that copied it, as with KeePassXC's CLI), telling the user so. Ctrl+C, a
//! SIGTERM or SIGHUP clear it at once. Needs a QGuiApplication. Lives in the GUI thread.
class ClipboardSession : public QObject
{
    Q_OBJECT
public:
    //! \a clearAfterSeconds 0 waits until something else is copied. \a quiet prints nothing;
    //! \a liveCountdown rewrites one line of stderr each second (stderr is a terminal).
    ClipboardSession(int clearAfterSeconds, bool quiet, bool liveCountdown,
                     QObject *parent = nullptr);
    ~ClipboardSession() override;

    //! Copies \a text and starts waiting.
    void copy(const QString &text);

    //! Why copying is impossible in \a environment before any application object exists
    //! (no display), or empty when a QGuiApplication can be tried. Pure.
    static QString unavailableReason(const QProcessEnvironment &environment);
    //! Why the platform the QGuiApplication got cannot copy for other programs (offscreen,
    //! minimal), or empty.
    static QString platformProblem(const QString &platformName);
    //! The QT_QPA_PLATFORM list to use: the user's choice or the session's platform, then
    //! "offscreen", so that a display that cannot be reached ends in a clear message (see
    //! platformProblem()) instead of Qt aborting. Empty where Qt has one platform. Pure.
    static QString platformFallbacks(const QProcessEnvironment &environment);
    //! Why the QGuiApplication, which got the platform \a platformName, cannot copy for other
    //! programs when \a environment asked for what it did (a display that could not be
    //! reached, or a platform without a shared clipboard); empty when it can. Pure.
    static QString startedPlatformProblem(const QProcessEnvironment &environment,
                                          const QString &platformName);

Q_SIGNALS:
    //! The wait is over (cleared, replaced by other content, or interrupted).
    void finished();

private:
    void notice(const QString &text);
    void showCountdown(int secondsLeft);
    void end(const QString &message);

    std::unique_ptr<SecureClipboard> m_clipboard;
    std::unique_ptr<TerminationWatcher> m_watcher;
    int m_clearAfterSeconds = 0;
    bool m_quiet = false;
    bool m_liveCountdown = false;
    bool m_countdownShown = false;
    bool m_ended = false;
    bool m_interrupted = false;
};

} // namespace MrAuth
