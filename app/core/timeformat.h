#pragma once

#include <QDateTime>
#include <QString>

namespace MrAuth {

//! How the app and the CLI show times and durations. Pure functions, translated.
class TimeFormat
{
public:
    //! A countdown that visibly ticks each second: "1 d 02:03:04", "02:03:04", "03:04";
    //! "expired" for zero or less.
    static QString countdown(qint64 seconds);
    //! A duration for reading: "2 days 3 h", "23 h 59 min", "5 min 3 s", "42 s".
    static QString duration(qint64 seconds);
    //! \a time relative to \a now: "in 23 h 59 min", "5 min ago", "now".
    static QString relative(const QDateTime &time, const QDateTime &now);
    //! "2026-11-28 17:46:23 (local)" style: the date and time in the local zone.
    static QString localDateTime(const QDateTime &time);
    //! "2026-11-28 16:46:23 UTC".
    static QString utcDateTime(const QDateTime &time);
};

} // namespace MrAuth
