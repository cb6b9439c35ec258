#pragma once

#include <mrauth/clock.h>

#include <chrono>

namespace MrAuth {

//! A Clock that only moves when the test says so.
class ManualClock : public Clock
{
public:
    //! Starts at \a start (UTC).
    explicit ManualClock(const QDateTime &start);

    QDateTime currentDateTimeUtc() const override { return m_now; }

    void setCurrentDateTimeUtc(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(std::chrono::seconds seconds) { m_now = m_now.addSecs(seconds.count()); }

private:
    QDateTime m_now;
};

} // namespace MrAuth
