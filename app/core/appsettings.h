#pragma once

#include <QNetworkProxy>
#include <QObject>
#include <QSettings>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace MrAuth {

//! The app's preferences, in QSettings (`~/.config/MrAuth/mrauth.conf` on Linux), shared with
//! the CLI. Never a secret: no keys, no tokens, no proxy passwords.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class ProxyMode { System, None, Manual };
    Q_ENUM(ProxyMode)

    //! The user's settings (organisation "MrAuth", application "mrauth", INI format).
    explicit AppSettings(QObject *parent = nullptr);
    //! Settings in the INI file \a filePath (for tests and portable use).
    explicit AppSettings(const QString &filePath, QObject *parent = nullptr);
    ~AppSettings() override;

    QString filePath() const;

    //! Seconds until a copied token is cleared from the clipboard; 0 never. Default 30.
    std::chrono::seconds clipboardTimeout() const;
    void setClipboardTimeout(std::chrono::seconds timeout);

    //! Tokens expiring within this are shown as "expiring soon". Default 1 hour.
    std::chrono::seconds expiryWarningThreshold() const;
    void setExpiryWarningThreshold(std::chrono::seconds threshold);

    //! Whether new accounts refresh their token automatically. Default on.
    bool autoRefreshDefault() const;
    void setAutoRefreshDefault(bool on);
    //! How long before expiry auto-refresh gets a new token. Default 5 minutes.
    std::chrono::seconds autoRefreshMargin() const;
    void setAutoRefreshMargin(std::chrono::seconds margin);

    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    quint16 proxyPort() const;
    void setProxyPort(quint16 port);
    //! The proxy the settings describe (DefaultProxy for System, with the system
    //! configuration enabled by applyProxy()).
    QNetworkProxy networkProxy() const;
    //! Applies the proxy settings to \a manager (and, for System, to the process-wide
    //! proxy factory).
    void applyProxy(QNetworkAccessManager *manager) const;

    //! A language such as "de" or "pt_BR"; empty follows the system. Default empty.
    QString language() const;
    void setLanguage(const QString &language);

    //! Start with the window hidden in the tray (minimised without a tray). Default off.
    bool startMinimized() const;
    void setStartMinimized(bool on);

    //! Window geometry and state, as saved by the main window (no secrets).
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    //! Writes pending changes to disk.
    void sync();

Q_SIGNALS:
    //! A setting changed (through this object).
    void changed();

private:
    void write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace MrAuth
