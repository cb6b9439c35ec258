#include "timeformat.h"

#include <QCoreApplication>

namespace MrAuth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::TimeFormat", text);
}
QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}
} // namespace

QString TimeFormat::countdown(qint64 seconds)
{
    if (seconds <= 0)
        return tr("expired");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    QString clock = twoDigits(minutes) + u':' + twoDigits(secs);
    if (seconds >= 3600)
        clock = twoDigits(hours) + u':' + clock;
    if (days > 0)
        return tr("%1 d %2").arg(days).arg(clock);
    return clock;
}

QString TimeFormat::duration(qint64 seconds)
{
    seconds = qAbs(seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return secs > 0 ? tr("%1 min %2 s").arg(minutes).arg(secs) : tr("%1 min").arg(minutes);
    return tr("%1 s").arg(secs);
}

QString TimeFormat::relative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid() || !now.isValid())
        return {};
    const qint64 delta = now.secsTo(time);
    if (delta == 0)
        return tr("now");
    if (delta > 0)
        return tr("in %1").arg(duration(delta));
    return tr("%1 ago").arg(duration(delta));
}

QString TimeFormat::localDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + local.timeZoneAbbreviation();
}

QString TimeFormat::utcDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

} // namespace MrAuth
