#include <mrauth/accountdomain.h>

#include "messages_p.h"

namespace MrAuth {

namespace {
const QString regionlessDomain = QStringLiteral("mixedreality.azure.com");
const QString regionlessRegion = QStringLiteral("eastus2");
} // namespace

QStringList AccountDomain::knownRegions()
{
    return {QStringLiteral("australiaeast"), QStringLiteral("eastus"),
            QStringLiteral("eastus2"),       QStringLiteral("japaneast"),
            QStringLiteral("northeurope"),   QStringLiteral("southcentralus"),
            QStringLiteral("southeastasia"), QStringLiteral("uksouth"),
            QStringLiteral("westeurope"),    QStringLiteral("westus2")};
}

QString AccountDomain::forRegion(const QString &region)
{
    const QString name = region.trimmed().toLower();
    if (name == regionlessRegion)
        return regionlessDomain;
    if (!knownRegions().contains(name))
        return {};
    return name + u'.' + regionlessDomain;
}

QString AccountDomain::regionOf(const QString &domain)
{
    const QString name = domain.trimmed().toLower();
    if (name == regionlessDomain)
        return regionlessRegion;
    const QString suffix = u'.' + regionlessDomain;
    if (!name.endsWith(suffix))
        return {};
    const QString region = name.chopped(suffix.size());
    return knownRegions().contains(region) ? region : QString();
}

QString AccountDomain::hintFor(const QString &domain)
{
    const QString name = domain.trimmed().toLower();
    if (name.isEmpty() || name.contains(u'.'))
        return {};
    const QString suggestion = forRegion(name);
    if (!suggestion.isEmpty()) {
        return Messages::tr("'%1' is a region, not an account domain: did you mean '%2'?")
            .arg(name, suggestion);
    }
    return Messages::tr("An account domain has dots, like "
                        "'eastus.mixedreality.azure.com'; '%1' has none.")
        .arg(name);
}

} // namespace MrAuth
