#include "manpage.h"

#include "commandtable.h"

#include <QStringList>

namespace MrAuth {

namespace {

// "\fB\-f\fR, \fB\-\-format\fR \fIFORMAT\fR": the .TP label of an option.
QString optionLabel(const CliOption &option)
{
    QString label;
    if (!option.shortName.isNull())
        label += QStringLiteral("\\fB\\-") + ManPage::escape(QString(option.shortName)) +
                 QStringLiteral("\\fR, ");
    label += QStringLiteral("\\fB\\-\\-") + ManPage::escape(option.name) + QStringLiteral("\\fR");
    if (option.takesValue())
        label +=
            QStringLiteral(" \\fI") + ManPage::escape(option.valueName) + QStringLiteral("\\fR");
    return label;
}

QString optionList(const QList<CliOption> &options, const QStringList &skipped)
{
    QString text;
    for (const CliOption &option : options) {
        if (skipped.contains(option.name))
            continue;
        text += QStringLiteral(".TP\n") + optionLabel(option) + u'\n' +
                ManPage::escape(option.translatedDescription()) + u'\n';
    }
    return text;
}

// A macro argument in double quotes.
QString quoted(const QString &text)
{
    QString escaped = ManPage::escape(text);
    escaped.replace(u'"', QStringLiteral("\\(dq"));
    return u'"' + escaped + u'"';
}

// The exit status list of `mrauth --help`: its "  N  meaning" lines after "Exit codes:".
QString exitStatus(const QString &programHelp)
{
    const QStringList lines = programHelp.split(u'\n');
    QString text;
    bool inList = false;
    for (const QString &line : lines) {
        if (!inList) {
            inList = line == QLatin1String("Exit codes:");
            continue;
        }
        const QString item = line.trimmed();
        if (!line.startsWith(QLatin1String("  ")) || item.isEmpty())
            break;
        const qsizetype space = item.indexOf(u' ');
        text += QStringLiteral(".TP\n.B ") + ManPage::escape(item.left(space)) + u'\n' +
                ManPage::escape(item.mid(space).trimmed()) + u'\n';
    }
    return text;
}

} // namespace

QString ManPage::escape(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar character : text) {
        if (character == u'\\')
            result += QStringLiteral("\\e");
        else if (character == u'-')
            result += QStringLiteral("\\-");
        else if (character.unicode() > 0x7e)
            result += QStringLiteral("\\[u%1]")
                          .arg(character.unicode(), 4, 16, QLatin1Char('0'))
                          .toUpper()
                          .replace(QStringLiteral("\\[U"), QStringLiteral("\\[u"));
        else
            result += character;
    }
    // A line that starts with a dot or an apostrophe would be a request.
    QStringList lines = result.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(u'\n');
}

QString ManPage::paragraphs(const QString &text)
{
    QString result;
    bool literal = false;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const bool indented = line.startsWith(QLatin1String("  "));
        if (indented != literal && !line.isEmpty()) {
            result += indented ? QStringLiteral(".RS 2\n.nf\n") : QStringLiteral(".fi\n.RE\n");
            literal = indented;
        }
        if (line.isEmpty()) {
            if (literal)
                result += QStringLiteral(".fi\n.RE\n");
            literal = false;
            result += QStringLiteral(".PP\n");
        } else {
            result += escape(indented ? line.mid(2) : line) + u'\n';
        }
    }
    if (literal)
        result += QStringLiteral(".fi\n.RE\n");
    return result;
}

QString ManPage::mrauth(const QString &version, const QString &date)
{
    const QString program = CommandTable::programName();
    QString page =
        QStringLiteral(
            ".\\\" mrauth(1), generated at build time by mrauth-manpage from the command "
            "table\n.\\\" that also drives 'mrauth --help': do not edit.\n") +
        QStringLiteral(".TH MRAUTH 1 \"") + date + QStringLiteral("\" ") +
        quoted(program + u' ' + version) + QStringLiteral(" \"User Commands\"\n") +
        // Option names and URLs read better unhyphenated and ragged right.
        QStringLiteral(".nh\n.ad l\n");
    page += QStringLiteral(".SH NAME\nmrauth \\- Mixed Reality access tokens for scripts and the "
                           "clipboard\n");

    page += QStringLiteral(".SH SYNOPSIS\n");
    bool first = true;
    for (const CliCommand &command : CommandTable::commands()) {
        if (command.isGroup())
            continue;
        if (!first)
            page += QStringLiteral(".br\n");
        first = false;
        page += QStringLiteral(".B ") + escape(command.displayName()) + u'\n';
        if (!command.arguments.isEmpty())
            page += QStringLiteral(".I ") + quoted(command.arguments) + u'\n';
        page += QStringLiteral("[\\fIOPTIONS\\fR]\n");
    }

    page += QStringLiteral(
        ".SH DESCRIPTION\n"
        ".B mrauth\n"
        "gets Mixed Reality access tokens from the Mixed Reality security token service (STS)\n"
        "for scripts and copy\\-to\\-clipboard workflows. It shares the desktop app's accounts,\n"
        "mrauth\\-gui(1): the same account list and the same keychain entries. Account keys and\n"
        "client secrets live in the system keychain and are never taken as arguments.\n");

    // The options every command takes are listed once, here.
    QStringList common;
    page += QStringLiteral(".SH OPTIONS\n");
    const QList<CliOption> programOptions = CommandTable::programOptions();
    for (const CliOption &option : programOptions)
        common.append(option.name);
    page += optionList(programOptions, {});
    page += QStringLiteral(".PP\nEvery command also takes \\fB\\-\\-help\\fR, \\fB\\-\\-quiet\\fR "
                           "and \\fB\\-\\-verbose\\fR.\n");

    page += QStringLiteral(".SH COMMANDS\n");
    for (const CliCommand &command : CommandTable::commands()) {
        QString heading = command.displayName();
        if (!command.arguments.isEmpty())
            heading += u' ' + command.arguments;
        page += QStringLiteral(".SS ") + quoted(heading) + u'\n';
        page += escape(command.translatedSummary()) + u'\n';
        if (command.isGroup()) {
            QStringList names;
            for (const QString &name : command.subcommands)
                names.append(QStringLiteral("\\fB") + escape(name) + QStringLiteral("\\fR"));
            page += QStringLiteral(".PP\nCommands: ") + names.join(QStringLiteral(", ")) +
                    QStringLiteral(".\n");
        }
        const QString options = optionList(command.options, common);
        if (!options.isEmpty())
            page += QStringLiteral(".PP\nOptions:\n.RS 2\n") + options + QStringLiteral(".RE\n");
        const QString details = command.translatedDetails();
        if (!details.isEmpty())
            page += QStringLiteral(".PP\n") + paragraphs(details);
    }

    page += QStringLiteral(".SH EXIT STATUS\n") + exitStatus(CommandTable::programHelp(version));

    page +=
        QStringLiteral(".SH FILES\n"
                       ".TP\n"
                       ".I ~/.config/MrAuth/mrauth.conf\n"
                       "Settings shared with the desktop app (no secrets).\n"
                       ".TP\n"
                       ".I ~/.local/share/mrauth/accounts.json\n"
                       "The account list (metadata only), shared with the desktop app.\n"
                       ".TP\n"
                       "The system keychain, service \\fBmrauth\\fR\n"
                       "Account keys, client secrets and refresh tokens: on Linux, Secret Service "
                       "items\nwhose attribute \\fBserver\\fR is \\fBmrauth\\fR. "
                       "List them with\n"
                       "\\fBsecret\\-tool search \\-\\-all server mrauth\\fR "
                       "(which prints the secrets too).\n");
    page += QStringLiteral(".SH SEE ALSO\n"
                           ".BR mrauth\\-gui (1),\n"
                           ".BR mrauth\\-sts\\-emulator (1),\n"
                           ".BR secret\\-tool (1)\n");
    return page;
}

} // namespace MrAuth
