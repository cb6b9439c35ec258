#include "logcapture.h"

#include <QMutex>

namespace MrAuth {

namespace {

QMutex captureMutex;
QStringList capturedLines;
QtMessageHandler previousHandler = nullptr;
bool capturing = false;
bool forwardAll = false;

QString typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return {};
}

} // namespace

LogCapture::LogCapture(Forwarding forwarding)
{
    QMutexLocker locker(&captureMutex);
    Q_ASSERT(!capturing);
    capturing = true;
    forwardAll = forwarding == Forwarding::All;
    capturedLines.clear();
    m_previous = qInstallMessageHandler(&LogCapture::handleMessage);
    previousHandler = m_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QMutexLocker locker(&captureMutex);
    capturing = false;
    previousHandler = nullptr;
}

QStringList LogCapture::lines() const
{
    QMutexLocker locker(&captureMutex);
    return capturedLines;
}

QStringList LogCapture::linesContaining(const QString &text) const
{
    return lines().filter(text);
}

void LogCapture::clear()
{
    QMutexLocker locker(&captureMutex);
    capturedLines.clear();
}

void LogCapture::handleMessage(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker locker(&captureMutex);
        const QString category =
            context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
        capturedLines.append(category + u' ' + typeName(type) + QStringLiteral(": ") + message);
        if (forwardAll || (type != QtDebugMsg && type != QtInfoMsg))
            previous = previousHandler;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace MrAuth
