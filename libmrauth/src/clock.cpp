#include <mrauth/clock.h>

namespace MrAuth {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime currentDateTimeUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

Clock::~Clock() = default;

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace MrAuth
