#pragma once

#include "account.h"
#include "accountstorereport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QFileSystemWatcher;

namespace MrAuth {

//! The list of accounts (metadata only, never a secret), kept in a JSON file.
//!
//! Writes are atomic (QSaveFile) and keep the previous version as `<file>.bak`. Every change is
//! a read-modify-write under a QLockFile (`<file>.lock`), so the app and the CLI can change the
//! list at the same time without losing each other's changes; changes made by another process
//! are picked up through a file watcher. A damaged file is set aside as
//! `<file>.corrupt-<timestamp>` and the readable entries (and, for an unreadable file, the
//! backup's) are kept; load() and loadReport() say what happened. An empty file path keeps the
//! list in memory only. Lives in one thread.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        NoError,
        Locked,         //!< Another program held the lock for too long.
        WriteFailed,    //!< The file could not be written.
        ReadFailed,     //!< A file to import could not be read.
        NotFound,       //!< No account with that uuid.
        InvalidAccount, //!< A null account, or an import file that is not an account list.
    };
    Q_ENUM(Error)

    //! The outcome of importFrom().
    struct ImportResult
    {
        bool ok = false;
        //! The uuids of the accounts added (their secrets still have to be entered).
        QList<QUuid> added;
        //! Entries skipped because the same account was already in the list.
        int skipped = 0;
        //! Entries that could not be read.
        int invalid = 0;
        //! Translated details.
        QStringList problems;
    };

    //! A store for \a filePath; call load() before use. Empty \a filePath: in memory only.
    explicit AccountStore(const QString &filePath, QObject *parent = nullptr);
    ~AccountStore() override;

    //! `<generic data location>/mrauth/accounts.json`, shared by the app and the CLI.
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }
    QString backupFilePath() const;
    QString lockFilePath() const;

    //! Reads the file, recovering from damage as described above. Emits accountsReset().
    AccountStoreReport load();
    //! The report of the latest load or reload.
    AccountStoreReport loadReport() const { return m_report; }

    QList<Account> accounts() const { return m_accounts; }
    int count() const { return int(m_accounts.size()); }
    //! The account with \a uuid, or a null Account.
    Account account(const QUuid &uuid) const;
    bool contains(const QUuid &uuid) const { return indexOf(uuid) >= 0; }
    int indexOf(const QUuid &uuid) const;

    //! Appends \a account (which needs a uuid not yet in the list) and saves.
    bool add(const Account &account);
    //! Replaces the account with the same uuid and saves.
    bool update(const Account &account);
    //! Removes the account with \a uuid and saves.
    bool remove(const QUuid &uuid);
    //! Adds or replaces each of \a changes (matched by uuid) in one save.
    bool upsert(const QList<Account> &changes);

    //! Writes the accounts with \a uuids (all when empty) to \a path, metadata only.
    bool exportTo(const QString &path, const QList<QUuid> &uuids = {});
    //! Adds the accounts of an exported list. An entry is skipped when an account with the
    //! same uuid, or with the same account id, domain and authentication, is already there; an
    //! entry whose uuid is taken by a different account gets a new uuid.
    ImportResult importFrom(const QString &path);

    Error error() const { return m_error; }
    //! The translated message of the latest failed operation.
    QString errorString() const { return m_errorString; }

    //! How long a change waits for another program's lock. Default 5 s.
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }
    //! Watches the file for changes made by other programs (default on).
    void setWatching(bool on);
    bool isWatching() const { return m_watching; }

    //! Re-reads the file now if another program changed it. Returns true when it had changed.
    bool reloadIfChanged();

Q_SIGNALS:
    //! The whole list was replaced (load()).
    void accountsReset();
    void accountAdded(const QUuid &uuid);
    //! The account's metadata changed (by this program or another one).
    void accountChanged(const QUuid &uuid);
    void accountRemoved(const QUuid &uuid);
    //! Another program changed the file and the list was re-read.
    void reloadedExternally();
    //! A load or reload found a damaged file (see report.summary()).
    void problemFound(const MrAuth::AccountStoreReport &report);

private:
    // Runs \a change on the current list under the lock, after catching up with the file, and
    // saves. \a change returns false (after setting the error) to abort.
    bool modify(const std::function<bool(QList<Account> &)> &change);
    // Reads the file into a list and fills m_report. With \a repair (lock held) a damaged file
    // is set aside and the recovered list written. Unchanged file: returns m_accounts.
    QList<Account> readRecovering(bool *changedOnDisk, bool repair);
    bool writeFile(const QList<Account> &accounts, bool keepBackup);
    // Replaces m_accounts with \a accounts and emits the per-account signals of the difference.
    void applyDiff(const QList<Account> &accounts);
    void setError(Error error, const QString &message);
    void watchFile();
    void scheduleReload();

    QString m_filePath;
    QList<Account> m_accounts;
    AccountStoreReport m_report;
    QByteArray m_lastSeenContents;
    bool m_lastSeenExists = false;
    Error m_error = Error::NoError;
    QString m_errorString;
    int m_lockTimeoutMs = 5000;
    bool m_watching = true;
    std::unique_ptr<QFileSystemWatcher> m_watcher;
    QTimer m_reloadTimer;
};

} // namespace MrAuth
