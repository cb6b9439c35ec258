#pragma once

#include <mrauth/mrauth_export.h>

#include <chrono>
#include <optional>

namespace MrAuth {

//! How failed requests are retried: exponential back-off with jitter, Retry-After honoured.
//!
//! Retried: HTTP 408, 429, 500, 502, 503, 504 and transient network errors (refused, reset,
//! timeout). Never retried: 400, 401, 403, 404, DNS failures, TLS failures and cancels.
struct MRAUTH_EXPORT RetryPolicy
{
    //! Retries after the first try.
    int maxRetries = 3;
    //! The delay before the first retry; doubled for each further retry.
    std::chrono::milliseconds initialDelay{800};
    //! The longest delay between two tries, Retry-After included.
    std::chrono::milliseconds maxDelay{60000};
    //! Randomise each exponential delay between 80 % and 120 % so that clients spread out.
    bool jitter = true;

    //! The delay before retry number \a retry (1-based). \a retryAfter, the server's
    //! Retry-After, is a lower bound. \a random in [0, 1) picks the jitter; pass nothing to
    //! draw it from QRandomGenerator.
    std::chrono::milliseconds
    delayForRetry(int retry, std::optional<std::chrono::milliseconds> retryAfter = {},
                  std::optional<double> random = {}) const;

    //! A policy that never retries.
    static RetryPolicy none();
};

} // namespace MrAuth
