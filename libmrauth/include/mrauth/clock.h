#pragma once

#include <mrauth/mrauth_export.h>

#include <QDateTime>

namespace MrAuth {

//! The source of the current time for expiry decisions.
//!
//! Inject your own (for example a manual clock in tests) so that expiry and refresh logic can be
//! exercised without sleeping. Implementations must be usable from the thread that owns the
//! object they are given to.
class MRAUTH_EXPORT Clock
{
public:
    virtual ~Clock();
    //! The current time in UTC.
    virtual QDateTime currentDateTimeUtc() const = 0;

    //! The process-wide system clock.
    static Clock *system();
};

} // namespace MrAuth
