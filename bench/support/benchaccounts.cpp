#include "benchaccounts.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace MrAuth::Bench {

QList<BenchAccount> generateAccounts(int count)
{
    QList<BenchAccount> accounts;
    accounts.reserve(count);
    for (int i = 0; i < count; ++i) {
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                              key.size() / 4);
        accounts.append({QUuid::createUuid().toString(QUuid::WithoutBraces),
                         QStringLiteral("eastus.mixedreality.azure.com"),
                         QString::fromLatin1(key.toBase64())});
    }
    return accounts;
}

QJsonObject accountsFile(const QList<BenchAccount> &accounts)
{
    QJsonArray list;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const BenchAccount &account = accounts.at(i);
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("bench-%1").arg(i)},
                                {QStringLiteral("accountId"), account.accountId},
                                {QStringLiteral("accountDomain"), account.accountDomain},
                                {QStringLiteral("service"), QStringLiteral("spatial-anchors")},
                                {QStringLiteral("primaryKey"), account.primaryKey}});
    }
    return QJsonObject{{QStringLiteral("accounts"), list}};
}

} // namespace MrAuth::Bench
