// libFuzzer target: the emulator's request handling without sockets. The bytes are one
// connection's worth of HTTP/1.1: they go through HttpRequestParser (whole, and again in small
// chunks as TCP may deliver them; both must see the same requests), and every complete request
// is routed, as Emulator::route does, to the STS and Azure AD services over the demo accounts.

#include "fuzzsupport.h"

#include "aadservice.h"
#include "demoaccounts.h"
#include "emulator.h"
#include "httprequestparser.h"
#include "stsservice.h"
#include "tokensigner.h"

#include <QList>
#include <QString>

using namespace MrAuth;

namespace {

// Small limits, so that inputs of a few kilobytes reach them.
HttpRequestParser::Limits fuzzLimits()
{
    HttpRequestParser::Limits limits;
    limits.maxHeaderBytes = 1024;
    limits.maxHeaderCount = 16;
    limits.maxBodyBytes = 2048;
    return limits;
}

struct ParseOutcome
{
    QList<HttpRequest> requests;
    HttpRequestParser::State state = HttpRequestParser::State::NeedMore;
    int errorStatus = 0;
};

void drain(HttpRequestParser &parser, ParseOutcome *outcome)
{
    while (outcome->state != HttpRequestParser::State::Error) {
        outcome->state = parser.parse();
        if (outcome->state == HttpRequestParser::State::Complete)
            outcome->requests.append(parser.takeRequest());
        else
            break;
    }
    outcome->errorStatus = parser.errorStatus();
}

ParseOutcome parseInChunks(const QByteArray &input, qsizetype firstChunk)
{
    HttpRequestParser parser(fuzzLimits());
    ParseOutcome outcome;
    qsizetype chunk = firstChunk;
    for (qsizetype at = 0; at < input.size() && outcome.state != HttpRequestParser::State::Error;
         at += chunk, chunk = chunk % 13 + 1) {
        parser.append(input.mid(at, chunk));
        drain(parser, &outcome);
    }
    if (input.isEmpty())
        drain(parser, &outcome);
    return outcome;
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path &&
           a.query.query() == b.query.query() && a.minorVersion == b.minorVersion &&
           a.headers == b.headers && a.body == b.body;
}

const AccountsConfig &demoConfig()
{
    static const AccountsConfig config = DemoAccounts::config();
    return config;
}

const TokenSigner &signer()
{
    static const TokenSigner tokenSigner;
    return tokenSigner;
}

HttpResponse route(const HttpRequest &request, StsService &sts, AadService &aad)
{
    static const QString baseUrl = QStringLiteral("https://127.0.0.1:8443");
    const QString &path = request.path;
    const QString accountId = Emulator::stsAccountId(path);
    if (!accountId.isNull())
        return sts.handle(request, accountId);
    if (path == QLatin1String("/metadata/identity/oauth2/token"))
        return aad.imdsToken(request, baseUrl);
    if (path == QLatin1String("/msi/token"))
        return aad.appServiceToken(request, baseUrl);
    if (path == QLatin1String("/common/discovery/instance"))
        return aad.instanceDiscovery(request, baseUrl);
    const qsizetype slash = path.indexOf(u'/', 1);
    if (slash > 1)
        return aad.handleTenantRequest(request, path.mid(1, slash - 1), path.mid(slash + 1),
                                       baseUrl);
    HttpResponse notFound;
    notFound.status = 404;
    return notFound;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQtMessages();
    Fuzz::check(signer().isValid(), "the token signer has a key");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);

    HttpRequestParser whole(fuzzLimits());
    whole.append(input);
    ParseOutcome outcome;
    drain(whole, &outcome);
    if (outcome.state == HttpRequestParser::State::Error)
        Fuzz::check(QList<int>{400, 413, 431, 501, 505}.contains(outcome.errorStatus),
                    "a parse error answers 400, 413, 431, 501 or 505");

    const qsizetype firstChunk = input.isEmpty() ? 1 : static_cast<unsigned char>(input[0]) % 7 + 1;
    const ParseOutcome chunked = parseInChunks(input, firstChunk);
    Fuzz::check(chunked.state == outcome.state && chunked.errorStatus == outcome.errorStatus,
                "chunked delivery ends in the same state");
    Fuzz::check(chunked.requests.size() == outcome.requests.size(),
                "chunked delivery yields as many requests");
    for (qsizetype i = 0; i < outcome.requests.size(); ++i)
        Fuzz::check(sameRequest(chunked.requests.at(i), outcome.requests.at(i)),
                    "chunked delivery yields the same requests");

    const auto config = []() -> const AccountsConfig & {
        return demoConfig();
    };
    StsService sts(config, &signer());
    AadService aad(config, &signer());
    aad.setIdentityHeader(QStringLiteral("fuzz-identity-header"));
    for (const HttpRequest &request : std::as_const(outcome.requests)) {
        const HttpResponse response = route(request, sts, aad);
        Fuzz::check(response.status >= 100 && response.status <= 599, "a valid HTTP status");
        (void)response.serialize(request.isKeepAlive());
    }
    return 0;
}
