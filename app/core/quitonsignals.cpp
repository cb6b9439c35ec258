#include "quitonsignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace MrAuth {

#ifdef Q_OS_UNIX
namespace {
int pipeFds[2] = {-1, -1};
struct sigaction previous[3];
constexpr int handledSignals[3] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void relaySignal(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    // write() is async-signal-safe; a full pipe just drops the byte (one is enough).
    [[maybe_unused]] const ssize_t written = ::write(pipeFds[1], &byte, 1);
}
} // namespace
#endif

QuitOnSignals::QuitOnSignals(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (pipeFds[0] >= 0 || ::pipe(pipeFds) != 0)
        return;
    for (int fd : pipeFds) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    m_notifier = new QSocketNotifier(pipeFds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = relaySignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < 3; ++i)
        ::sigaction(handledSignals[i], &action, &previous[i]);
#endif
}

QuitOnSignals::~QuitOnSignals()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    for (int i = 0; i < 3; ++i)
        ::sigaction(handledSignals[i], &previous[i], nullptr);
    delete m_notifier;
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    pipeFds[0] = pipeFds[1] = -1;
#endif
}

void QuitOnSignals::onReadable()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    while (::read(pipeFds[0], &byte, 1) == 1)
        Q_EMIT signalReceived(int(byte));
#endif
}

} // namespace MrAuth
