#pragma once

// Helpers shared by the app's tests: accounts for the emulator's demo accounts, and waiting
// for secret-store jobs.

#include "account.h"
#include "emulatorprocess.h"
#include "secretstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

namespace MrAuth {
namespace AppTest {

//! The emulator's demo account number \a index (0: Spatial Anchors, 1: Remote Rendering,
//! 2: Object Anchors) as an Account pointed at \a emulator.
inline Account emulatorAccount(const EmulatorProcess &emulator, int index = 0,
                               const QString &name = {})
{
    const QJsonObject demo = EmulatorProcess::demoAccounts()
                                 .value(QStringLiteral("accounts"))
                                 .toArray()
                                 .at(index)
                                 .toObject();
    Account account = Account::create();
    account.setDisplayName(name.isEmpty() ? demo.value(QStringLiteral("name")).toString() : name);
    account.setAccountId(demo.value(QStringLiteral("accountId")).toString());
    account.setAccountDomain(demo.value(QStringLiteral("accountDomain")).toString());
    account.setCustomEndpoint(emulator.url());
    account.setCaCertificateFile(emulator.caCertificatePath());
    account.setAutoRefresh(false);
    return account;
}

//! The primary (or secondary) key of demo account \a index.
inline QString emulatorKey(int index = 0, bool secondary = false)
{
    return EmulatorProcess::demoAccounts()
        .value(QStringLiteral("accounts"))
        .toArray()
        .at(index)
        .toObject()
        .value(secondary ? QStringLiteral("secondaryKey") : QStringLiteral("primaryKey"))
        .toString();
}

//! Runs \a job to its end; false when it failed or did not finish.
inline bool finish(SecretJob *job)
{
    bool ok = false;
    QObject::connect(job, &SecretJob::finished, job,
                     [&ok](SecretJob *finished) { ok = !finished->error().isError(); });
    QSignalSpy spy(job, &SecretJob::finished);
    return spy.wait(20000) && ok;
}

} // namespace AppTest
} // namespace MrAuth
