// CommandLine::parse and the command table it reads: commands, options in every spelling,
// values checked against their choices, and usage errors that never echo a secret.
#include "commandline.h"
#include "commandtable.h"

#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

CommandLine parse(const QStringList &words)
{
    return CommandLine::parse(QStringList{QStringLiteral("mrauth")} + words);
}

} // namespace

class TestCliCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commands_data();
    void commands();
    void optionSpellings_data();
    void optionSpellings();
    void usageErrors_data();
    void usageErrors();
    void secretLookingOptionsAreRefusedWithoutTheirValue_data();
    void secretLookingOptionsAreRefusedWithoutTheirValue();
    void extraArgumentsAreNotEchoed();
    void helpAndVersionWinOverErrors();
    void doubleDashEndsOptions();
    void everyCommandOfTheTableParses();
};

void TestCliCommandLine::commands_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QStringList>("positionals");

    QTest::newRow("token") << QStringList{u"token"_s} << QStringList{u"token"_s} << QStringList();
    QTest::newRow("token NAME") << QStringList{u"token"_s, u"demo"_s} << QStringList{u"token"_s}
                                << QStringList{u"demo"_s};
    QTest::newRow("token named like a command")
        << QStringList{u"token"_s, u"accounts"_s} << QStringList{u"token"_s}
        << QStringList{u"accounts"_s};
    QTest::newRow("accounts list") << QStringList{u"accounts"_s, u"list"_s}
                                   << QStringList{u"accounts"_s, u"list"_s} << QStringList();
    QTest::newRow("accounts add NAME")
        << QStringList{u"accounts"_s, u"add"_s, u"list"_s} << QStringList{u"accounts"_s, u"add"_s}
        << QStringList{u"list"_s};
    QTest::newRow("options before the command")
        << QStringList{u"--quiet"_s, u"accounts"_s, u"-q"_s, u"show"_s, u"x"_s}
        << QStringList{u"accounts"_s, u"show"_s} << QStringList{u"x"_s};
    QTest::newRow("decode -") << QStringList{u"decode"_s, u"-"_s} << QStringList{u"decode"_s}
                              << QStringList{u"-"_s};
    QTest::newRow("completion fish") << QStringList{u"completion"_s, u"fish"_s}
                                     << QStringList{u"completion"_s} << QStringList{u"fish"_s};
    QTest::newRow("help accounts add")
        << QStringList{u"help"_s, u"accounts"_s, u"add"_s} << QStringList{u"help"_s}
        << QStringList{u"accounts"_s, u"add"_s};
}

void TestCliCommandLine::commands()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, path);
    QFETCH(QStringList, positionals);
    const CommandLine line = parse(words);
    QVERIFY2(!line.hasError(), qPrintable(line.error()));
    QCOMPARE(line.commandPath(), path);
    QCOMPARE(line.positionalArguments(), positionals);
}

void TestCliCommandLine::optionSpellings_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");

    QTest::newRow("--format json")
        << QStringList{u"token"_s, u"x"_s, u"--format"_s, u"json"_s} << u"format"_s << u"json"_s;
    QTest::newRow("--format=json")
        << QStringList{u"token"_s, u"x"_s, u"--format=json"_s} << u"format"_s << u"json"_s;
    QTest::newRow("-f json") << QStringList{u"token"_s, u"x"_s, u"-f"_s, u"json"_s} << u"format"_s
                             << u"json"_s;
    QTest::newRow("-fjson") << QStringList{u"token"_s, u"x"_s, u"-fjson"_s} << u"format"_s
                            << u"json"_s;
    QTest::newRow("last one wins")
        << QStringList{u"token"_s, u"x"_s, u"-f"_s, u"env"_s, u"--format"_s, u"curl"_s}
        << u"format"_s << u"curl"_s;
    QTest::newRow("flag") << QStringList{u"token"_s, u"x"_s, u"--copy"_s} << u"copy"_s << QString();
    QTest::newRow("flag cluster") << QStringList{u"token"_s, u"x"_s, u"-qh"_s} << u"quiet"_s
                                  << QString();
    QTest::newRow("empty value clears")
        << QStringList{u"accounts"_s, u"edit"_s, u"x"_s, u"--endpoint="_s} << u"endpoint"_s
        << QString();
    QTest::newRow("value that looks like an option")
        << QStringList{u"accounts"_s, u"add"_s, u"x"_s, u"--service-name"_s, u"-weird-"_s}
        << u"service-name"_s << u"-weird-"_s;
}

void TestCliCommandLine::optionSpellings()
{
    QFETCH(QStringList, words);
    QFETCH(QString, option);
    QFETCH(QString, value);
    const CommandLine line = parse(words);
    QVERIFY2(!line.hasError() || line.isHelpRequested(), qPrintable(line.error()));
    QVERIFY(line.isSet(option));
    QCOMPARE(line.value(option), value);
}

void TestCliCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing") << QStringList() << u"Name a command"_s;
    QTest::newRow("unknown command") << QStringList{u"tokn"_s} << u"'tokn' is not a command"_s;
    QTest::newRow("group alone") << QStringList{u"accounts"_s} << u"needs a command"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"accounts"_s, u"delete"_s, u"x"_s}
                                        << u"'delete' is not a command of 'mrauth accounts'"_s;
    QTest::newRow("unknown option")
        << QStringList{u"token"_s, u"--colour"_s} << u"'mrauth token' has no option --colour"_s;
    QTest::newRow("option of another command")
        << QStringList{u"decode"_s, u"--copy"_s} << u"has no option --copy"_s;
    QTest::newRow("unknown short option") << QStringList{u"token"_s, u"-z"_s} << u"no option -z"_s;
    QTest::newRow("missing value")
        << QStringList{u"token"_s, u"--format"_s} << u"--format needs a value"_s;
    QTest::newRow("bad choice") << QStringList{u"token"_s, u"--format"_s, u"yaml"_s}
                                << u"'yaml' is not a valid value for --format"_s;
    QTest::newRow("flag with a value")
        << QStringList{u"token"_s, u"--copy=yes"_s} << u"--copy takes no value"_s;
    QTest::newRow("missing NAME") << QStringList{u"accounts"_s, u"show"_s} << u"needs NAME"_s;
    QTest::newRow("no arguments taken")
        << QStringList{u"accounts"_s, u"list"_s, u"x"_s} << u"takes no arguments"_s;
    QTest::newRow("unknown shell")
        << QStringList{u"completion"_s, u"tcsh"_s} << u"'tcsh' is not one of"_s;
    QTest::newRow("bad region") << QStringList{u"accounts"_s, u"add"_s, u"x"_s, u"--region"_s,
                                               u"mars"_s}
                                << u"'mars' is not a valid value for --region"_s;
}

void TestCliCommandLine::usageErrors()
{
    QFETCH(QStringList, words);
    QFETCH(QString, expected);
    const CommandLine line = parse(words);
    QVERIFY(line.hasError());
    QVERIFY2(line.error().contains(expected), qPrintable(line.error()));
}

void TestCliCommandLine::secretLookingOptionsAreRefusedWithoutTheirValue_data()
{
    QTest::addColumn<QStringList>("words");
    const QString secret = QStringLiteral("c2VjcmV0LWtleS12YWx1ZQ==");
    QTest::newRow("--key VALUE") << QStringList{u"token"_s, u"--key"_s, secret};
    QTest::newRow("--key=VALUE") << QStringList{u"token"_s, u"--key="_s + secret};
    QTest::newRow("--client-secret") << QStringList{u"token"_s, u"--client-secret"_s, secret};
    QTest::newRow("--token") << QStringList{u"decode"_s, u"--token="_s + secret};
    QTest::newRow("--primary-key")
        << QStringList{u"accounts"_s, u"add"_s, u"x"_s, u"--primary-key"_s, secret};
}

void TestCliCommandLine::secretLookingOptionsAreRefusedWithoutTheirValue()
{
    QFETCH(QStringList, words);
    const CommandLine line = parse(words);
    QVERIFY(line.hasError());
    QVERIFY2(line.error().contains(QStringLiteral("never taken as arguments")),
             qPrintable(line.error()));
    QVERIFY2(line.error().contains(QStringLiteral("--key-stdin")), qPrintable(line.error()));
    QVERIFY(!line.error().contains(QStringLiteral("c2VjcmV0")));
}

void TestCliCommandLine::extraArgumentsAreNotEchoed()
{
    const CommandLine line = parse({u"token"_s, u"demo"_s, u"c2VjcmV0LWtleS12YWx1ZQ=="_s});
    QVERIFY(line.hasError());
    QVERIFY(!line.error().contains(QStringLiteral("c2VjcmV0")));
    QVERIFY2(line.error().contains(QStringLiteral("2 arguments")), qPrintable(line.error()));
}

void TestCliCommandLine::helpAndVersionWinOverErrors()
{
    CommandLine line = parse({u"token"_s, u"--format"_s, u"yaml"_s, u"--help"_s});
    QVERIFY(!line.hasError());
    QVERIFY(line.isHelpRequested());
    QCOMPARE(line.commandPath(), QStringList{u"token"_s});

    line = parse({u"accounts"_s, u"--help"_s});
    QVERIFY(!line.hasError());
    QCOMPARE(line.commandPath(), QStringList{u"accounts"_s});

    line = parse({u"--version"_s});
    QVERIFY(line.isVersionRequested());
    QVERIFY(!line.command());
    line = parse({u"-V"_s});
    QVERIFY(line.isVersionRequested());
}

void TestCliCommandLine::doubleDashEndsOptions()
{
    const CommandLine line = parse({u"decode"_s, u"--"_s, u"-not-an-option"_s});
    QVERIFY2(!line.hasError(), qPrintable(line.error()));
    QCOMPARE(line.positionalArguments(), QStringList{u"-not-an-option"_s});
}

void TestCliCommandLine::everyCommandOfTheTableParses()
{
    // Every option of every command, in its long form, is accepted by the parser: the table
    // is the parser's only source.
    for (const CliCommand &command : CommandTable::commands()) {
        QStringList words = command.path;
        if (command.isGroup())
            continue;
        for (int index = 0; index < command.minArguments; ++index)
            words.append(command.argumentChoices.value(0, QStringLiteral("x")));
        for (const CliOption &option : command.options) {
            if (option.name == QLatin1String("help"))
                continue;
            words.append(QStringLiteral("--") + option.name);
            if (option.takesValue())
                words.append(option.choices.value(0, QStringLiteral("v")));
        }
        const CommandLine line = parse(words);
        QVERIFY2(!line.hasError(), qPrintable(command.displayName() + u' ' + line.error()));
        QCOMPARE(line.commandPath(), command.path);
        for (const CliOption &option : command.options) {
            if (option.name != QLatin1String("help"))
                QVERIFY2(line.isSet(option.name), qPrintable(option.name));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "tst_clicommandline.moc"
