#pragma once

#include <QObject>

class QSocketNotifier;

namespace MrAuth {

//! Turns SIGTERM and SIGINT into a Qt signal, through a self-pipe, so the emulator can stop
//! cleanly (flush its log, close its connections).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace MrAuth
