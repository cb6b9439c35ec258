#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace MrAuth {

//! Turns SIGINT, SIGTERM and SIGHUP into a Qt signal (self-pipe), so that `mrauth token
//! --copy` can clear the clipboard before it ends. Only one may exist at a time; the previous
//! handlers come back when it is destroyed. On platforms without POSIX signals it never fires.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    //! One of the signals arrived; \a signalNumber says which.
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace MrAuth
