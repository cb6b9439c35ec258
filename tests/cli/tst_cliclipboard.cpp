// `mrauth token --copy`: the token reaches the real X11 clipboard (an Xvfb server of the
// test's own) with the password-manager hint, nothing is printed on stdout, the process stays
// until the clipboard is cleared (timeout, SIGTERM, or other content copied) and says so; and
// without a display it explains why copying is impossible, before any request is sent.
#include "cliprocess.h"
#include "xvfbserver.h"

#include <mrauth/jwt.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

const char *childVariable = "MRAUTH_CLIPBOARD_CHILD";

// The child process reads or sets the clipboard of the display it is given, as another
// program on the desktop would.
int clipboardChild(int argc, char **argv, const QByteArray &mode)
{
    qputenv("QT_QPA_PLATFORM", "xcb");
    QGuiApplication app(argc, argv);
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (mode == "read") {
        const QMimeData *mime = clipboard->mimeData(QClipboard::Clipboard);
        const QJsonObject json{
            {u"text"_s, mime ? mime->text() : QString()},
            {u"formats"_s, QJsonArray::fromStringList(mime ? mime->formats() : QStringList())}};
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }
    // "set": take the clipboard with other text and hold it for a while.
    clipboard->setText(u"something else"_s);
    std::fputs("set\n", stdout);
    std::fflush(stdout);
    QTimer::singleShot(4000, &app, &QCoreApplication::quit);
    return QGuiApplication::exec();
}

} // namespace

class TestCliClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void noDisplay();
    void platformWithoutClipboard();
    void unreachableDisplay();
    void copiesAndClearsAfterTimeout();
    void terminationClearsAtOnce();
    void otherContentEndsTheWait();
    void quietCopyOfAFormat();

private:
    std::unique_ptr<QProcess> startCopy(const CliProcess &cli, const QStringList &extra);
    //! Waits until \a process wrote \a text on stderr; returns everything it wrote.
    static QByteArray waitForStderr(QProcess *process, const QByteArray &text);
    QJsonObject readClipboard();
    void requireXvfb();

    EmulatorProcess m_emulator;
    XvfbServer m_xvfb;
};

void TestCliClipboard::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
    if (!XvfbServer::isInstalled())
        return; // the tests that need it skip and say why
    QVERIFY2(m_xvfb.start(&error), qPrintable(error));
}

void TestCliClipboard::cleanupTestCase()
{
    m_xvfb.stop();
}

void TestCliClipboard::init()
{
    QVERIFY(m_emulator.clearRequests());
}

void TestCliClipboard::requireXvfb()
{
    if (m_xvfb.display().isEmpty())
        QSKIP("Xvfb is not installed (apt-get install xvfb)");
}

std::unique_ptr<QProcess> TestCliClipboard::startCopy(const CliProcess &cli,
                                                      const QStringList &extra)
{
    return cli.start(QStringList{u"token"_s, u"--key-stdin"_s, u"--copy"_s} +
                         CliProcess::adHocOptions(0) + CliProcess::emulatorOptions(m_emulator) +
                         extra,
                     CliProcess::demoKey(0).toUtf8() + '\n');
}

QByteArray TestCliClipboard::waitForStderr(QProcess *process, const QByteArray &text)
{
    process->setReadChannel(QProcess::StandardError);
    // What is buffered already first: waitForReadyRead() only waits for data not yet read.
    QByteArray seen = process->readAllStandardError();
    while (!seen.contains(text) && process->waitForReadyRead(20000))
        seen += process->readAllStandardError();
    return seen;
}

QJsonObject TestCliClipboard::readClipboard()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), u"read"_s);
    environment.insert(u"DISPLAY"_s, m_xvfb.display());
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(20000))
        return {};
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

void TestCliClipboard::noDisplay()
{
    CliProcess cli; // no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM
    const std::unique_ptr<QProcess> process = startCopy(cli, {});
    const CliProcess::Result result = CliProcess::finish(process.get());
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.errText().startsWith(
                 u"mrauth: ClipboardUnavailable: There is no display to copy to: DISPLAY or "
                 "WAYLAND_DISPLAY is not set"_s),
             result.describe().constData());
    // Decided before anything else: no token was fetched for nothing.
    QCOMPARE(m_emulator.requests().size(), 0);
}

void TestCliClipboard::platformWithoutClipboard()
{
    CliProcess cli;
    cli.setVariable(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const CliProcess::Result result = CliProcess::finish(startCopy(cli, {}).get());
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QVERIFY2(result.errText().contains(u"The Qt platform 'offscreen' has no clipboard"_s),
             result.describe().constData());
}

void TestCliClipboard::unreachableDisplay()
{
    CliProcess cli;
    cli.setVariable(u"DISPLAY"_s, u":7311"_s); // no server there
    const CliProcess::Result result = CliProcess::finish(startCopy(cli, {}).get());
    QVERIFY2(result.exitCode == 1, result.describe().constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.errText().startsWith(u"mrauth: ClipboardUnavailable: Could not connect to "
                                         "the display (DISPLAY=:7311)"_s),
             result.describe().constData());
}

void TestCliClipboard::copiesAndClearsAfterTimeout()
{
    requireXvfb();
    CliProcess cli;
    cli.setVariable(u"DISPLAY"_s, m_xvfb.display());
    const std::unique_ptr<QProcess> process = startCopy(cli, {u"--clear-after"_s, u"2"_s});
    const QByteArray notice = waitForStderr(process.get(), "Copied to the clipboard");
    QVERIFY2(notice.contains("cleared in 2 s"), notice.constData());
    QVERIFY2(notice.contains("keeps running"), notice.constData());
    QCOMPARE(process->state(), QProcess::Running);

    const QJsonObject clipboard = readClipboard();
    const QString token = clipboard.value(u"text"_s).toString();
    QVERIFY2(Jwt::decode(token).isValid(), qPrintable(token));
    QCOMPARE(Jwt::decode(token).claims().value(u"aid"_s).toString(), CliProcess::demoAccountId(0));
    QVERIFY(clipboard.value(u"formats"_s).toArray().contains(u"x-kde-passwordManagerHint"_s));

    const CliProcess::Result result = CliProcess::finish(process.get(), 30000);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.errText().contains(u"Clipboard cleared."_s), result.describe().constData());
    QCOMPARE(readClipboard().value(u"text"_s).toString(), QString());
}

void TestCliClipboard::terminationClearsAtOnce()
{
    requireXvfb();
    CliProcess cli;
    cli.setVariable(u"DISPLAY"_s, m_xvfb.display());
    const std::unique_ptr<QProcess> process = startCopy(cli, {u"--clear-after"_s, u"600"_s});
    QVERIFY(waitForStderr(process.get(), "Copied to the clipboard").contains("600 s"));
    QVERIFY(!readClipboard().value(u"text"_s).toString().isEmpty());
    process->terminate(); // SIGTERM, as Ctrl+C's SIGINT
    const CliProcess::Result result = CliProcess::finish(process.get(), 20000);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.errText().contains(u"Interrupted: clipboard cleared."_s),
             result.describe().constData());
    QCOMPARE(readClipboard().value(u"text"_s).toString(), QString());
}

void TestCliClipboard::otherContentEndsTheWait()
{
    requireXvfb();
    CliProcess cli;
    cli.setVariable(u"DISPLAY"_s, m_xvfb.display());
    // 0: no timeout, the wait ends when something else is copied.
    const std::unique_ptr<QProcess> process = startCopy(cli, {u"--clear-after"_s, u"0"_s});
    QVERIFY(waitForStderr(process.get(), "Copied to the clipboard").contains("until something"));

    QProcess other;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), u"set"_s);
    environment.insert(u"DISPLAY"_s, m_xvfb.display());
    other.setProcessEnvironment(environment);
    other.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(other.waitForReadyRead(20000));

    const CliProcess::Result result = CliProcess::finish(process.get(), 20000);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY2(result.errText().contains(u"nothing is left to clear"_s),
             result.describe().constData());
    QCOMPARE(readClipboard().value(u"text"_s).toString(), u"something else"_s);
    other.waitForFinished(20000);
}

void TestCliClipboard::quietCopyOfAFormat()
{
    requireXvfb();
    CliProcess cli;
    cli.setVariable(u"DISPLAY"_s, m_xvfb.display());
    const std::unique_ptr<QProcess> process =
        startCopy(cli, {u"--clear-after"_s, u"1"_s, u"--format"_s, u"header"_s, u"--quiet"_s});
    QTRY_VERIFY_WITH_TIMEOUT(
        readClipboard().value(u"text"_s).toString().startsWith(u"Authorization: Bearer ey"_s) ||
            process->state() != QProcess::Running,
        20000);
    const CliProcess::Result result = CliProcess::finish(process.get(), 20000);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
}

int main(int argc, char **argv)
{
    const QByteArray mode = qgetenv(childVariable);
    if (!mode.isEmpty())
        return clipboardChild(argc, argv, mode);
    QCoreApplication app(argc, argv);
    TestCliClipboard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cliclipboard.moc"
