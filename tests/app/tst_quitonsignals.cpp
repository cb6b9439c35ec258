// QuitOnSignals: SIGTERM, SIGINT and SIGHUP reach the event loop as a signal (so the app quits
// and clears the clipboard), and the previous handlers come back afterwards.
#include "quitonsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace MrAuth;

class TestQuitOnSignals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void relaysSignals_data();
    void relaysSignals();
    void restoresThePreviousHandler();
};

void TestQuitOnSignals::relaysSignals_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestQuitOnSignals::relaysSignals()
{
    QFETCH(int, signal);
    QuitOnSignals quitter;
    QVERIFY(quitter.isActive());
    QSignalSpy received(&quitter, &QuitOnSignals::signalReceived);
    QCOMPARE(::raise(signal), 0);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toInt(), signal);
}

namespace {
volatile std::sig_atomic_t previousCalled = 0;
extern "C" void previousHandler(int)
{
    previousCalled = 1;
}
} // namespace

void TestQuitOnSignals::restoresThePreviousHandler()
{
    std::signal(SIGHUP, previousHandler);
    {
        QuitOnSignals quitter;
        QSignalSpy received(&quitter, &QuitOnSignals::signalReceived);
        ::raise(SIGHUP);
        QVERIFY(received.wait(5000));
        QCOMPARE(int(previousCalled), 0);
    }
    ::raise(SIGHUP);
    QCOMPARE(int(previousCalled), 1);
    std::signal(SIGHUP, SIG_DFL);
}

QTEST_GUILESS_MAIN(TestQuitOnSignals)
#include "tst_quitonsignals.moc"
