#pragma once

#include <mrauth/mrauth_export.h>

#include <QString>
#include <QStringList>

namespace MrAuth {

//! Facts about Mixed Reality account domains (protocol document, section 5).
class MRAUTH_EXPORT AccountDomain
{
public:
    //! The regions with a Mixed Reality domain, e.g. "eastus", "eastus2", "westeurope".
    static QStringList knownRegions();
    //! The account domain of \a region: `mixedreality.azure.com` for eastus2 (regionless),
    //! `{region}.mixedreality.azure.com` otherwise. Empty for an unknown region.
    static QString forRegion(const QString &region);
    //! The region of a known \a domain, or empty.
    static QString regionOf(const QString &domain);
    //! A hint for a domain that is probably wrong (no dot, or a bare region name), or empty
    //! when \a domain looks right.
    static QString hintFor(const QString &domain);
};

} // namespace MrAuth
