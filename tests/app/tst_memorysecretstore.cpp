// MemorySecretStore, and through it the SecretStore job queue: jobs finish after the call that
// made them, one at a time and in order, and delete themselves.
#include "memorysecretstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;

namespace {
// Runs \a job to its end and returns it (valid until control returns to the event loop).
SecretJob *finish(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(5000))
        return nullptr;
    return job;
}
} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void roundTrip();
    void jobsRunInOrderAndDeleteThemselves();
    void finishedNeverBeforeTheCallReturns();
    void jobDeletedWhileQueued();
};

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    const QUuid account = QUuid::createUuid();
    SecretJob *job = finish(store.readSecret(account, SecretKind::PrimaryKey));
    QVERIFY(job);
    QCOMPARE(job->error().code(), SecretError::Code::NotFound);
    QVERIFY(finish(store.writeSecret(account, SecretKind::PrimaryKey, QStringLiteral("k1"))));
    QVERIFY(finish(store.writeSecret(account, SecretKind::SecondaryKey, QStringLiteral("k2"))));
    job = finish(store.readSecret(account, SecretKind::PrimaryKey));
    QCOMPARE(job->error().code(), SecretError::Code::NoError);
    QCOMPARE(job->secret(), QStringLiteral("k1"));
    job = finish(store.readSecret(account, SecretKind::SecondaryKey));
    QCOMPARE(job->secret(), QStringLiteral("k2"));
    QCOMPARE(store.count(), 2);
    QVERIFY(finish(store.deleteSecret(account, SecretKind::PrimaryKey)));
    job = finish(store.deleteSecret(account, SecretKind::PrimaryKey));
    QCOMPARE(job->error().code(), SecretError::Code::NoError); // already gone: fine
    job = finish(store.readSecret(account, SecretKind::PrimaryKey));
    QCOMPARE(job->error().code(), SecretError::Code::NotFound);
    QCOMPARE(store.count(), 1);
    QCOMPARE(finish(store.probe())->error().code(), SecretError::Code::NoError);
}

void TestMemorySecretStore::jobsRunInOrderAndDeleteThemselves()
{
    MemorySecretStore store;
    const QUuid account = QUuid::createUuid();
    QStringList order;
    QList<QPointer<SecretJob>> jobs;
    for (int i = 0; i < 5; ++i) {
        SecretJob *write = store.writeSecret(account, SecretKind::ClientSecret, QString::number(i));
        SecretJob *read = store.readSecret(account, SecretKind::ClientSecret);
        connect(write, &SecretJob::finished, this,
                [&order, i] { order << QStringLiteral("w%1").arg(i); });
        connect(read, &SecretJob::finished, this,
                [&order](SecretJob *job) { order << QStringLiteral("r") + job->secret(); });
        jobs << write << read;
    }
    QCOMPARE(store.pendingJobCount(), 10);
    QTRY_COMPARE(order.size(), 10);
    QCOMPARE(order, (QStringList{QStringLiteral("w0"), QStringLiteral("r0"), QStringLiteral("w1"),
                                 QStringLiteral("r1"), QStringLiteral("w2"), QStringLiteral("r2"),
                                 QStringLiteral("w3"), QStringLiteral("r3"), QStringLiteral("w4"),
                                 QStringLiteral("r4")}));
    QTRY_VERIFY(
        std::all_of(jobs.cbegin(), jobs.cend(), [](const auto &job) { return job.isNull(); }));
    QCOMPARE(store.pendingJobCount(), 0);
}

void TestMemorySecretStore::finishedNeverBeforeTheCallReturns()
{
    MemorySecretStore store;
    SecretJob *job = store.probe();
    QVERIFY(!job->isFinished());
    QSignalSpy spy(job, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
}

void TestMemorySecretStore::jobDeletedWhileQueued()
{
    MemorySecretStore store;
    const QUuid account = QUuid::createUuid();
    SecretJob *first = store.writeSecret(account, SecretKind::PrimaryKey, QStringLiteral("a"));
    delete first;
    SecretJob *second = store.readSecret(account, SecretKind::PrimaryKey);
    QSignalSpy spy(second, &SecretJob::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(second->error().code(), SecretError::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
