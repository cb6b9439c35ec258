#include "processstats.h"

#include <QFile>
#include <QList>
#include <QString>

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace MrAuth::Bench {

namespace {

QString procPath(qint64 pid, const char *file)
{
    return pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(file))
                    : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file));
}

// The fields of /proc/<pid>/stat after the command name (field 3 onwards).
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(procPath(pid, "stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2).split(' ');
}

} // namespace

double statusMb(const QByteArray &field, qint64 pid)
{
    QFile status(procPath(pid, "status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double cpuSeconds(qint64 pid)
{
    if (pid == 0) {
        // Microseconds rather than clock ticks for this process.
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
               double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    }
    const QList<QByteArray> fields = statFields(pid);
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double processAgeMs()
{
    const QList<QByteArray> fields = statFields(0);
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (fields.size() < 20 || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const double startSeconds = double(fields.at(19).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startSeconds) * 1000.0;
}

} // namespace MrAuth::Bench
