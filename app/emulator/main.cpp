#include "emulator.h"
#include "emulatoroptions.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <cstdio>
#include <sys/resource.h>

using namespace MrAuth;

namespace {

// Thousands of concurrent clients need as many descriptors as the hard limit allows.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mrauth-sts-emulator"));
    raiseFileLimit();

    QString error;
    const std::optional<EmulatorOptions> options =
        EmulatorOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "mrauth-sts-emulator: %s\n", error.toLocal8Bit().constData());
        return 2;
    }
    if (!options->earlyExitText.isEmpty()) {
        std::fputs(options->earlyExitText.toLocal8Bit().constData(), stdout);
        return 0;
    }

    UnixSignalWatcher signalWatcher;
    Emulator emulator(*options);
    QObject::connect(&signalWatcher, &UnixSignalWatcher::terminationRequested, &app, [&emulator] {
        emulator.stop();
        QCoreApplication::quit();
    });
    if (!emulator.start(&error)) {
        std::fprintf(stderr, "mrauth-sts-emulator: %s\n", error.toLocal8Bit().constData());
        return 1;
    }
    return QCoreApplication::exec();
}
