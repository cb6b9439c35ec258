#include "console.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define MRAUTH_ISATTY _isatty
#define MRAUTH_FILENO _fileno
#else
#include <unistd.h>
#define MRAUTH_ISATTY isatty
#define MRAUTH_FILENO fileno
#endif

namespace MrAuth {

namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::err(const QString &text)
{
    write(stderr, text);
}

void Console::errLine(const QString &line)
{
    write(stderr, line + u'\n');
}

bool Console::isStdinTerminal()
{
    return MRAUTH_ISATTY(MRAUTH_FILENO(stdin)) != 0;
}

bool Console::isStderrTerminal()
{
    return MRAUTH_ISATTY(MRAUTH_FILENO(stderr)) != 0;
}

} // namespace MrAuth
