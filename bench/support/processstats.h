#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace MrAuth::Bench {

//! A field of /proc/<pid>/status in MB, e.g. "VmRSS" or "VmHWM"; \a pid 0 is this process.
//! -1 when it cannot be read.
double statusMb(const QByteArray &field, qint64 pid = 0);
//! Resident memory now, in MB.
inline double residentMb(qint64 pid = 0)
{
    return statusMb("VmRSS", pid);
}
//! Peak resident memory, in MB.
inline double peakResidentMb(qint64 pid = 0)
{
    return statusMb("VmHWM", pid);
}
//! User plus system CPU time in seconds (all threads); \a pid 0 is this process. -1 on error.
double cpuSeconds(qint64 pid = 0);
//! CPU seconds of the children this process has waited for (RUSAGE_CHILDREN): the delta
//! around a QProcess run is that peer's CPU time.
double childrenCpuSeconds();
//! CPU seconds of the calling thread (CLOCK_THREAD_CPUTIME_ID).
double threadCpuSeconds();
//! Milliseconds from this process's start (the kernel's count, clock-tick resolution) to now.
double processAgeMs();

} // namespace MrAuth::Bench
