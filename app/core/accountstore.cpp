#include "accountstore.h"

#include "accountlistformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <optional>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace MrAuth {

Q_LOGGING_CATEGORY(lcAccountStore, "mrauth.app.accounts")

namespace {

std::optional<QByteArray> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

// `accounts.json.corrupt-20261128-164623`, with a counter if that name is taken.
QString corruptCopyPathFor(const QString &path)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = path + QStringLiteral(".corrupt-") + stamp;
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = path + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(i);
    return candidate;
}

// QLockFile creates its file first and writes its owner into it after: a program killed in
// between leaves an empty lock file, which QLockFile only breaks after its stale time (30 s),
// blocking every change until then. A lock's holder keeps an flock() on the file, so an empty
// lock file that nobody holds and that is older than a second is abandoned: remove it.
void removeAbandonedLock(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    if (!info.exists() || info.size() > 0 ||
        info.lastModified().msecsTo(QDateTime::currentDateTime()) < 1000) {
        return;
    }
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat status = {};
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &status) == 0 && status.st_size == 0) {
        qCWarning(lcAccountStore) << "removing the abandoned lock" << path;
        ::unlink(name.constData());
    }
    ::close(fd);
#else
    Q_UNUSED(path)
#endif
}

// QLockFile::tryLock() that also breaks an abandoned lock while it waits.
bool acquire(QLockFile &lock, const QString &path, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        removeAbandonedLock(path);
        const qint64 left = timeoutMs - waited.elapsed();
        if (lock.tryLock(int(qBound(qint64(0), left, qint64(250)))))
            return true;
        if (waited.elapsed() >= timeoutMs)
            return false;
    }
}

bool isDuplicate(const Account &candidate, const QList<Account> &accounts)
{
    for (const Account &account : accounts) {
        if (account.uuid() == candidate.uuid() && account.sameConnectionAs(candidate))
            return true;
        if (account.accountId().compare(candidate.accountId(), Qt::CaseInsensitive) == 0 &&
            account.accountDomain().compare(candidate.accountDomain(), Qt::CaseInsensitive) == 0 &&
            account.authMode() == candidate.authMode() &&
            account.clientId() == candidate.clientId()) {
            return true;
        }
    }
    return false;
}

} // namespace

AccountStore::AccountStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath)
{
    qRegisterMetaType<AccountStoreReport>();
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, [this] {
        if (!reloadIfChanged())
            watchFile();
    });
}

AccountStore::~AccountStore() = default;

QString AccountStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/mrauth/accounts.json");
}

QString AccountStore::backupFilePath() const
{
    return m_filePath.isEmpty() ? QString() : m_filePath + QStringLiteral(".bak");
}

QString AccountStore::lockFilePath() const
{
    return m_filePath.isEmpty() ? QString() : m_filePath + QStringLiteral(".lock");
}

AccountStoreReport AccountStore::load()
{
    m_report = AccountStoreReport();
    if (m_filePath.isEmpty()) {
        m_report.outcome = AccountStoreReport::Outcome::Missing;
        Q_EMIT accountsReset();
        return m_report;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    m_lastSeenContents.clear();
    m_lastSeenExists = false;

    QLockFile lock(lockFilePath());
    lock.setStaleLockTime(30000);
    const bool locked = acquire(lock, lockFilePath(), m_lockTimeoutMs);
    if (!locked)
        qCWarning(lcAccountStore) << "reading" << m_filePath << "without the lock";
    bool changed = false;
    m_accounts = readRecovering(&changed, locked);
    m_report.accountCount = count();
    watchFile();
    Q_EMIT accountsReset();
    if (m_report.isProblem())
        Q_EMIT problemFound(m_report);
    return m_report;
}

Account AccountStore::account(const QUuid &uuid) const
{
    const int index = indexOf(uuid);
    return index >= 0 ? m_accounts.at(index) : Account();
}

int AccountStore::indexOf(const QUuid &uuid) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).uuid() == uuid)
            return i;
    }
    return -1;
}

bool AccountStore::add(const Account &account)
{
    if (account.isNull()) {
        setError(Error::InvalidAccount, tr("The account has no id."));
        return false;
    }
    return modify([this, account](QList<Account> &accounts) {
        for (const Account &existing : std::as_const(accounts)) {
            if (existing.uuid() == account.uuid()) {
                setError(Error::InvalidAccount, tr("The account is already in the list."));
                return false;
            }
        }
        accounts.append(account);
        return true;
    });
}

bool AccountStore::update(const Account &account)
{
    return modify([this, account](QList<Account> &accounts) {
        for (Account &existing : accounts) {
            if (existing.uuid() == account.uuid()) {
                existing = account;
                return true;
            }
        }
        setError(Error::NotFound, tr("The account \"%1\" no longer exists; another program may "
                                     "have removed it.")
                                      .arg(account.displayName()));
        return false;
    });
}

bool AccountStore::remove(const QUuid &uuid)
{
    return modify([this, uuid](QList<Account> &accounts) {
        for (int i = 0; i < accounts.size(); ++i) {
            if (accounts.at(i).uuid() == uuid) {
                accounts.removeAt(i);
                return true;
            }
        }
        setError(Error::NotFound, tr("The account no longer exists."));
        return false;
    });
}

bool AccountStore::upsert(const QList<Account> &changes)
{
    return modify([changes](QList<Account> &accounts) {
        for (const Account &change : changes) {
            bool replaced = false;
            for (Account &existing : accounts) {
                if (existing.uuid() == change.uuid()) {
                    existing = change;
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                accounts.append(change);
        }
        return true;
    });
}

bool AccountStore::exportTo(const QString &path, const QList<QUuid> &uuids)
{
    QList<Account> selected;
    for (const Account &account : std::as_const(m_accounts)) {
        if (uuids.isEmpty() || uuids.contains(account.uuid()))
            selected << account;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(AccountListFormat::serialize(selected)) < 0 || !file.commit()) {
        setError(
            Error::WriteFailed,
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    setError(Error::NoError, {});
    return true;
}

AccountStore::ImportResult AccountStore::importFrom(const QString &path)
{
    ImportResult result;
    QString readError;
    const std::optional<QByteArray> data = readFile(path, &readError);
    if (!data) {
        setError(Error::ReadFailed,
                 tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), readError));
        result.problems << m_errorString;
        return result;
    }
    const AccountListFormat::ParseResult parsed = AccountListFormat::parse(*data);
    result.invalid = parsed.droppedEntries;
    result.problems = parsed.problems;
    if (!parsed.documentValid && parsed.accounts.isEmpty()) {
        setError(Error::InvalidAccount,
                 tr("%1 is not an MrAuth account list.").arg(QDir::toNativeSeparators(path)));
        result.problems.prepend(m_errorString);
        return result;
    }
    result.ok = modify([&result, &parsed](QList<Account> &accounts) {
        for (Account incoming : parsed.accounts) {
            if (isDuplicate(incoming, accounts)) {
                ++result.skipped;
                continue;
            }
            for (const Account &existing : std::as_const(accounts)) {
                if (existing.uuid() == incoming.uuid()) {
                    incoming.setUuid(QUuid::createUuid());
                    break;
                }
            }
            accounts.append(incoming);
            result.added << incoming.uuid();
        }
        return true;
    });
    if (!result.ok)
        result.problems.prepend(m_errorString);
    return result;
}

void AccountStore::setWatching(bool on)
{
    m_watching = on;
    if (!on) {
        m_watcher.reset();
        m_reloadTimer.stop();
    } else {
        watchFile();
    }
}

bool AccountStore::reloadIfChanged()
{
    if (m_filePath.isEmpty())
        return false;
    const bool exists = QFileInfo::exists(m_filePath);
    if (exists == m_lastSeenExists) {
        if (!exists)
            return false;
        const std::optional<QByteArray> data = readFile(m_filePath, nullptr);
        if (!data || *data == m_lastSeenContents)
            return false;
    }
    QLockFile lock(lockFilePath());
    lock.setStaleLockTime(30000);
    if (!acquire(lock, lockFilePath(), 1000)) {
        // The other program is still writing: look again soon.
        scheduleReload();
        return false;
    }
    bool changed = false;
    const QList<Account> accounts = readRecovering(&changed, true);
    if (!changed)
        return false;
    m_report.accountCount = int(accounts.size());
    applyDiff(accounts);
    watchFile();
    qCDebug(lcAccountStore) << "reloaded" << m_filePath << "after an external change";
    Q_EMIT reloadedExternally();
    if (m_report.isProblem())
        Q_EMIT problemFound(m_report);
    return true;
}

bool AccountStore::modify(const std::function<bool(QList<Account> &)> &change)
{
    setError(Error::NoError, {});
    if (m_filePath.isEmpty()) {
        QList<Account> accounts = m_accounts;
        if (!change(accounts))
            return false;
        applyDiff(accounts);
        return true;
    }

    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QLockFile lock(lockFilePath());
    lock.setStaleLockTime(30000);
    if (!acquire(lock, lockFilePath(), m_lockTimeoutMs)) {
        setError(Error::Locked, tr("The account list is locked by another program (%1). Try "
                                   "again in a moment.")
                                    .arg(QDir::toNativeSeparators(lockFilePath())));
        return false;
    }
    // Catch up with changes another program made since we last looked.
    bool changedOnDisk = false;
    QList<Account> accounts = readRecovering(&changedOnDisk, true);
    const bool damaged = m_report.isProblem() && changedOnDisk;
    if (!change(accounts)) {
        if (changedOnDisk)
            applyDiff(accounts);
        return false;
    }
    if (!writeFile(accounts, true)) {
        if (changedOnDisk)
            applyDiff(readRecovering(&changedOnDisk, false));
        return false;
    }
    m_report.accountCount = int(accounts.size());
    applyDiff(accounts);
    watchFile();
    if (damaged)
        Q_EMIT problemFound(m_report);
    return true;
}

QList<Account> AccountStore::readRecovering(bool *changedOnDisk, bool repair)
{
    *changedOnDisk = false;
    if (!QFileInfo::exists(m_filePath)) {
        *changedOnDisk = m_lastSeenExists;
        m_lastSeenExists = false;
        m_lastSeenContents.clear();
        m_report = AccountStoreReport();
        m_report.outcome = AccountStoreReport::Outcome::Missing;
        return *changedOnDisk ? QList<Account>() : m_accounts;
    }
    QString readError;
    const std::optional<QByteArray> data = readFile(m_filePath, &readError);
    if (!data) {
        m_report = AccountStoreReport();
        m_report.outcome = AccountStoreReport::Outcome::Failed;
        m_report.problems << readError;
        return m_accounts;
    }
    if (m_lastSeenExists && *data == m_lastSeenContents)
        return m_accounts;
    *changedOnDisk = true;
    m_lastSeenExists = true;
    m_lastSeenContents = *data;

    const AccountListFormat::ParseResult parsed = AccountListFormat::parse(*data);
    m_report = AccountStoreReport();
    if (parsed.intact) {
        m_report.outcome = AccountStoreReport::Outcome::Loaded;
        m_report.accountCount = int(parsed.accounts.size());
        return parsed.accounts;
    }

    m_report.outcome = AccountStoreReport::Outcome::Recovered;
    m_report.droppedEntries = parsed.droppedEntries;
    m_report.problems = parsed.problems;
    QList<Account> accounts = parsed.accounts;
    if (!parsed.documentValid) {
        // The file itself is unreadable: the backup (the version before the last save) may
        // hold the entries that did not survive.
        if (const auto backup = readFile(backupFilePath(), nullptr)) {
            const AccountListFormat::ParseResult fromBackup = AccountListFormat::parse(*backup);
            QSet<QUuid> present;
            for (const Account &account : std::as_const(accounts))
                present.insert(account.uuid());
            for (const Account &account : fromBackup.accounts) {
                if (!present.contains(account.uuid())) {
                    accounts << account;
                    ++m_report.fromBackup;
                }
            }
        }
    }
    m_report.accountCount = int(accounts.size());
    qCWarning(lcAccountStore).noquote()
        << "damaged account list" << m_filePath << ":" << parsed.problems.join(u' ');
    if (!repair)
        return accounts;

    const QString aside = corruptCopyPathFor(m_filePath);
    if (QFile::rename(m_filePath, aside) || QFile::copy(m_filePath, aside)) {
        m_report.corruptCopyPath = aside;
        // The damaged file is safe elsewhere; store what was recovered. The backup stays the
        // last good version.
        if (!writeFile(accounts, false))
            m_report.problems << m_errorString;
    } else {
        m_report.problems << tr("The damaged file could not be set aside; it was left as it is.");
    }
    return accounts;
}

bool AccountStore::writeFile(const QList<Account> &accounts, bool keepBackup)
{
    const QByteArray contents = AccountListFormat::serialize(accounts);
    if (keepBackup) {
        // Keep the previous version, but never replace a good backup with a damaged file.
        if (const auto previous = readFile(m_filePath, nullptr);
            previous && AccountListFormat::parse(*previous).intact && *previous != contents) {
            QSaveFile backup(backupFilePath());
            if (backup.open(QIODevice::WriteOnly) && backup.write(*previous) >= 0 &&
                backup.commit()) {
                QFile::setPermissions(backupFilePath(), QFile::ReadOwner | QFile::WriteOwner);
            } else {
                qCWarning(lcAccountStore)
                    << "could not write the backup" << backupFilePath() << backup.errorString();
            }
        }
    }
    const bool existed = QFileInfo::exists(m_filePath);
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) < 0 || !file.commit()) {
        setError(Error::WriteFailed,
                 tr("Could not save the account list to %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    if (!existed)
        QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
    m_lastSeenContents = contents;
    m_lastSeenExists = true;
    return true;
}

void AccountStore::applyDiff(const QList<Account> &accounts)
{
    const QList<Account> previous = std::exchange(m_accounts, accounts);
    QHash<QUuid, int> previousIndex;
    for (int i = 0; i < previous.size(); ++i)
        previousIndex.insert(previous.at(i).uuid(), i);
    QSet<QUuid> current;
    for (const Account &account : accounts)
        current.insert(account.uuid());

    for (const Account &account : previous) {
        if (!current.contains(account.uuid()))
            Q_EMIT accountRemoved(account.uuid());
    }
    for (const Account &account : accounts) {
        const auto it = previousIndex.constFind(account.uuid());
        if (it == previousIndex.constEnd())
            Q_EMIT accountAdded(account.uuid());
        else if (previous.at(*it) != account)
            Q_EMIT accountChanged(account.uuid());
    }
}

void AccountStore::setError(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    if (error != Error::NoError)
        qCDebug(lcAccountStore).noquote() << message;
}

void AccountStore::watchFile()
{
    if (!m_watching || m_filePath.isEmpty())
        return;
    if (!m_watcher) {
        m_watcher = std::make_unique<QFileSystemWatcher>();
        connect(m_watcher.get(), &QFileSystemWatcher::fileChanged, this,
                &AccountStore::scheduleReload);
        connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, this,
                &AccountStore::scheduleReload);
    }
    // An atomic save replaces the file, which drops it from the watcher: add it again.
    const QString directory = QFileInfo(m_filePath).absolutePath();
    if (!m_watcher->directories().contains(directory) && QFileInfo::exists(directory))
        m_watcher->addPath(directory);
    if (!m_watcher->files().contains(m_filePath) && QFileInfo::exists(m_filePath))
        m_watcher->addPath(m_filePath);
}

void AccountStore::scheduleReload()
{
    m_reloadTimer.start();
}

} // namespace MrAuth
