// OpenSSL's exit-time clean-up stays off in a program that uses libmrauth (the race it would
// lose with Qt's network thread: libmrauth/src/opensslexit_p.h).
//
// A plain program rather than a QtTest: what it checks happens after main() returns. Its exit
// handler is registered before anything uses TLS, so OpenSSL's own handler, had it been
// registered when Qt's TLS backend initialised OpenSSL, would run before it. OpenSSL refuses to
// initialise again once it has been cleaned up, which the handler detects.

#include <mrauth/accountkeycredential.h>
#include <mrauth/mixedrealitystsclient.h>

#include "teststsserver.h"
#include "testtokens.h"

#include <QCoreApplication>
#include <QDateTime>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace MrAuth;

namespace {

constexpr int cleanedUpAtExit = 3;

void failIfOpenSslWasCleanedUp()
{
    if (OPENSSL_init_crypto(0, nullptr) == 1) {
        std::fputs("PASS: OpenSSL was not cleaned up at exit\n", stdout);
        return;
    }
    std::fputs("FAIL: OpenSSL's atexit clean-up ran, racing Qt's network thread\n", stdout);
    std::fflush(stdout);
    std::_Exit(cleanedUpAtExit);
}

} // namespace

int main(int argc, char *argv[])
{
    std::atexit(failIfOpenSslWasCleanedUp);
    QCoreApplication application(argc, argv);

    // A token over TLS, as the CLI and the app fetch one: Qt's network thread and its TLS
    // backend both use OpenSSL.
    TestStsServer server;
    if (!server.listen()) {
        std::fputs("FAIL: the test server did not start\n", stdout);
        return 1;
    }
    const QString accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");
    server.enqueue(
        ScriptedResponse::token(TestTokens::stsToken(accountId, QDateTime::currentDateTimeUtc()),
                                "probeAAAAAAAAAAAAAAAAA.0"));
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = server.url();
    options.sslConfiguration = TestTls::clientConfiguration();
    MixedRealityStsClient client(accountId, QStringLiteral("eastus.mixedreality.azure.com"),
                                 std::make_shared<AccountKeyCredential>(QStringLiteral("key")),
                                 options);
    Error error;
    if (client.getTokenBlocking(&error).isNull()) {
        std::printf("FAIL: no token: %s\n", qPrintable(error.toString()));
        return 1;
    }
    std::fputs("token received over TLS\n", stdout);
    return 0;
}
