#pragma once

#include <QObject>

class QSocketNotifier;

namespace MrAuth {

//! Turns SIGINT, SIGTERM and SIGHUP into an orderly quit on POSIX systems, so that what runs
//! on quit still runs when the session ends or the user presses Ctrl+C: the secure clipboard
//! is cleared, demo mode's emulator stopped. Signals are relayed through a pipe to the event
//! loop (nothing unsafe happens in the handler). One per process; does nothing elsewhere.
class QuitOnSignals : public QObject
{
    Q_OBJECT
public:
    //! Installs the handlers; connect signalReceived() to QCoreApplication::quit().
    explicit QuitOnSignals(QObject *parent = nullptr);
    //! Restores the previous handlers.
    ~QuitOnSignals() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void signalReceived(int signal);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace MrAuth
