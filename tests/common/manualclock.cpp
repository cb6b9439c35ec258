#include "manualclock.h"

namespace MrAuth {

ManualClock::ManualClock(const QDateTime &start) : m_now(start.toUTC()) {}

} // namespace MrAuth
