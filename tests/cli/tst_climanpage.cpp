// The mrauth(1) manual page generated from the command table: troff escaping, paragraphs and
// literal blocks from the help texts, every command and option in the page, and groff
// rendering it with every warning on.
#include "commandtable.h"
#include "manpage.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace MrAuth;

class TestCliManPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void escape_data();
    void escape();
    void paragraphs_data();
    void paragraphs();
    void everyCommandAndOption();
    void header();
    void groffRendersWithoutWarnings();
};

void TestCliManPage::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("token") << QStringLiteral("token");
    QTest::newRow("minus") << QStringLiteral("--key-stdin") << QStringLiteral("\\-\\-key\\-stdin");
    QTest::newRow("backslash") << QStringLiteral("a \\ b") << QStringLiteral("a \\e b");
    QTest::newRow("printf") << QStringLiteral("printf '%s\\n'")
                            << QStringLiteral("printf '%s\\en'");
    QTest::newRow("leading dot") << QStringLiteral(".default scope")
                                 << QStringLiteral("\\&.default scope");
    QTest::newRow("leading quote") << QStringLiteral("'x' is") << QStringLiteral("\\&'x' is");
    QTest::newRow("dot on a later line") << QStringLiteral("a\n.b") << QStringLiteral("a\n\\&.b");
    QTest::newRow("inner dot") << QStringLiteral("sts.example") << QStringLiteral("sts.example");
    QTest::newRow("ellipsis") << QStringLiteral("wait\u2026") << QStringLiteral("wait\\[u2026]");
    QTest::newRow("e acute") << QStringLiteral("caf\u00e9") << QStringLiteral("caf\\[u00E9]");
}

void TestCliManPage::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ManPage::escape(text), escaped);
}

void TestCliManPage::paragraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("troff");
    QTest::newRow("one paragraph")
        << QStringLiteral("first line\nsecond line") << QStringLiteral("first line\nsecond line\n");
    QTest::newRow("two paragraphs")
        << QStringLiteral("one\n\ntwo") << QStringLiteral("one\n.PP\ntwo\n");
    QTest::newRow("literal block")
        << QStringLiteral("Examples:\n  mrauth token x\n  mrauth decode -\nafter")
        << QStringLiteral("Examples:\n.RS 2\n.nf\nmrauth token x\nmrauth decode \\-\n.fi\n"
                          ".RE\nafter\n");
    QTest::newRow("literal block then blank")
        << QStringLiteral("Codes:\n  0  ok\n\nnext")
        << QStringLiteral("Codes:\n.RS 2\n.nf\n0  ok\n.fi\n.RE\n.PP\nnext\n");
    QTest::newRow("literal block at the end")
        << QStringLiteral("  a") << QStringLiteral(".RS 2\n.nf\na\n.fi\n.RE\n");
}

void TestCliManPage::paragraphs()
{
    QFETCH(QString, text);
    QFETCH(QString, troff);
    QCOMPARE(ManPage::paragraphs(text), troff);
}

void TestCliManPage::everyCommandAndOption()
{
    const QString page = ManPage::mrauth(QStringLiteral("1.2.3"), QStringLiteral("2026-11-28"));
    for (const CliCommand &command : CommandTable::commands()) {
        const QString heading =
            QStringLiteral(".SS \"") + ManPage::escape(command.displayName()) +
            (command.arguments.isEmpty() ? QString() : u' ' + ManPage::escape(command.arguments)) +
            u'"';
        QVERIFY2(page.contains(heading), qPrintable(heading));
        for (const CliOption &option : command.options) {
            const QString spelling = QStringLiteral("\\fB\\-\\-") + ManPage::escape(option.name) +
                                     QStringLiteral("\\fR");
            QVERIFY2(page.contains(spelling),
                     qPrintable(command.displayName() + u' ' + option.name));
            QVERIFY(page.contains(ManPage::escape(option.translatedDescription())));
        }
        if (command.details)
            QVERIFY(page.contains(ManPage::paragraphs(command.translatedDetails())));
    }
    for (const CliOption &option : CommandTable::programOptions())
        QVERIFY(page.contains(QStringLiteral("\\-\\-") + ManPage::escape(option.name)));
    // Every exit code of --help, as a tagged paragraph.
    for (int code = 0; code <= 8; ++code)
        QVERIFY2(page.contains(QStringLiteral(".TP\n.B %1\n").arg(code)),
                 qPrintable(QString::number(code)));
}

void TestCliManPage::header()
{
    const QString page = ManPage::mrauth(QStringLiteral("1.2.3"), QStringLiteral("2026-11-28"));
    QVERIFY(page.contains(
        QStringLiteral("\n.TH MRAUTH 1 \"2026-11-28\" \"mrauth 1.2.3\" \"User Commands\"\n")));
    QVERIFY(page.contains(QStringLiteral("\n.SH NAME\nmrauth \\- ")));
    for (const char *section :
         {"SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS", "FILES", "SEE ALSO"})
        QVERIFY2(page.contains(QStringLiteral("\n.SH ") + QLatin1String(section) + u'\n'), section);
}

void TestCliManPage::groffRendersWithoutWarnings()
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed (groff-base)");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                          QStringLiteral("-rLL=80n"),
                          // Plain text: no bold or underlining to search through.
                          QStringLiteral("-P-cbou")});
    QVERIFY(process.waitForStarted());
    process.write(ManPage::mrauth(QStringLiteral("1.2.3"), QStringLiteral("2026-11-28")).toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
    QCOMPARE(process.exitCode(), 0);
    const QString rendered = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(rendered.contains(QStringLiteral("mrauth accounts add NAME")));
    QVERIFY(rendered.contains(QStringLiteral("--client-secret-stdin")));
}

QTEST_GUILESS_MAIN(TestCliManPage)
#include "tst_climanpage.moc"
