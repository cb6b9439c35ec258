// AccountStore: atomic saves with a backup, recovery from damaged files, import and export,
// the lock between programs, and reloads after another program's change.
#include "accountlistformat.h"
#include "accountstore.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MrAuth;

namespace {

Account
makeAccount(const QString &name,
            const QString &accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"))
{
    Account account = Account::create();
    account.setDisplayName(name);
    account.setAccountId(accountId);
    account.setAccountDomain(QStringLiteral("eastus.mixedreality.azure.com"));
    return account;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

QStringList corruptCopies(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("accounts.json.corrupt-*")}, QDir::Files);
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void missingFileIsAnEmptyList();
    void changesArePersisted();
    void saveIsAtomicWithBackup();
    void damagedFileIsNeverTheBackup();
    void corruptedFileIsRecovered();
    void unreadableFileFallsBackToTheBackup();
    void invalidEntriesAreDropped();
    void exportAndImport();
    void importRejectsOtherFiles();
    void lockHeldByAnotherProgram();
    void twoProgramsDoNotLoseChanges();
    void externalChangeIsPickedUp();
    void memoryOnlyStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAccountStore::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!damaged account list).*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("accounts.json"));
}

void TestAccountStore::missingFileIsAnEmptyList()
{
    AccountStore store(m_path);
    const AccountStoreReport report = store.load();
    QCOMPARE(report.outcome, AccountStoreReport::Outcome::Missing);
    QVERIFY(!report.isProblem());
    QVERIFY(report.summary().isEmpty());
    QCOMPARE(store.count(), 0);
}

void TestAccountStore::changesArePersisted()
{
    const Account one = makeAccount(QStringLiteral("one"));
    const Account two = makeAccount(QStringLiteral("two"));
    {
        AccountStore store(m_path);
        store.load();
        QSignalSpy added(&store, &AccountStore::accountAdded);
        QSignalSpy changed(&store, &AccountStore::accountChanged);
        QSignalSpy removed(&store, &AccountStore::accountRemoved);
        QVERIFY(store.add(one));
        QVERIFY(store.add(two));
        QVERIFY(!store.add(two));
        QCOMPARE(store.error(), AccountStore::Error::InvalidAccount);
        Account renamed = one;
        renamed.setDisplayName(QStringLiteral("one renamed"));
        QVERIFY(store.update(renamed));
        QVERIFY(store.remove(two.uuid()));
        QVERIFY(!store.remove(two.uuid()));
        QCOMPARE(store.error(), AccountStore::Error::NotFound);
        QCOMPARE(added.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toUuid(), two.uuid());
    }
    AccountStore again(m_path);
    QCOMPARE(again.load().outcome, AccountStoreReport::Outcome::Loaded);
    QCOMPARE(again.count(), 1);
    QCOMPARE(again.account(one.uuid()).displayName(), QStringLiteral("one renamed"));
}

void TestAccountStore::saveIsAtomicWithBackup()
{
    AccountStore store(m_path);
    store.load();
    QVERIFY(store.add(makeAccount(QStringLiteral("one"))));
    const QByteArray firstVersion = readAll(m_path);
    QVERIFY(!QFile::exists(store.backupFilePath())); // nothing to back up yet
    QVERIFY(store.add(makeAccount(QStringLiteral("two"))));
    // The backup is the previous version; the file the new one.
    QCOMPARE(readAll(store.backupFilePath()), firstVersion);
    QCOMPARE(AccountListFormat::parse(readAll(m_path)).accounts, store.accounts());
    // Private to the user, and no temporary files left behind by QSaveFile.
    QCOMPARE(QFile::permissions(m_path) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(files,
             (QStringList{QStringLiteral("accounts.json"), QStringLiteral("accounts.json.bak")}));
}

void TestAccountStore::damagedFileIsNeverTheBackup()
{
    AccountStore store(m_path);
    store.load();
    store.setWatching(false);
    QVERIFY(store.add(makeAccount(QStringLiteral("one"))));
    QVERIFY(store.add(makeAccount(QStringLiteral("two"))));
    const QByteArray goodBackup = readAll(store.backupFilePath());
    writeAll(m_path, "{ garbage");
    QVERIFY(store.add(makeAccount(QStringLiteral("three"))));
    QCOMPARE(readAll(store.backupFilePath()), goodBackup);
    QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
}

void TestAccountStore::corruptedFileIsRecovered()
{
    const Account one = makeAccount(QStringLiteral("one"));
    const Account two = makeAccount(QStringLiteral("two"));
    const QByteArray intact = AccountListFormat::serialize({one, two});
    const QByteArray damaged = intact.left(intact.indexOf("\"name\": \"two\""));
    writeAll(m_path, damaged);

    AccountStore store(m_path);
    QSignalSpy problems(&store, &AccountStore::problemFound);
    const AccountStoreReport report = store.load();
    QCOMPARE(report.outcome, AccountStoreReport::Outcome::Recovered);
    QVERIFY(report.isProblem());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(store.accounts(), QList<Account>{one});
    QCOMPARE(report.accountCount, 1);
    QCOMPARE(report.fromBackup, 0);
    // The damaged file is kept aside, byte for byte, and named in the summary.
    const QStringList copies = corruptCopies(m_dir->path());
    QCOMPARE(copies.size(), 1);
    QCOMPARE(QDir(m_dir->path()).filePath(copies.first()), report.corruptCopyPath);
    QCOMPARE(readAll(report.corruptCopyPath), damaged);
    QVERIFY2(report.summary().contains(copies.first()), qPrintable(report.summary()));
    // What was recovered is stored again, cleanly.
    QVERIFY(AccountListFormat::parse(readAll(m_path)).intact);
    AccountStore again(m_path);
    QCOMPARE(again.load().outcome, AccountStoreReport::Outcome::Loaded);
    QCOMPARE(again.accounts(), QList<Account>{one});
}

void TestAccountStore::unreadableFileFallsBackToTheBackup()
{
    const Account one = makeAccount(QStringLiteral("one"));
    const Account two = makeAccount(QStringLiteral("two"));
    const Account three = makeAccount(QStringLiteral("three"));
    writeAll(m_path + QStringLiteral(".bak"), AccountListFormat::serialize({one, two}));
    const QByteArray intact = AccountListFormat::serialize({one, two, three});
    // The first entry survived; the rest is lost in the damage.
    writeAll(m_path, intact.left(intact.indexOf("\"name\": \"two\"")));

    AccountStore store(m_path);
    const AccountStoreReport report = store.load();
    QCOMPARE(report.outcome, AccountStoreReport::Outcome::Recovered);
    QCOMPARE(report.fromBackup, 1);
    QCOMPARE(store.accounts(), (QList<Account>{one, two}));
    QVERIFY(report.summary().contains(QStringLiteral("backup")));
}

void TestAccountStore::invalidEntriesAreDropped()
{
    const Account good = makeAccount(QStringLiteral("good"));
    QByteArray data = AccountListFormat::serialize({good, makeAccount(QStringLiteral("bad"))});
    data.replace("\"name\": \"bad\"", "\"name\": 17");
    writeAll(m_path, data);
    AccountStore store(m_path);
    const AccountStoreReport report = store.load();
    QCOMPARE(report.outcome, AccountStoreReport::Outcome::Recovered);
    QCOMPARE(report.droppedEntries, 1);
    QCOMPARE(store.accounts(), QList<Account>{good});
    QCOMPARE(readAll(report.corruptCopyPath), data);
}

void TestAccountStore::exportAndImport()
{
    const Account one = makeAccount(QStringLiteral("one"));
    const Account two =
        makeAccount(QStringLiteral("two"), QStringLiteral("3b2c6f4e-9d1a-4c7e-8f25-6a0b7d9e1c42"));
    AccountStore source(m_path);
    source.load();
    QVERIFY(source.add(one));
    QVERIFY(source.add(two));
    const QString exported = m_dir->filePath(QStringLiteral("export.json"));
    QVERIFY(source.exportTo(exported, {two.uuid()}));
    QCOMPARE(AccountListFormat::parse(readAll(exported)).accounts, QList<Account>{two});
    const QString all = m_dir->filePath(QStringLiteral("all.json"));
    QVERIFY(source.exportTo(all));

    AccountStore target(m_dir->filePath(QStringLiteral("other.json")));
    target.load();
    AccountStore::ImportResult result = target.importFrom(all);
    QVERIFY(result.ok);
    QCOMPARE(result.added, (QList<QUuid>{one.uuid(), two.uuid()}));
    QCOMPARE(target.accounts(), source.accounts());

    // Importing again adds nothing.
    result = target.importFrom(all);
    QVERIFY(result.ok);
    QVERIFY(result.added.isEmpty());
    QCOMPARE(result.skipped, 2);

    // Same uuid, different account: imported under a new uuid.
    Account clash = makeAccount(QStringLiteral("clash"),
                                QStringLiteral("c5e8a1d7-2f4b-4e96-a3c0-9b8d7f6e5a14"));
    clash.setUuid(one.uuid());
    const QString clashFile = m_dir->filePath(QStringLiteral("clash.json"));
    writeAll(clashFile, AccountListFormat::serialize({clash}));
    result = target.importFrom(clashFile);
    QCOMPARE(result.added.size(), 1);
    QVERIFY(result.added.first() != one.uuid());
    QCOMPARE(target.account(result.added.first()).displayName(), QStringLiteral("clash"));
    QCOMPARE(target.count(), 3);
}

void TestAccountStore::importRejectsOtherFiles()
{
    AccountStore store(m_path);
    store.load();
    const QString other = m_dir->filePath(QStringLiteral("other.json"));
    writeAll(other, R"({"hello":"world"})");
    AccountStore::ImportResult result = store.importFrom(other);
    QVERIFY(!result.ok);
    QCOMPARE(store.error(), AccountStore::Error::InvalidAccount);
    result = store.importFrom(m_dir->filePath(QStringLiteral("missing.json")));
    QVERIFY(!result.ok);
    QCOMPARE(store.error(), AccountStore::Error::ReadFailed);
    QCOMPARE(store.count(), 0);
}

void TestAccountStore::lockHeldByAnotherProgram()
{
    AccountStore store(m_path);
    store.load();
    store.setLockTimeout(100);
    QLockFile other(store.lockFilePath());
    QVERIFY(other.tryLock(0));
    QVERIFY(!store.add(makeAccount(QStringLiteral("one"))));
    QCOMPARE(store.error(), AccountStore::Error::Locked);
    QCOMPARE(store.count(), 0);
    QVERIFY(!QFile::exists(m_path));
    other.unlock();
    QVERIFY(store.add(makeAccount(QStringLiteral("one"))));
    QCOMPARE(store.count(), 1);
}

void TestAccountStore::twoProgramsDoNotLoseChanges()
{
    AccountStore app(m_path);
    AccountStore cli(m_path);
    app.load();
    cli.load();
    app.setWatching(false);
    cli.setWatching(false);
    const Account fromApp = makeAccount(QStringLiteral("from the app"));
    const Account fromCli = makeAccount(QStringLiteral("from the CLI"));
    QVERIFY(app.add(fromApp));
    // The CLI has not seen the app's account, but its change is made on top of it.
    QSignalSpy cliAdded(&cli, &AccountStore::accountAdded);
    QVERIFY(cli.add(fromCli));
    QCOMPARE(cli.accounts(), (QList<Account>{fromApp, fromCli}));
    QCOMPARE(cliAdded.size(), 2);
    QVERIFY(app.reloadIfChanged());
    QCOMPARE(app.accounts(), cli.accounts());
    QVERIFY(!app.reloadIfChanged());
}

void TestAccountStore::externalChangeIsPickedUp()
{
    AccountStore app(m_path);
    app.load();
    QVERIFY(app.add(makeAccount(QStringLiteral("one"))));
    QSignalSpy reloaded(&app, &AccountStore::reloadedExternally);
    QSignalSpy added(&app, &AccountStore::accountAdded);

    AccountStore cli(m_path);
    cli.load();
    cli.setWatching(false);
    const Account fromCli = makeAccount(QStringLiteral("from the CLI"));
    QVERIFY(cli.add(fromCli));
    QVERIFY(reloaded.wait(5000));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toUuid(), fromCli.uuid());
    QCOMPARE(app.accounts(), cli.accounts());

    // A damaged file written by someone else is recovered and reported.
    QSignalSpy problems(&app, &AccountStore::problemFound);
    writeAll(m_path, readAll(m_path).left(40));
    QVERIFY(problems.wait(5000));
    QCOMPARE(app.loadReport().outcome, AccountStoreReport::Outcome::Recovered);
    QCOMPARE(corruptCopies(m_dir->path()).size(), 1);
}

void TestAccountStore::memoryOnlyStore()
{
    AccountStore store(QString{});
    QCOMPARE(store.load().outcome, AccountStoreReport::Outcome::Missing);
    QVERIFY(store.add(makeAccount(QStringLiteral("one"))));
    QCOMPARE(store.count(), 1);
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
