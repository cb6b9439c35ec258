#pragma once

namespace MrAuth {

//! Turns off OpenSSL's clean-up at process exit, once per process, before Qt's TLS backend
//! initialises OpenSSL itself.
//!
//! Qt's network threads free their OpenSSL per-thread state in thread-exit destructors, which
//! can still be running after QThread::wait() has returned. OpenSSL's atexit clean-up then
//! frees the same state from the main thread: a double free, a crash or a leak after the work
//! is done (openssl/openssl#6214). Without the clean-up the operating system reclaims that
//! memory when the process ends, as it does for the rest of the process.
void disableOpenSslExitCleanup();

} // namespace MrAuth
