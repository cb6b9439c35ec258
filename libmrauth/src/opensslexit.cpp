#include "opensslexit_p.h"

#include <openssl/crypto.h>

namespace MrAuth {

void disableOpenSslExitCleanup()
{
    // Only OpenSSL's first initialisation decides; later ones, Qt's included, keep it.
    [[maybe_unused]] static const int initialised =
        OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

namespace {

// When the library is loaded, before main() and so before any TLS use. HttpExchange calls it
// as well, which keeps this file in a static link.
const struct DisableAtLoad
{
    DisableAtLoad() { disableOpenSslExitCleanup(); }
} disableAtLoad;

} // namespace

} // namespace MrAuth
