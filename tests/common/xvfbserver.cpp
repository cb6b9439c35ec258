#include "xvfbserver.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QStandardPaths>

namespace MrAuth {

namespace {

QString xvfbPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
}

} // namespace

XvfbServer::~XvfbServer()
{
    stop();
}

bool XvfbServer::isInstalled()
{
    return !xvfbPath().isEmpty();
}

bool XvfbServer::start(QString *error)
{
    stop();
    ChildProcess::endWithTest(m_process);
    // -displayfd: Xvfb picks a free display and prints its number once it accepts clients.
    m_process.start(xvfbPath(),
                    {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-noreset"),
                     QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("640x480x24"),
                     QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!m_process.waitForStarted()) {
        *error = QStringLiteral("Xvfb did not start: ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running &&
           !deadline.hasExpired()) {
        m_process.waitForReadyRead(int(deadline.remainingTime()));
    }
    const QByteArray number = m_process.readLine().trimmed();
    if (number.isEmpty()) {
        *error = QStringLiteral("Xvfb printed no display number: ") +
                 QString::fromLocal8Bit(m_process.readAllStandardError());
        stop();
        return false;
    }
    m_display = QStringLiteral(":") + QString::fromLatin1(number);
    return true;
}

void XvfbServer::stop()
{
    m_display.clear();
    ChildProcess::stop(m_process);
}

} // namespace MrAuth
