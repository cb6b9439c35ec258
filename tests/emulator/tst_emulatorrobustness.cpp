#include "emulatorprocess.h"
#include "emulatortestdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <sys/resource.h>

using namespace MrAuth;

// Malformed requests, oversized headers, slow partial requests and 1,000 concurrent
// connections: the emulator answers or closes, stays bounded in memory, never crashes, and
// keeps serving other clients.
class TestEmulatorRobustness : public QObject
{
    Q_OBJECT

private:
    EmulatorProcess m_emulator;

    std::unique_ptr<QSslSocket> connectTls()
    {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(m_emulator.sslConfiguration());
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                       quint16(m_emulator.url().port()));
        if (!socket->waitForEncrypted(10000))
            return {};
        return socket;
    }

    // Sends \a bytes on a new connection and returns all that came back until the server
    // closed the connection.
    QByteArray sendUntilClosed(const QByteArray &bytes)
    {
        std::unique_ptr<QSslSocket> socket = connectTls();
        if (!socket)
            return "no connection";
        socket->write(bytes);
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        while (socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 10000) {
            socket->waitForReadyRead(100);
            received += socket->readAll();
        }
        received += socket->readAll();
        return received;
    }

    bool stillServing()
    {
        return m_emulator
                   .get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}})
                   .status == 200;
    }

    static qint64 residentKilobytes(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
        return -1;
    }

private Q_SLOTS:
    // Any Qt warning (TLS, sockets, JSON) is a failure.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void initTestCase()
    {
        // 1,000 client sockets in this process, as many in the emulator.
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        if (limit.rlim_cur < 4096 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
            QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
        }
        if (limit.rlim_cur < 2100)
            QSKIP("RLIMIT_NOFILE is too low for 1,000 connections");
        QString error;
        QVERIFY2(m_emulator.start(TestData::accounts(),
                                  {QStringLiteral("--request-timeout-ms"), QStringLiteral("1000")},
                                  &error),
                 qPrintable(error));
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("binary") << QByteArrayLiteral("\x01\x02\x03\x04 \xff\xfe HTTP/1.1\r\n\r\n")
                                << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("http/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n")
                                  << QByteArray("HTTP/1.1 505 ");
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : 127.0.0.1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("bad content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12x\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("two content-lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("negative content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
            << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("chunked")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << QByteArray("HTTP/1.1 501 ");
        QTest::newRow("huge body")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 100000000\r\n\r\n")
            << QByteArray("HTTP/1.1 413 ");
        QTest::newRow("relative target")
            << QByteArray("GET foo HTTP/1.1\r\n\r\n") << QByteArray("HTTP/1.1 400 ");
        QTest::newRow("oversized header")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n")
            << QByteArray("HTTP/1.1 431 ");
        QByteArray manyHeaders = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 150; ++i)
            manyHeaders += "X-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << manyHeaders + "\r\n" << QByteArray("HTTP/1.1 431 ");
        QTest::newRow("endless header line")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(40000, 'b'))
            << QByteArray("HTTP/1.1 431 ");
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        const QByteArray answer = sendUntilClosed(request);
        QVERIFY2(answer.startsWith(statusLine), answer.left(200).constData());
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(stillServing());
    }

    void keepAliveAndPipelining()
    {
        std::unique_ptr<QSslSocket> socket = connectTls();
        QVERIFY(socket);
        const QByteArray request = "GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        socket->write(request + request + request);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket->readAll()).count("HTTP/1.1 200 OK") == 3,
                                 10000);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        // HTTP/1.0 without keep-alive closes after the answer.
        QVERIFY(sendUntilClosed("GET /_emulator/health HTTP/1.0\r\n\r\n")
                    .startsWith("HTTP/1.1 200 OK"));
    }

    void slowPartialRequest()
    {
        std::unique_ptr<QSslSocket> slow = connectTls();
        QVERIFY(slow);
        QElapsedTimer clock;
        clock.start();
        slow->write("GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        // A slowloris drips a byte now and then: the deadline is per request, not per byte.
        QTimer drip;
        connect(&drip, &QTimer::timeout, slow.get(), [&slow] { slow->write("X"); });
        drip.start(100);
        // Meanwhile others are served.
        QVERIFY(stillServing());
        QSignalSpy closed(slow.get(), &QSslSocket::disconnected);
        QVERIFY(closed.wait(10000));
        drip.stop();
        QVERIFY(slow->readAll().startsWith("HTTP/1.1 408 "));
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY(stillServing());
    }

    void plainTextOnTlsPort()
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_emulator.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(10000));
        QVERIFY(stillServing());
    }

    void thousandConcurrentConnections()
    {
        const qint64 pid = m_emulator.processId();
        const qint64 before = residentKilobytes(pid);
        QVERIFY(before > 0);
        constexpr int count = 1000;
        std::vector<std::unique_ptr<QSslSocket>> sockets;
        sockets.reserve(count);
        int encrypted = 0;
        int failed = 0;
        QString lastError;
        const QSslConfiguration configuration = m_emulator.sslConfiguration();
        for (int i = 0; i < count; ++i) {
            auto socket = std::make_unique<QSslSocket>();
            socket->setSslConfiguration(configuration);
            connect(socket.get(), &QSslSocket::encrypted, this, [&encrypted] { ++encrypted; });
            QSslSocket *raw = socket.get();
            connect(raw, &QSslSocket::errorOccurred, this, [&failed, &lastError, raw] {
                ++failed;
                lastError = raw->errorString();
            });
            socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                           quint16(m_emulator.url().port()));
            sockets.push_back(std::move(socket));
            // Let the handshakes started so far go on while more sockets are made.
            if (i % 50 == 49)
                QCoreApplication::processEvents();
        }
        QTRY_VERIFY2_WITH_TIMEOUT(encrypted + failed == count, qPrintable(lastError), 60000);
        QVERIFY2(failed == 0, qPrintable(lastError));
        const auto openConnections = [this] {
            return m_emulator.health().value(QStringLiteral("connections")).toInt();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(openConnections() > count,
                                  QByteArray::number(openConnections()).constData(), 10000);

        // Every connection asks for a token; all are answered while the others stay open.
        const QByteArray request =
            "GET " + TestData::tokenPath().toLatin1() +
            " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + TestData::keyAuthorization() +
            "\r\n\r\n";
        int answered = 0;
        for (auto &socket : sockets) {
            QSslSocket *raw = socket.get();
            connect(raw, &QSslSocket::readyRead, this, [raw, &answered] {
                if (raw->property("done").toBool())
                    return;
                const QByteArray data = raw->property("data").toByteArray() + raw->readAll();
                raw->setProperty("data", data);
                if (data.startsWith("HTTP/1.1 200 OK") && data.contains("\"}")) {
                    raw->setProperty("done", true);
                    ++answered;
                }
            });
            raw->write(request);
        }
        QVERIFY(stillServing());
        QTRY_COMPARE_WITH_TIMEOUT(answered, count, 60000);
        const qint64 during = residentKilobytes(pid);
        QVERIFY(stillServing());
        sockets.clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_emulator.health().value(QStringLiteral("connections")).toInt() <= 2, 10000);
        // Bounded: far below what unbounded buffering per connection would take.
        const qint64 grownKilobytes = during - before;
        qInfo("emulator RSS %lld KiB before, %lld KiB with %d connections", before, during, count);
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer's redzones and quarantine multiply every allocation.
        constexpr qint64 boundKilobytes = 1024 * 1024;
#else
        constexpr qint64 boundKilobytes = 200 * 1024;
#endif
        QVERIFY2(grownKilobytes < boundKilobytes, QByteArray::number(grownKilobytes).constData());
        QVERIFY(m_emulator.isRunning());
    }

    void httpRefusedOnNonLoopbackHost()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY(!emulator.start(
            TestData::accounts(),
            {QStringLiteral("--http"), QStringLiteral("--host"), QStringLiteral("0.0.0.0")},
            &error));
        QVERIFY2(error.contains(QStringLiteral("loopback")), qPrintable(error));
        QCOMPARE(emulator.exitCode(), 2);
    }

    void httpOnLoopback()
    {
        EmulatorProcess emulator;
        QString error;
        QVERIFY2(emulator.start(TestData::accounts(), {QStringLiteral("--http")}, &error),
                 qPrintable(error));
        QCOMPARE(emulator.url().scheme(), QStringLiteral("http"));
        QVERIFY(emulator.caCertificatePath().isEmpty());
        QCOMPARE(
            emulator.get(TestData::tokenPath(), {{"Authorization", TestData::keyAuthorization()}})
                .status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorRobustness)
#include "tst_emulatorrobustness.moc"
