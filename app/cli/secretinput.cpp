#include "secretinput.h"

#include "console.h"

#include <QByteArray>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace MrAuth {

namespace {

#ifdef Q_OS_WIN
class EchoOff
{
public:
    EchoOff()
    {
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_mode))
            m_active = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    }
    ~EchoOff()
    {
        if (m_active)
            SetConsoleMode(m_handle, m_mode);
    }

private:
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
    bool m_active = false;
};
#else
termios savedTerminal{};
volatile std::sig_atomic_t terminalSaved = 0;

extern "C" void restoreTerminalAndReraise(int signalNumber)
{
    if (terminalSaved)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

// Echo off for the lifetime of the object; Ctrl+C (or a kill) restores the terminal first.
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return;
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ECHONL);
        terminalSaved = 1;
        m_previousInt = std::signal(SIGINT, restoreTerminalAndReraise);
        m_previousTerm = std::signal(SIGTERM, restoreTerminalAndReraise);
        m_previousHup = std::signal(SIGHUP, restoreTerminalAndReraise);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (terminalSaved)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        terminalSaved = 0;
        if (m_previousInt != SIG_ERR)
            std::signal(SIGINT, m_previousInt);
        if (m_previousTerm != SIG_ERR)
            std::signal(SIGTERM, m_previousTerm);
        if (m_previousHup != SIG_ERR)
            std::signal(SIGHUP, m_previousHup);
    }

private:
    using Handler = void (*)(int);
    Handler m_previousInt = SIG_ERR;
    Handler m_previousTerm = SIG_ERR;
    Handler m_previousHup = SIG_ERR;
};
#endif

// Reads up to the next newline through stdio, so that a second secret on the next line is
// still there for the next call.
bool readRawLine(QByteArray *line)
{
    bool any = false;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF)
            break;
        any = true;
        if (c == '\n')
            break;
        line->append(char(c));
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return any;
}

} // namespace

bool SecretInput::readLine(const QString &what, QString *secret, QString *error)
{
    QByteArray line;
    bool gotLine = false;
    if (Console::isStdinTerminal()) {
        Console::err(tr("Enter the %1 (it is not shown), then press Enter: ").arg(what));
        EchoOff echoOff;
        gotLine = readRawLine(&line);
    } else {
        gotLine = readRawLine(&line);
    }
    *secret = QString::fromLocal8Bit(line).trimmed();
    line.fill('\0');
    if (!gotLine) {
        *error =
            tr("Standard input ended before the %1 was read: pipe it in as one line.").arg(what);
        return false;
    }
    if (secret->isEmpty()) {
        *error = tr("The %1 read from standard input is empty.").arg(what);
        return false;
    }
    return true;
}

QString SecretInput::readAll(const QString &prompt)
{
    QByteArray data;
    if (Console::isStdinTerminal()) {
        // A pasted token is one line; do not wait for end of input on a terminal.
        Console::err(prompt);
        EchoOff echoOff;
        readRawLine(&data);
    } else {
        char buffer[4096];
        for (;;) {
            const size_t count = std::fread(buffer, 1, sizeof buffer, stdin);
            if (count == 0)
                break;
            data.append(buffer, qsizetype(count));
        }
    }
    QString text = QString::fromLocal8Bit(data);
    data.fill('\0');
    return text;
}

} // namespace MrAuth
