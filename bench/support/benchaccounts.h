#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace MrAuth::Bench {

//! One account of a generated emulator accounts file.
struct BenchAccount
{
    QString accountId;
    QString accountDomain;
    QString primaryKey;
};

//! \a count accounts with fresh GUIDs and random keys, all in `eastus.mixedreality.azure.com`.
QList<BenchAccount> generateAccounts(int count);
//! The emulator accounts file (docs/emulator.md) serving \a accounts.
QJsonObject accountsFile(const QList<BenchAccount> &accounts);

} // namespace MrAuth::Bench
