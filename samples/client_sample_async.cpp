// Gets a Mixed Reality access token asynchronously, with signals and slots.
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

    MrAuth::TokenReply *reply = client.getToken();
    QObject::connect(reply, &MrAuth::TokenReply::retryScheduled, &app,
                     [](int retry, qint64 delayMs, const MrAuth::Error &reason) {
                         QTextStream(stderr) << "retry " << retry << " in " << delayMs
                                             << " ms: " << reason.toString() << '\n';
                     });
    QObject::connect(reply, &MrAuth::TokenReply::finished, &app, [reply] {
        reply->deleteLater();
        if (reply->error() != MrAuth::Error::Code::NoError) {
            QTextStream(stderr) << reply->errorInfo().toString() << '\n';
            QCoreApplication::exit(1);
            return;
        }
        const MrAuth::AccessToken token = reply->accessToken();
        QTextStream(stdout) << "token " << tokenPreview(token.token()) << " expires on "
                            << token.expiresOn().toString(Qt::ISODate) << " (MS-CV "
                            << reply->responseCorrelationVector() << ")\n";
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
