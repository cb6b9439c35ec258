// The help texts and the bash, zsh and fish completion scripts, all generated from the one
// command table: every command and option appears in each, the scripts are valid for their
// shells, and bash and fish really complete commands, options, values and account names.
#include "accountstore.h"
#include "commandtable.h"
#include "completionscript.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

struct ShellResult
{
    bool ran = false;
    int exitCode = -1;
    QString out;
    QString err;
};

ShellResult
runShell(const QString &shell, const QStringList &arguments,
         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    ShellResult result;
    const QString program = QStandardPaths::findExecutable(shell);
    if (program.isEmpty())
        return result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.ran = true;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString mrauthPath()
{
    return QStringLiteral(MRAUTH_CLI_PATH);
}

} // namespace

class TestCliCompletion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpOfEveryCommand();
    void helpFitsEightyColumns();
    void programHelpListsEveryCommand();
    void scriptsNameEveryCommandAndOption_data();
    void scriptsNameEveryCommandAndOption();
    void scriptsAreValidForTheirShell_data();
    void scriptsAreValidForTheirShell();
    void bashCompletes_data();
    void bashCompletes();
    void fishCompletes_data();
    void fishCompletes();
    void binaryPrintsTheSameScripts();

private:
    QString writeScript(const QString &shell);
    QProcessEnvironment environmentWithAccounts() const;

    QTemporaryDir m_directory;
};

void TestCliCompletion::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // Two stored accounts (metadata only) for name completion; one name has a space.
    QStandardPaths::setTestModeEnabled(false);
    AccountStore store(m_directory.filePath(u"data/mrauth/accounts.json"_s));
    store.setWatching(false);
    store.load();
    for (const QString &name : {u"anchors"_s, u"my rendering"_s}) {
        Account account = Account::create();
        account.setDisplayName(name);
        account.setAccountId(u"87e9abb1-79b9-4502-bbae-cfae8c610f23"_s);
        account.setAccountDomain(u"eastus.mixedreality.azure.com"_s);
        QVERIFY(store.add(account));
    }
}

QProcessEnvironment TestCliCompletion::environmentWithAccounts() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_directory.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_directory.filePath(u"config"_s));
    environment.insert(u"HOME"_s, m_directory.path());
    return environment;
}

QString TestCliCompletion::writeScript(const QString &shell)
{
    QString path = m_directory.filePath(u"mrauth."_s + shell);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(CompletionScript::forShell(shell).toUtf8());
    return path;
}

void TestCliCompletion::helpOfEveryCommand()
{
    for (const CliCommand &command : CommandTable::commands()) {
        const QString help = CommandTable::commandHelp(command);
        QVERIFY2(help.startsWith(u"Usage: "_s + command.displayName()), qPrintable(help));
        QVERIFY(help.contains(command.translatedSummary()));
        for (const CliOption &option : command.options) {
            QVERIFY2(help.contains(u"--"_s + option.name),
                     qPrintable(command.displayName() + u" --"_s + option.name));
            QVERIFY(!option.translatedDescription().isEmpty());
        }
        for (const QString &sub : command.subcommands)
            QVERIFY(help.contains(u"  "_s + sub));
    }
    // The contract's exit codes are documented where scripts look.
    const QString token = CommandTable::commandHelp(*CommandTable::find({u"token"_s}));
    const QString program = CommandTable::programHelp(u"1.0.0"_s);
    for (const QString &text :
         {u"  0  success"_s, u"  2  usage"_s,
          u"  3  authentication rejected (HTTP 400, 401, 403)"_s,
          u"  4  account not found (HTTP 404"_s, u"  5  network, TLS or timeout"_s,
          u"  6  invalid response"_s, u"  7  keychain unavailable"_s, u"  1  anything else"_s}) {
        QVERIFY2(token.contains(text), qPrintable(text));
        QVERIFY2(program.contains(text), qPrintable(text));
    }
    QVERIFY(program.contains(u"  8  'decode --check'"_s));
    QVERIFY(CommandTable::commandHelp(*CommandTable::find({u"decode"_s})).contains(u"exits 8"_s));
}

void TestCliCompletion::helpFitsEightyColumns()
{
    QStringList texts{CommandTable::programHelp(u"1.0.0"_s)};
    for (const CliCommand &command : CommandTable::commands())
        texts.append(CommandTable::commandHelp(command));
    for (const QString &text : std::as_const(texts)) {
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }
}

void TestCliCompletion::programHelpListsEveryCommand()
{
    const QString help = CommandTable::programHelp(u"1.0.0"_s);
    for (const CliCommand &command : CommandTable::commands()) {
        if (!command.isGroup())
            QVERIFY2(help.contains(u"  "_s + command.path.join(u' ')),
                     qPrintable(command.displayName()));
    }
    QVERIFY(help.contains(u"--version"_s));
}

void TestCliCompletion::scriptsNameEveryCommandAndOption_data()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("bash") << u"bash"_s;
    QTest::newRow("zsh") << u"zsh"_s;
    QTest::newRow("fish") << u"fish"_s;
}

void TestCliCompletion::scriptsNameEveryCommandAndOption()
{
    QFETCH(QString, shell);
    const QString script = CompletionScript::forShell(shell);
    QVERIFY(!script.isEmpty());
    for (const CliCommand &command : CommandTable::commands()) {
        QVERIFY2(script.contains(command.path.constLast()), qPrintable(command.displayName()));
        for (const CliOption &option : command.options) {
            const QString spelling =
                shell == QLatin1String("fish") ? u"-l "_s + option.name : u"--"_s + option.name;
            QVERIFY2(script.contains(spelling),
                     qPrintable(command.displayName() + u' ' + spelling));
            for (const QString &choice : option.choices)
                QVERIFY2(script.contains(choice), qPrintable(choice));
        }
    }
    QVERIFY(script.contains(u"accounts list --format names"_s));
    QVERIFY(CompletionScript::forShell(u"tcsh"_s).isEmpty());
}

void TestCliCompletion::scriptsAreValidForTheirShell_data()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("bash") << u"bash"_s;
    QTest::newRow("zsh") << u"zsh"_s;
    QTest::newRow("fish") << u"fish"_s;
}

void TestCliCompletion::scriptsAreValidForTheirShell()
{
    QFETCH(QString, shell);
    if (QStandardPaths::findExecutable(shell).isEmpty()) {
        if (shell == QLatin1String("bash"))
            QFAIL("bash is missing");
        QSKIP(qPrintable(shell + u" is not installed (apt-get install "_s + shell + u')'));
    }
    const QString path = writeScript(shell);
    QVERIFY(!path.isEmpty());
    const ShellResult result = runShell(shell, {u"-n"_s, path});
    QVERIFY(result.ran);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    if (shell == QLatin1String("zsh")) {
        // Loading it in an interactive-less zsh with compinit defines the functions.
        const ShellResult loaded =
            runShell(shell, {u"-f"_s, u"-c"_s,
                             u"autoload -U compinit && compinit -u -D && source "_s + path +
                                 u" && whence -w _mrauth _mrauth_token _mrauth_accounts_add"_s});
        QVERIFY(loaded.ran);
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err + loaded.out));
        QVERIFY2(loaded.out.contains(u"_mrauth_accounts_add: function"_s), qPrintable(loaded.out));
    }
}

void TestCliCompletion::bashCompletes_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");

    QTest::newRow("commands") << QStringList{u""_s}
                              << QStringList{u"token"_s, u"accounts"_s, u"decode"_s,
                                             u"completion"_s, u"help"_s}
                              << QStringList{u"list"_s};
    QTest::newRow("subcommands") << QStringList{u"accounts"_s, u"re"_s} << QStringList{u"remove"_s}
                                 << QStringList{u"list"_s};
    QTest::newRow("token options") << QStringList{u"token"_s, u"--fo"_s}
                                   << QStringList{u"--format"_s} << QStringList{u"--check"_s};
    QTest::newRow("format values")
        << QStringList{u"token"_s, u"--format"_s, u""_s}
        << QStringList{u"token"_s, u"json"_s, u"header"_s, u"env"_s, u"curl"_s}
        << QStringList{u"table"_s};
    QTest::newRow("format values after =")
        << QStringList{u"accounts"_s, u"list"_s, u"--format"_s, u"="_s, u"n"_s}
        << QStringList{u"names"_s} << QStringList{u"json"_s};
    QTest::newRow("value skipped when finding the command")
        << QStringList{u"--quiet"_s, u"token"_s, u"-f"_s, u"json"_s, u"--"_s}
        << QStringList{u"--copy"_s} << QStringList();
    QTest::newRow("account names")
        << QStringList{u"token"_s, u""_s} << QStringList{u"anchors"_s, u"my\\ rendering"_s}
        << QStringList();
    QTest::newRow("account names with a prefix")
        << QStringList{u"accounts"_s, u"edit"_s, u"my"_s} << QStringList{u"my\\ rendering"_s}
        << QStringList{u"anchors"_s};
    QTest::newRow("one NAME only") << QStringList{u"token"_s, u"anchors"_s, u""_s} << QStringList()
                                   << QStringList{u"anchors"_s};
    QTest::newRow("shells") << QStringList{u"completion"_s, u""_s}
                            << QStringList{u"bash"_s, u"zsh"_s, u"fish"_s} << QStringList();
    QTest::newRow("key slot") << QStringList{u"token"_s, u"x"_s, u"--key-slot"_s, u"s"_s}
                              << QStringList{u"secondary"_s} << QStringList{u"primary"_s};
}

void TestCliCompletion::bashCompletes()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    const QString path = writeScript(u"bash"_s);
    QStringList quoted{u"'"_s + mrauthPath() + u"'"_s};
    for (const QString &word : std::as_const(words))
        quoted.append(u"'"_s + word + u"'"_s);
    const QString command = u"source '"_s + path + u"'; COMP_WORDS=("_s + quoted.join(u' ') +
                            u"); COMP_CWORD="_s + QString::number(words.size()) +
                            u"; _mrauth; printf '%s\\n' \"${COMPREPLY[@]}\""_s;
    const ShellResult result =
        runShell(u"bash"_s, {u"--norc"_s, u"-c"_s, command}, environmentWithAccounts());
    QVERIFY(result.ran);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList offered = result.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &word : expected)
        QVERIFY2(offered.contains(word), qPrintable(word + u" not in "_s + offered.join(u',')));
    for (const QString &word : unexpected)
        QVERIFY2(!offered.contains(word), qPrintable(word + u" in "_s + offered.join(u',')));
}

void TestCliCompletion::fishCompletes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    QTest::newRow("commands") << u"mrauth "_s << QStringList{u"token"_s, u"accounts"_s}
                              << QStringList{u"list"_s};
    QTest::newRow("subcommands") << u"mrauth accounts "_s
                                 << QStringList{u"list"_s, u"add"_s, u"remove"_s}
                                 << QStringList{u"token"_s};
    QTest::newRow("options") << u"mrauth accounts add x --key-"_s
                             << QStringList{u"--key-stdin"_s, u"--key-slot"_s}
                             << QStringList{u"--copy"_s};
    QTest::newRow("values") << u"mrauth token -f "_s << QStringList{u"curl"_s, u"env"_s}
                            << QStringList{u"names"_s};
    QTest::newRow("account names") << u"mrauth accounts show "_s
                                   << QStringList{u"anchors"_s, u"my rendering"_s} << QStringList();
}

void TestCliCompletion::fishCompletes()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    if (QStandardPaths::findExecutable(u"fish"_s).isEmpty())
        QSKIP("fish is not installed (apt-get install fish)");
    const QString path = writeScript(u"fish"_s);
    // `complete -C` runs the conditions as fish would on Tab; the program is the built one.
    const QString wrapper = m_directory.filePath(u"bin"_s);
    QDir().mkpath(wrapper);
    QFile::remove(wrapper + u"/mrauth"_s);
    QVERIFY(QFile::link(mrauthPath(), wrapper + u"/mrauth"_s));
    QProcessEnvironment environment = environmentWithAccounts();
    environment.insert(u"PATH"_s, wrapper + u':' + environment.value(u"PATH"_s));
    const ShellResult result = runShell(
        u"fish"_s,
        {u"--no-config"_s, u"-c"_s, u"source '"_s + path + u"'; complete -C '"_s + line + u"'"_s},
        environment);
    QVERIFY(result.ran);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QStringList offered;
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &entry : lines)
        offered.append(entry.section(u'\t', 0, 0));
    for (const QString &word : expected)
        QVERIFY2(offered.contains(word), qPrintable(word + u" not in "_s + offered.join(u',')));
    for (const QString &word : unexpected)
        QVERIFY2(!offered.contains(word), qPrintable(word + u" in "_s + offered.join(u',')));
}

void TestCliCompletion::binaryPrintsTheSameScripts()
{
    for (const QString &shell : {u"bash"_s, u"zsh"_s, u"fish"_s}) {
        QProcess process;
        process.start(mrauthPath(), {u"completion"_s, shell});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
                 CompletionScript::forShell(shell));
    }
}

QTEST_GUILESS_MAIN(TestCliCompletion)
#include "tst_clicompletion.moc"
