// AppSettings: defaults, bounds, persistence and the proxy it describes; never a secret.
#include "appsettings.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MrAuth;
using namespace std::chrono_literals;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void defaults();
    void persistedAndBounded();
    void proxy_data();
    void proxy();
};

void TestAppSettings::defaults()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("mrauth.conf")));
    QCOMPARE(settings.clipboardTimeout(), 30s);
    QCOMPARE(settings.expiryWarningThreshold(), 3600s);
    QVERIFY(settings.autoRefreshDefault());
    QCOMPARE(settings.autoRefreshMargin(), 300s);
    QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
    QVERIFY(settings.language().isEmpty());
    QVERIFY(!settings.startMinimized());
}

void TestAppSettings::persistedAndBounded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mrauth.conf"));
    {
        AppSettings settings(path);
        QSignalSpy changed(&settings, &AppSettings::changed);
        settings.setClipboardTimeout(45s);
        settings.setClipboardTimeout(45s); // unchanged: no signal
        settings.setExpiryWarningThreshold(2h);
        settings.setAutoRefreshDefault(false);
        settings.setAutoRefreshMargin(1s); // below the minimum
        settings.setProxyMode(AppSettings::ProxyMode::Manual);
        settings.setProxyHost(QStringLiteral(" proxy.example.com "));
        settings.setProxyPort(3128);
        settings.setLanguage(QStringLiteral("de"));
        settings.setStartMinimized(true);
        QCOMPARE(changed.size(), 9);
        settings.sync();
    }
    AppSettings settings(path);
    QCOMPARE(settings.clipboardTimeout(), 45s);
    QCOMPARE(settings.expiryWarningThreshold(), 7200s);
    QVERIFY(!settings.autoRefreshDefault());
    QCOMPARE(settings.autoRefreshMargin(), 30s);
    QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::Manual);
    QCOMPARE(settings.proxyHost(), QStringLiteral("proxy.example.com"));
    QCOMPARE(settings.proxyPort(), quint16(3128));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QVERIFY(settings.startMinimized());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("clearAfterSeconds=45"));
    QVERIFY(!contents.toLower().contains("password"));
    QVERIFY(!contents.toLower().contains("key="));
}

void TestAppSettings::proxy_data()
{
    QTest::addColumn<AppSettings::ProxyMode>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QNetworkProxy::ProxyType>("type");
    QTest::newRow("system") << AppSettings::ProxyMode::System << QString()
                            << QNetworkProxy::DefaultProxy;
    QTest::newRow("none") << AppSettings::ProxyMode::None << QString() << QNetworkProxy::NoProxy;
    QTest::newRow("manual") << AppSettings::ProxyMode::Manual << QStringLiteral("proxy.example.com")
                            << QNetworkProxy::HttpProxy;
    QTest::newRow("manual without host")
        << AppSettings::ProxyMode::Manual << QString() << QNetworkProxy::NoProxy;
}

void TestAppSettings::proxy()
{
    QFETCH(AppSettings::ProxyMode, mode);
    QFETCH(QString, host);
    QFETCH(QNetworkProxy::ProxyType, type);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("mrauth.conf")));
    settings.setProxyMode(mode);
    settings.setProxyHost(host);
    settings.setProxyPort(3128);
    QCOMPARE(settings.networkProxy().type(), type);
    QNetworkAccessManager manager;
    settings.applyProxy(&manager);
    QCOMPARE(manager.proxy().type(), type);
    if (type == QNetworkProxy::HttpProxy) {
        QCOMPARE(manager.proxy().hostName(), host);
        QCOMPARE(manager.proxy().port(), quint16(3128));
    }
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
