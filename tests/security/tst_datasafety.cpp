// Data safety, with the real code in separate processes (security_helper):
// - a program SIGKILLed at random moments while it saves the account list never leaves a
//   broken file: the list (or its backup) always loads with one complete list, and the next
//   program gets the lock;
// - a keychain daemon that dies while the app (and the CLI) stores a new account's secrets
//   gives a clear error and no account whose secrets were never stored: a private dbus-daemon
//   and gnome-keyring-daemon of this test's own, not the one the rest of the suite uses;
// - two programs adding accounts at the same time keep every account of both (the list is
//   changed read-modify-write under a lock).
#include "accountlistformat.h"
#include "accountstore.h"
#include "childprocess.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/types.h>

using namespace MrAuth;

namespace {

const int accountsPerSave = 5;

// Reads lines from \a process until \a done says stop; false when it ended or went quiet.
bool readLinesUntil(QProcess *process, const std::function<bool(const QByteArray &)> &done,
                    int timeoutMs = 20000)
{
    process->setReadChannel(QProcess::StandardOutput);
    for (;;) {
        while (process->canReadLine()) {
            if (done(process->readLine().trimmed()))
                return true;
        }
        if (!process->waitForReadyRead(timeoutMs))
            return false;
    }
}

// The threads of \a pid that talk D-Bus (libsecret's GDBus, or QtDBus).
bool hasDBusThread(qint64 pid)
{
    const QStringList tasks = QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/%1/task/%2/comm").arg(pid).arg(task));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QByteArray name = comm.readAll().trimmed();
        if (name == "gdbus" || name.startsWith("QDBusConnection"))
            return true;
    }
    return false;
}

// A session bus and an unlocked gnome-keyring of the test's own.
class PrivateKeyring
{
public:
    ~PrivateKeyring() { stop(); }

    bool start(QString *error)
    {
        const QString busConfig = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile config(busConfig);
        if (!config.open(QIODevice::WriteOnly))
            return false;
        // No <servicedir>: a dead keyring must stay dead, not be started again by activation.
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                     "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir=" +
                     QFile::encodeName(m_dir.path()) +
                     "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                     "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                     "<allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        ChildProcess::endWithTest(m_bus);
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + busConfig, QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        if (!m_bus.waitForStarted() || !readLinesUntil(&m_bus, [this](const QByteArray &line) {
                m_address = QString::fromUtf8(line);
                return !m_address.isEmpty();
            })) {
            *error = QStringLiteral("dbus-daemon did not start: ") +
                     QString::fromUtf8(m_bus.readAllStandardError());
            return false;
        }
        return startKeyring(error);
    }

    bool startKeyring(QString *error)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("home/data/keyrings"));
        QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_keyring.setProcessEnvironment(environment());
        ChildProcess::endWithTest(m_keyring);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted()) {
            *error = QStringLiteral("gnome-keyring-daemon did not start");
            return false;
        }
        m_keyring.write("private-test-password");
        m_keyring.closeWriteChannel();
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, QStringLiteral("probe"));
        const bool registered = QTest::qWaitFor(
            [&bus] {
                return bus.interface() && bus.interface()->isServiceRegistered(
                                              QStringLiteral("org.freedesktop.secrets"));
            },
            20000);
        if (!registered) {
            *error = QStringLiteral("the keyring did not register: ") +
                     QString::fromUtf8(m_keyring.readAllStandardError());
            return false;
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("probe"));
        return true;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_dir.filePath(QStringLiteral("home/data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_dir.filePath(QStringLiteral("home/config")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                           m_dir.filePath(QStringLiteral("runtime")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.remove(QStringLiteral("DISPLAY"));
        return environment;
    }

    qint64 keyringPid() const { return m_keyring.processId(); }
    void pauseKeyring() { ::kill(pid_t(keyringPid()), SIGSTOP); }
    void killKeyring()
    {
        ::kill(pid_t(keyringPid()), SIGKILL);
        m_keyring.waitForFinished(10000);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void stop()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            ::kill(pid_t(process->processId()), SIGKILL);
            process->waitForFinished(10000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

QString helperPath()
{
    return QStringLiteral(MRAUTH_SECURITY_HELPER_PATH);
}

// The generation all accounts of \a accounts share, or -1 when it is not one complete list.
qint64 completeGeneration(const QList<Account> &accounts)
{
    if (accounts.size() != accountsPerSave)
        return -1;
    const QString name = accounts.first().displayName();
    for (const Account &account : accounts) {
        if (account.displayName() != name)
            return -1;
    }
    return name.startsWith(QLatin1String("gen-")) ? name.mid(4).toLongLong() : -1;
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killWhileSavingNeverBreaksTheList();
    void twoProgramsKeepEachOthersAccounts();
    void keychainDeathInTheAppLeavesNoHalfAccount();
    void keychainDeathInTheCliLeavesNoHalfAccount();

private:
    struct AppAddResult
    {
        QJsonObject json;
        QByteArray err;
    };
    enum class Trouble { None, KeyringDies, ListLocked };
    AppAddResult appAdd(PrivateKeyring &keyring, const QString &accountsFile, Trouble trouble);
};

void TestDataSafety::initTestCase()
{
    QVERIFY2(QFileInfo::exists(helperPath()), qPrintable(helperPath()));
}

void TestDataSafety::killWhileSavingNeverBreaksTheList()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("accounts.json"));
    const int rounds = 50;
    int fromBackup = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess saver;
        saver.start(helperPath(),
                    {QStringLiteral("save-loop"), file, QString::number(accountsPerSave)});
        QVERIFY(saver.waitForStarted());
        // Kill after a random number of completed saves: the pipe lags the saver, so the kill
        // lands anywhere inside a save (lock, read, backup, write, rename).
        const qint64 target = QRandomGenerator::global()->bounded(1, 30);
        qint64 lastPrinted = -1;
        const bool reached = readLinesUntil(&saver, [&](const QByteArray &line) {
            if (line.startsWith("error"))
                qWarning("%s", line.constData());
            lastPrinted = line.toLongLong();
            return lastPrinted + 1 >= target;
        });
        QVERIFY2(reached, saver.readAllStandardError().constData());
        ::kill(pid_t(saver.processId()), SIGKILL);
        QVERIFY(saver.waitForFinished(10000));
        QCOMPARE(saver.exitStatus(), QProcess::CrashExit);
        lastPrinted = qMax(lastPrinted, [&] {
            qint64 last = -1;
            const QList<QByteArray> rest = saver.readAllStandardOutput().split('\n');
            for (const QByteArray &line : rest) {
                if (!line.trimmed().isEmpty())
                    last = line.trimmed().toLongLong();
            }
            return last;
        }());

        // The file itself, as written: one complete list, the last one printed or the one
        // being saved when the kill came.
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const AccountListFormat::ParseResult parsed = AccountListFormat::parse(written.readAll());
        qint64 generation = -1;
        if (parsed.intact) {
            generation = completeGeneration(parsed.accounts);
        } else {
            QFile backup(file + QStringLiteral(".bak"));
            QVERIFY2(backup.open(QIODevice::ReadOnly), "a broken list and no backup");
            const AccountListFormat::ParseResult fromBackupList =
                AccountListFormat::parse(backup.readAll());
            QVERIFY2(fromBackupList.intact, "a broken list and a broken backup");
            generation = completeGeneration(fromBackupList.accounts);
            ++fromBackup;
        }
        QVERIFY2(generation >= 0,
                 qPrintable(QStringLiteral("round %1: not one complete list").arg(round)));
        QVERIFY2(generation >= lastPrinted - 1 && generation <= lastPrinted + 1,
                 qPrintable(QStringLiteral("round %1: generation %2, last saved %3")
                                .arg(round)
                                .arg(generation)
                                .arg(lastPrinted)));

        // And the app's loader agrees.
        AccountStore store(file);
        store.setWatching(false);
        const AccountStoreReport report = store.load();
        QVERIFY2(!report.isProblem() || report.outcome == AccountStoreReport::Outcome::Recovered,
                 qPrintable(report.summary()));
        QVERIFY(completeGeneration(store.accounts()) >= 0);
    }
    QCOMPARE(fromBackup, 0); // QSaveFile: the list is replaced whole, never written in place
    // Nothing set aside as damaged.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).size(), 0);
}

void TestDataSafety::twoProgramsKeepEachOthersAccounts()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("accounts.json"));
    const int count = 40;
    QProcess first;
    QProcess second;
    first.start(helperPath(), {QStringLiteral("add-many"), file, QStringLiteral("first"),
                               QString::number(count)});
    second.start(helperPath(), {QStringLiteral("add-many"), file, QStringLiteral("second"),
                                QString::number(count)});
    QVERIFY(first.waitForFinished(60000));
    QVERIFY(second.waitForFinished(60000));
    QSet<QString> added;
    int lockedErrors = 0;
    for (QProcess *process : {&first, &second}) {
        QCOMPARE(process->exitCode(), 0);
        const QJsonObject result =
            QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        const QJsonArray names = result.value(QStringLiteral("added")).toArray();
        for (const QJsonValue name : names)
            added.insert(name.toString());
        const QJsonArray failed = result.value(QStringLiteral("failed")).toArray();
        for (const QJsonValue failure : failed) {
            // The only acceptable failure is a clear "locked", never a silent loss.
            QCOMPARE(failure.toObject().value(QStringLiteral("error")).toString(),
                     QStringLiteral("Locked"));
            QVERIFY(failure.toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("locked")));
            ++lockedErrors;
        }
    }
    QCOMPARE(added.size() + lockedErrors, 2 * count);

    AccountStore store(file);
    store.setWatching(false);
    QCOMPARE(store.load().outcome, AccountStoreReport::Outcome::Loaded);
    QSet<QString> present;
    const QList<Account> accounts = store.accounts();
    for (const Account &account : accounts)
        present.insert(account.displayName());
    QCOMPARE(present.size(), accounts.size()); // no duplicates
    QCOMPARE(present, added);
    qInfo("%d accounts from two programs at once, %d refused as locked", int(added.size()),
          lockedErrors);
}

TestDataSafety::AppAddResult TestDataSafety::appAdd(PrivateKeyring &keyring,
                                                    const QString &accountsFile, Trouble trouble)
{
    const bool killMidway = trouble == Trouble::KeyringDies;
    QDir().mkpath(QFileInfo(accountsFile).absolutePath());
    QLockFile otherProgram(accountsFile + QStringLiteral(".lock"));
    AppAddResult result;
    QProcess app;
    app.setProcessEnvironment(keyring.environment());
    app.start(helperPath(), {QStringLiteral("app-add"), accountsFile,
                             keyring.path(QStringLiteral("settings.conf"))});
    if (!app.waitForStarted())
        return result;
    if (!readLinesUntil(&app, [](const QByteArray &line) { return line == "ready"; })) {
        result.err = app.readAllStandardError();
        return result;
    }
    if (killMidway)
        keyring.pauseKeyring(); // requests from now on wait, unanswered
    if (trouble == Trouble::ListLocked && !otherProgram.tryLock(0))
        return result;
    app.write("go\n");
    if (!readLinesUntil(&app, [](const QByteArray &line) { return line == "storing"; })) {
        result.err = app.readAllStandardError();
        return result;
    }
    if (killMidway)
        keyring.killKeyring(); // while the app waits for it
    readLinesUntil(&app, [&result](const QByteArray &line) {
        result.json = QJsonDocument::fromJson(line).object();
        return !result.json.isEmpty();
    });
    app.waitForFinished(20000);
    result.err = app.readAllStandardError();
    return result;
}

void TestDataSafety::keychainDeathInTheAppLeavesNoHalfAccount()
{
    PrivateKeyring keyring;
    QString error;
    QVERIFY2(keyring.start(&error), qPrintable(error));

    // With the keyring alive the flow adds the account: the check below can tell.
    const QString aliveFile = keyring.path(QStringLiteral("alive/accounts.json"));
    AppAddResult result = appAdd(keyring, aliveFile, Trouble::None);
    QVERIFY2(result.json.value(QStringLiteral("result")).toString() == QLatin1String("added"),
             result.err.constData());
    QCOMPARE(result.json.value(QStringLiteral("accounts")).toInt(), 1);

    // Another program holds the list while the app adds: the keys it stored first are taken
    // back out of the keychain, and the app says why.
    const QString lockedFile = keyring.path(QStringLiteral("locked/accounts.json"));
    result = appAdd(keyring, lockedFile, Trouble::ListLocked);
    QVERIFY2(result.json.value(QStringLiteral("result")).toString() == QLatin1String("refused"),
             qPrintable(QString::fromUtf8(QJsonDocument(result.json).toJson()) +
                        QString::fromUtf8(result.err)));
    QVERIFY2(result.json.value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("locked by another program")),
             qPrintable(result.json.value(QStringLiteral("message")).toString()));
    QCOMPARE(result.json.value(QStringLiteral("secretLeft")).toBool(), false);
    QCOMPARE(result.json.value(QStringLiteral("accounts")).toInt(), 0);

    // The keyring dies while the app stores the new account's keys.
    const QString file = keyring.path(QStringLiteral("dead/accounts.json"));
    result = appAdd(keyring, file, Trouble::KeyringDies);
    QVERIFY2(result.json.value(QStringLiteral("result")).toString() == QLatin1String("failed"),
             qPrintable(QString::fromUtf8(QJsonDocument(result.json).toJson()) +
                        QString::fromUtf8(result.err)));
    const QString message = result.json.value(QStringLiteral("message")).toString();
    qInfo("the app said: %s", qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("The secrets could not be stored, so the account "
                                             "was not saved")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("keychain")), qPrintable(message));
    QCOMPARE(result.json.value(QStringLiteral("accounts")).toInt(), 0);
    AccountStore store(file);
    store.setWatching(false);
    store.load();
    QCOMPARE(store.count(), 0);
}

void TestDataSafety::keychainDeathInTheCliLeavesNoHalfAccount()
{
#ifndef MRAUTH_CLI_PATH
    QSKIP("the CLI is not built");
#else
    PrivateKeyring keyring;
    QString error;
    QVERIFY2(keyring.start(&error), qPrintable(error));
    const QStringList add{QStringLiteral("accounts"),
                          QStringLiteral("add"),
                          QStringLiteral("half"),
                          QStringLiteral("--account-id"),
                          QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"),
                          QStringLiteral("--account-domain"),
                          QStringLiteral("eastus.mixedreality.azure.com"),
                          QStringLiteral("--key-stdin")};
    keyring.pauseKeyring();
    QProcess cli;
    cli.setProcessEnvironment(keyring.environment());
    cli.start(QStringLiteral(MRAUTH_CLI_PATH), add);
    QVERIFY(cli.waitForStarted());
    cli.write("primary-key-of-the-half-stored\n");
    cli.closeWriteChannel();
    // Once it talks to the (stopped) keyring, the keyring dies.
    QTRY_VERIFY_WITH_TIMEOUT(hasDBusThread(cli.processId()) || cli.state() != QProcess::Running,
                             20000);
    QCOMPARE(cli.state(), QProcess::Running);
    keyring.killKeyring();
    QVERIFY(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    qInfo("the CLI said: %s", qPrintable(err.trimmed()));
    QCOMPARE(cli.exitCode(), 7); // the keychain's exit code
    QVERIFY2(err.startsWith(QStringLiteral("mrauth: KeychainUnavailable: ")), qPrintable(err));

    AccountStore store(keyring.path(QStringLiteral("home/data/mrauth/accounts.json")));
    store.setWatching(false);
    store.load();
    QCOMPARE(store.count(), 0);
#endif
}

QTEST_GUILESS_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
