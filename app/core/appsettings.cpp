#include "appsettings.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <algorithm>

namespace MrAuth {

namespace {
const QString clipboardTimeoutKey = QStringLiteral("clipboard/clearAfterSeconds");
const QString thresholdKey = QStringLiteral("tokens/expiryWarningSeconds");
const QString autoRefreshKey = QStringLiteral("tokens/autoRefreshDefault");
const QString autoRefreshMarginKey = QStringLiteral("tokens/autoRefreshMarginSeconds");
const QString proxyModeKey = QStringLiteral("network/proxyMode");
const QString proxyHostKey = QStringLiteral("network/proxyHost");
const QString proxyPortKey = QStringLiteral("network/proxyPort");
const QString languageKey = QStringLiteral("ui/language");
const QString startMinimizedKey = QStringLiteral("ui/startMinimized");
const QString geometryKey = QStringLiteral("ui/windowGeometry");
const QString stateKey = QStringLiteral("ui/windowState");

qint64 clampSeconds(const QVariant &value, qint64 fallback, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (!ok)
        return fallback;
    return std::clamp(seconds, minimum, maximum);
}
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("MrAuth"), QStringLiteral("mrauth")))
{}

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::filePath() const
{
    return m_settings->fileName();
}

void AppSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value && m_settings->contains(key))
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed();
}

std::chrono::seconds AppSettings::clipboardTimeout() const
{
    return std::chrono::seconds(clampSeconds(m_settings->value(clipboardTimeoutKey), 30, 0, 3600));
}

void AppSettings::setClipboardTimeout(std::chrono::seconds timeout)
{
    write(clipboardTimeoutKey, std::clamp<qint64>(timeout.count(), 0, 3600));
}

std::chrono::seconds AppSettings::expiryWarningThreshold() const
{
    return std::chrono::seconds(clampSeconds(m_settings->value(thresholdKey), 3600, 0, 86400));
}

void AppSettings::setExpiryWarningThreshold(std::chrono::seconds threshold)
{
    write(thresholdKey, std::clamp<qint64>(threshold.count(), 0, 86400));
}

bool AppSettings::autoRefreshDefault() const
{
    return m_settings->value(autoRefreshKey, true).toBool();
}

void AppSettings::setAutoRefreshDefault(bool on)
{
    write(autoRefreshKey, on);
}

std::chrono::seconds AppSettings::autoRefreshMargin() const
{
    return std::chrono::seconds(
        clampSeconds(m_settings->value(autoRefreshMarginKey), 300, 30, 12 * 3600));
}

void AppSettings::setAutoRefreshMargin(std::chrono::seconds margin)
{
    write(autoRefreshMarginKey, std::clamp<qint64>(margin.count(), 30, 12 * 3600));
}

AppSettings::ProxyMode AppSettings::proxyMode() const
{
    const QString mode = m_settings->value(proxyModeKey).toString();
    if (mode == QLatin1String("none"))
        return ProxyMode::None;
    if (mode == QLatin1String("manual"))
        return ProxyMode::Manual;
    return ProxyMode::System;
}

void AppSettings::setProxyMode(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        write(proxyModeKey, QStringLiteral("system"));
        break;
    case ProxyMode::None:
        write(proxyModeKey, QStringLiteral("none"));
        break;
    case ProxyMode::Manual:
        write(proxyModeKey, QStringLiteral("manual"));
        break;
    }
}

QString AppSettings::proxyHost() const
{
    return m_settings->value(proxyHostKey).toString();
}

void AppSettings::setProxyHost(const QString &host)
{
    write(proxyHostKey, host.trimmed());
}

quint16 AppSettings::proxyPort() const
{
    const int port = m_settings->value(proxyPortKey, 8080).toInt();
    return port > 0 && port <= 65535 ? quint16(port) : quint16(8080);
}

void AppSettings::setProxyPort(quint16 port)
{
    write(proxyPortKey, int(port));
}

QNetworkProxy AppSettings::networkProxy() const
{
    switch (proxyMode()) {
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Manual:
        if (!proxyHost().isEmpty())
            return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost(), proxyPort());
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

void AppSettings::applyProxy(QNetworkAccessManager *manager) const
{
    QNetworkProxyFactory::setUseSystemConfiguration(proxyMode() == ProxyMode::System);
    if (manager)
        manager->setProxy(networkProxy());
}

QString AppSettings::language() const
{
    return m_settings->value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    write(languageKey, language);
}

bool AppSettings::startMinimized() const
{
    return m_settings->value(startMinimizedKey, false).toBool();
}

void AppSettings::setStartMinimized(bool on)
{
    write(startMinimizedKey, on);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(stateKey, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace MrAuth
