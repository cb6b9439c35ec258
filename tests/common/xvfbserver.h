#pragma once

#include <QProcess>
#include <QString>

namespace MrAuth {

//! A private Xvfb X server for tests that need a real X11 clipboard.
//!
//! It picks a free display itself, ends with the test (ChildProcess::endWithTest) and never
//! resets: by default an X server resets when its last client disconnects, and a client that
//! connects during the reset is refused, so a test's next process would find no display.
class XvfbServer
{
public:
    XvfbServer() = default;
    ~XvfbServer();
    XvfbServer(const XvfbServer &) = delete;
    XvfbServer &operator=(const XvfbServer &) = delete;

    //! Whether Xvfb is installed.
    static bool isInstalled();

    //! Starts the server and waits until it accepts clients; on failure, returns false with
    //! the reason in \a error.
    bool start(QString *error);
    //! Stops it, if it runs.
    void stop();

    //! The DISPLAY value, such as ":1"; empty unless started.
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

} // namespace MrAuth
