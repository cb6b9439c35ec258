#include "accountsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace MrAuth {

AccountsFile::AccountsFile(const QString &path, QObject *parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath())
{
    // Writers often truncate then write: wait for the burst of events to settle.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(50);
    connect(&m_debounce, &QTimer::timeout, this, &AccountsFile::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &AccountsFile::scheduleReload);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &AccountsFile::scheduleReload);
}

std::optional<AccountsConfig> AccountsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("MrAuth::AccountsFile", "Cannot read %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QCoreApplication::translate("MrAuth::AccountsFile",
                                             "%1 is not a JSON object: %2 at offset %3")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    QString reason;
    std::optional<AccountsConfig> config = AccountsConfig::fromJson(document.object(), &reason);
    if (!config)
        *error = QCoreApplication::translate("MrAuth::AccountsFile", "%1: %2").arg(path, reason);
    return config;
}

bool AccountsFile::load(QString *error)
{
    std::optional<AccountsConfig> config = read(m_path, error);
    watch();
    if (!config)
        return false;
    m_config = *config;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        m_lastContent = file.readAll();
    return true;
}

void AccountsFile::watch()
{
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void AccountsFile::scheduleReload()
{
    m_debounce.start();
}

void AccountsFile::reload()
{
    watch();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // Replaced right now: the directory event of the new file comes next.
    const QByteArray content = file.readAll();
    if (content == m_lastContent)
        return;
    m_lastContent = content;
    QString error;
    const std::optional<AccountsConfig> config = read(m_path, &error);
    if (!config) {
        Q_EMIT reloadFailed(error);
        return;
    }
    m_config = *config;
    Q_EMIT reloaded();
}

} // namespace MrAuth
