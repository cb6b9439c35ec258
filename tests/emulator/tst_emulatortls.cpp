#include "emulatorprocess.h"
#include "emulatortestdata.h"

#include <QFile>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace MrAuth;

// The emulator's TLS material: generated CA and server certificate, reuse while valid,
// regeneration when broken, a given certificate, and IPv6 loopback.
class TestEmulatorTls : public QObject
{
    Q_OBJECT

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool handshake(const QString &host, quint16 port, const QSslConfiguration &configuration,
                          QString *why)
    {
        QSslSocket socket;
        socket.setSslConfiguration(configuration);
        socket.connectToHostEncrypted(host, port);
        const bool ok = socket.waitForEncrypted(10000);
        *why = socket.errorString();
        return ok;
    }

private Q_SLOTS:
    // Any Qt warning (TLS, sockets, JSON) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void generatedCertificates()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(), {}, &error), qPrintable(error));
        const QList<QSslCertificate> ca = emulator.caCertificates();
        QCOMPARE(ca.size(), 1);
        QVERIFY(ca.first().isSelfSigned());

        const QString tlsDir = emulator.temporaryPath() + QStringLiteral("/tls");
        const QList<QSslCertificate> server =
            QSslCertificate::fromPath(tlsDir + QStringLiteral("/server.pem"));
        QCOMPARE(server.size(), 1);
        const auto names = server.first().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1")) ||
                names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
        QCOMPARE(server.first().issuerInfo(QSslCertificate::CommonName),
                 ca.first().subjectInfo(QSslCertificate::CommonName));
        for (const char *key : {"/ca-key.pem", "/server-key.pem"}) {
            const QFile::Permissions permissions = QFile::permissions(tlsDir + QLatin1String(key));
            QVERIFY(!(permissions & (QFile::ReadGroup | QFile::ReadOther)));
        }

        const quint16 port = quint16(emulator.url().port());
        QString why;
        QVERIFY2(handshake(QStringLiteral("localhost"), port, emulator.sslConfiguration(), &why),
                 qPrintable(why));
        QVERIFY2(handshake(QStringLiteral("127.0.0.1"), port, emulator.sslConfiguration(), &why),
                 qPrintable(why));
        // Without trusting the CA the handshake fails: nothing is ignored.
        QVERIFY(!handshake(QStringLiteral("127.0.0.1"), port,
                           QSslConfiguration::defaultConfiguration(), &why));
    }

    void reusedWhileValidRegeneratedWhenBroken()
    {
        QTemporaryDir directory;
        const QString tlsDir = directory.filePath(QStringLiteral("tls"));
        QByteArray firstCa;
        {
            EmulatorProcess emulator;
            QString error;
            QVERIFY2(
                emulator.start(TestData::accounts(), {QStringLiteral("--tls-dir"), tlsDir}, &error),
                qPrintable(error));
            QCOMPARE(emulator.caCertificatePath(), tlsDir + QStringLiteral("/ca.pem"));
            firstCa = readFile(emulator.caCertificatePath());
        }
        {
            EmulatorProcess emulator;
            QString error;
            QVERIFY2(
                emulator.start(TestData::accounts(), {QStringLiteral("--tls-dir"), tlsDir}, &error),
                qPrintable(error));
            QCOMPARE(readFile(emulator.caCertificatePath()), firstCa);
        }
        QFile broken(tlsDir + QStringLiteral("/server.pem"));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n");
        broken.close();
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(
            emulator.start(TestData::accounts(), {QStringLiteral("--tls-dir"), tlsDir}, &error),
            qPrintable(error));
        QVERIFY(readFile(emulator.caCertificatePath()) != firstCa);
        QCOMPARE(emulator.get(QStringLiteral("/_emulator/health")).status, 200);
    }

    void givenCertificate()
    {
        QTemporaryDir directory;
        const QString tlsDir = directory.filePath(QStringLiteral("tls"));
        {
            EmulatorProcess generator;
            QString error;
            QVERIFY2(generator.start(TestData::accounts(), {QStringLiteral("--tls-dir"), tlsDir},
                                     &error),
                     qPrintable(error));
        }
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(
            emulator.start(TestData::accounts(),
                           {QStringLiteral("--tls-cert"), tlsDir + QStringLiteral("/server.pem"),
                            QStringLiteral("--tls-key"), tlsDir + QStringLiteral("/server-key.pem"),
                            QStringLiteral("--tls-ca"), tlsDir + QStringLiteral("/ca.pem")},
                           &error),
            qPrintable(error));
        QCOMPARE(emulator.caCertificatePath(), tlsDir + QStringLiteral("/ca.pem"));
        QCOMPARE(
            emulator.get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}})
                .status,
            200);
    }

    void ipv6Loopback()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("no IPv6 loopback here");
        probe.close();
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(),
                                {QStringLiteral("--host"), QStringLiteral("::1")}, &error),
                 qPrintable(error));
        QCOMPARE(emulator.url().host(), QStringLiteral("::1"));
        QVERIFY(emulator.url().toString().startsWith(QStringLiteral("https://[::1]:")));
        QCOMPARE(
            emulator.get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}})
                .status,
            200);
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("host name")
            << QStringList{QStringLiteral("--host"), QStringLiteral("example.com")};
        QTest::newRow("cert without key")
            << QStringList{QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem")};
        QTest::newRow("fault not json")
            << QStringList{QStringLiteral("--fault"), QStringLiteral("throttle")};
    }

    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        EmulatorProcess emulator;
        QString error;
        QVERIFY(!emulator.start(TestData::accounts(), arguments, &error));
        QCOMPARE(emulator.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorTls)
#include "tst_emulatortls.moc"
