#pragma once

class QByteArray;
class QProcess;
class QString;

namespace MrAuth::ChildProcess {

//! Makes the program \a process starts die with the test (Linux PR_SET_PDEATHSIG): a test that
//! crashes, or that ctest kills at its timeout, leaves no emulator, X server or daemon behind.
//! Call before QProcess::start().
void endWithTest(QProcess &process);

//! Stops \a process: SIGTERM, then SIGKILL if it has not ended within 5 s.
void stop(QProcess &process);

//! Aborts the test when \a errorOutput, the stderr of a child \a program, holds an ASan,
//! LeakSanitizer or UBSan report: in a sanitizer build the children (the emulator, the CLI)
//! are instrumented too, and their reports must fail the test rather than vanish.
void failOnSanitizerReport(const QByteArray &errorOutput, const QString &program);

} // namespace MrAuth::ChildProcess
