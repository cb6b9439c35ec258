#pragma once

// Shared by the libFuzzer targets: silence Qt's messages (a warning per malformed input would
// make fuzzing I/O-bound) and turn a broken invariant into a crash libFuzzer reports.

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace MrAuth::Fuzz {

inline void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

//! Aborts with \a what when \a condition is false, so that libFuzzer saves the input.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace MrAuth::Fuzz
