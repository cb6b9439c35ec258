// Gets a Mixed Reality access token synchronously (the Python SDK's `client.get_token()`).
#include "sampleconfig.h"

#include <mrauth/mixedrealitystsclient.h>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto config = sampleConfigFromEnvironment();
    if (!config)
        return 2;

    auto keyCredential = std::make_shared<MrAuth::AccountKeyCredential>(config->accountKey);
    MrAuth::MixedRealityStsClient client(config->accountId, config->accountDomain, keyCredential,
                                         config->options);

    MrAuth::Error error;
    const MrAuth::AccessToken token = client.getTokenBlocking(&error);
    QTextStream out(stdout);
    if (error) {
        QTextStream(stderr) << error.toString() << '\n';
        return 1;
    }
    out << "token " << tokenPreview(token.token()) << " expires on "
        << token.expiresOn().toString(Qt::ISODate) << '\n';
    return 0;
}
