#include <mrauth/retrypolicy.h>

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace MrAuth {

using std::chrono::milliseconds;

milliseconds RetryPolicy::delayForRetry(int retry, std::optional<milliseconds> retryAfter,
                                        std::optional<double> random) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    double delay = double(initialDelay.count()) * std::pow(2.0, exponent);
    if (jitter) {
        const double r = random.value_or(QRandomGenerator::global()->generateDouble());
        delay *= 0.8 + 0.4 * std::clamp(r, 0.0, 1.0);
    }
    delay = std::min(delay, double(maxDelay.count()));
    auto result = milliseconds(qint64(std::llround(delay)));
    if (retryAfter)
        result = std::max(result, std::min(*retryAfter, maxDelay));
    return std::max(result, milliseconds(0));
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxRetries = 0;
    return policy;
}

} // namespace MrAuth
