// SecureClipboard: the token and the password-manager hint on the clipboard, the clear after
// the timeout only while the clipboard still holds our text, and the clear on quit.
#include "secureclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;
using namespace std::chrono_literals;

namespace {
const QString token = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE2MTA4OTg2NTB9.c2ln");
}

class TestSecureClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void copyPutsTheTextAndTheHint();
    void mimeDataOfThePlatform();
    void clearsAfterTheTimeout();
    void leavesOtherTextAlone();
    void neverClearsWithoutTimeout();
    void clearsOnQuitAndDestruction();
};

void TestSecureClipboard::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QGuiApplication::clipboard()->clear();
}

void TestSecureClipboard::copyPutsTheTextAndTheHint()
{
    SecureClipboard clipboard;
    QSignalSpy copied(&clipboard, &SecureClipboard::copied);
    clipboard.copySecret(token);
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().first().toInt(), 30);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QCOMPARE(data->text(), token);
    QCOMPARE(data->data(SecureClipboard::passwordManagerHintFormat()), QByteArray("secret"));
    QVERIFY(clipboard.holdsOurText());
    QCOMPARE(clipboard.secondsLeft(), 30);
    clipboard.clear();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestSecureClipboard::mimeDataOfThePlatform()
{
    std::unique_ptr<QMimeData> data(SecureClipboard::createSecretMimeData(token));
    QCOMPARE(data->text(), token);
#if defined(Q_OS_MACOS)
    QVERIFY(data->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
#elif defined(Q_OS_WIN)
    QVERIFY(data->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
#else
    QCOMPARE(data->formats(), (QStringList{QStringLiteral("text/plain"),
                                           QStringLiteral("x-kde-passwordManagerHint")}));
#endif
}

void TestSecureClipboard::clearsAfterTheTimeout()
{
    SecureClipboard clipboard;
    clipboard.setClearTimeout(2s);
    QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    clipboard.copySecret(token);
    QVERIFY(cleared.wait(10000));
    QCOMPARE(cleared.size(), 1);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(!data || !data->hasFormat(SecureClipboard::passwordManagerHintFormat()));
    QList<int> seconds;
    for (const auto &signal : std::as_const(countdown))
        seconds << signal.first().toInt();
    QCOMPARE(seconds, (QList<int>{2, 1, 0}));
    QVERIFY(!clipboard.holdsOurText());
}

void TestSecureClipboard::leavesOtherTextAlone()
{
    SecureClipboard clipboard;
    clipboard.setClearTimeout(1s);
    QSignalSpy released(&clipboard, &SecureClipboard::released);
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    clipboard.copySecret(token);
    // The user copies something else before the timeout.
    QGuiApplication::clipboard()->setText(QStringLiteral("my own text"));
    QTRY_COMPARE(released.size(), 1);
    QCOMPARE(clipboard.secondsLeft(), 0);
    // Past the timeout, the user's text is still there.
    QTest::qWait(1500);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("my own text"));
    clipboard.clear();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("my own text"));
}

void TestSecureClipboard::neverClearsWithoutTimeout()
{
    SecureClipboard clipboard;
    clipboard.setClearTimeout(0s);
    QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
    clipboard.copySecret(token);
    QCOMPARE(clipboard.secondsLeft(), 0);
    QVERIFY(!countdown.wait(1500));
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
}

void TestSecureClipboard::clearsOnQuitAndDestruction()
{
    {
        SecureClipboard clipboard;
        clipboard.copySecret(token);
        QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
        // What QCoreApplication::exec() emits when the app quits (the signal is private).
        QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));
        QCOMPARE(cleared.size(), 1);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
    {
        SecureClipboard clipboard;
        clipboard.copySecret(token);
    }
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TestSecureClipboard)
#include "tst_secureclipboard.moc"
