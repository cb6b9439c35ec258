#include "childprocess.h"

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace MrAuth::ChildProcess {

void endWithTest(QProcess &process)
{
    const pid_t test = ::getpid();
    // Runs in the child between fork() and exec(): async-signal-safe calls only.
    process.setChildProcessModifier([test] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The test may have ended before prctl() took effect.
        if (::getppid() != test)
            ::_exit(127);
    });
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void failOnSanitizerReport(const QByteArray &errorOutput, const QString &program)
{
    for (const char *marker :
         {"ERROR: AddressSanitizer", "ERROR: LeakSanitizer", ": runtime error: "}) {
        if (errorOutput.contains(marker)) {
            qFatal("%s reported a sanitizer error:\n%s", qPrintable(program),
                   errorOutput.constData());
        }
    }
}

} // namespace MrAuth::ChildProcess
