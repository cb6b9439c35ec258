#pragma once

#include "accountsconfig.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace MrAuth {

//! The accounts file on disk, reloaded when it changes. Editors replace files rather than
//! rewrite them, so the file and its directory are both watched and the file is re-watched
//! after each change. An invalid file keeps the previous accounts and reports an error.
class AccountsFile : public QObject
{
    Q_OBJECT
public:
    explicit AccountsFile(const QString &path, QObject *parent = nullptr);

    //! Loads the file now; on failure returns false and sets \a error.
    bool load(QString *error);
    const AccountsConfig &config() const { return m_config; }
    QString path() const { return m_path; }

    //! Reads and validates \a path without touching any state.
    static std::optional<AccountsConfig> read(const QString &path, QString *error);

Q_SIGNALS:
    //! The file changed and its new content is in use.
    void reloaded();
    //! The file changed but cannot be used; the previous accounts stay.
    void reloadFailed(const QString &error);

private:
    void scheduleReload();
    void reload();
    void watch();

    QString m_path;
    AccountsConfig m_config;
    QByteArray m_lastContent;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace MrAuth
