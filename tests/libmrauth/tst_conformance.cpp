// Every conformance case of section 7 of docs/sts-protocol.md, each data row named by its id
// (R1–R6 are integration rows in tst_stsclient).

#include <mrauth/accountkeycredential.h>
#include <mrauth/correlationvector.h>
#include <mrauth/jwt.h>
#include <mrauth/mixedrealityaccountkeycredential.h>
#include <mrauth/mixedrealitystsclient.h>
#include <mrauth/staticaccesstokencredential.h>

#include "stsprotocol_p.h"
#include "stsrequestcheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace MrAuth;

namespace {

const QString fixtureHeader = QStringLiteral("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0");
// {"exp":"1610898650"}
const QString fixturePayloadPadded = QStringLiteral("eyJleHAiOiIxNjEwODk4NjUwIn0=");
const QString fixturePayloadUnpadded = QStringLiteral("eyJleHAiOiIxNjEwODk4NjUwIn0");
const QString accountId = QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23");

QDateTime utc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
}

QString readFixture(const QString &name)
{
    QFile file(QStringLiteral(MRAUTH_TEST_DATA_DIR "/conformance/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// An Azure AD stand-in that records the scopes it is asked for and fails, so the client never
// reaches the network.
class ScopeRecordingCredential : public TokenCredential
{
public:
    QList<QStringList> requestedScopes;

    TokenReply *getToken(const QStringList &scopes) override
    {
        requestedScopes.append(scopes);
        auto *reply = new TokenReply;
        QTimer::singleShot(0, reply, [reply] {
            reply->finishWithError(Error(Error::Code::CredentialUnavailable,
                                         QStringLiteral("no Azure AD in this test")));
        });
        return reply;
    }
};

} // namespace

class tst_Conformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void jwtExpiry_data();
    void jwtExpiry();
    void jwtErrors_data();
    void jwtErrors();
    void rs256Token_data();
    void rs256Token();

    void correlationVectorFormat_data();
    void correlationVectorFormat();
    void correlationVectorsDiffer_data();
    void correlationVectorsDiffer();
    void correlationVectorFromUuid_data();
    void correlationVectorFromUuid();

    void endpoint_data();
    void endpoint();
    void endpointErrors_data();
    void endpointErrors();

    void accountKey_data();
    void accountKey();
    void accountKeyErrors_data();
    void accountKeyErrors();

    void staticToken_data();
    void staticToken();

    void defaultAadScope_data();
    void defaultAadScope();
};

void tst_Conformance::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_Conformance::jwtExpiry_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QDateTime>("expiry");

    QTest::newRow("J1") << fixtureHeader + u'.' + fixturePayloadPadded + u'.' << utc(1610898650);
    QTest::newRow("J2") << fixtureHeader + u'.' + fixturePayloadUnpadded + u'.' << utc(1610898650);
    QTest::newRow("J8") << QStringLiteral("fake.eyJleHAiOjIxNDc0ODM2NDd9.fake")
                        << QDateTime(QDate(2038, 1, 19), QTime(3, 14, 7), Qt::UTC);
}

void tst_Conformance::jwtExpiry()
{
    QFETCH(QString, token);
    QFETCH(QDateTime, expiry);

    Error error(Error::Code::InvalidToken, QStringLiteral("left over"));
    const QDateTime decoded = Jwt::expiryOf(token, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(decoded, expiry);
    QCOMPARE(decoded.timeSpec(), Qt::UTC);

    // The same token as the STS would return it.
    const QByteArray body = "{\"AccessToken\":\"" + token.toLatin1() + "\"}";
    const AccessToken accessToken = parseStsTokenResponse(body, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(accessToken.token(), token);
    QCOMPARE(accessToken.expiresOn(), expiry);
}

void tst_Conformance::jwtErrors_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("J3/empty") << QString(u""_qs) << Error::Code::InvalidToken;
    QTest::newRow("J3/null") << QString() << Error::Code::InvalidToken;
    QTest::newRow("J3/whitespace") << QStringLiteral("  \n") << Error::Code::InvalidToken;
    QTest::newRow("J4") << fixtureHeader + u'.' + fixturePayloadUnpadded
                        << Error::Code::InvalidToken;
    QTest::newRow("J5") << fixtureHeader + QStringLiteral("..") << Error::Code::InvalidToken;
    // {"iat":1610812250}
    QTest::newRow("J6") << fixtureHeader + QStringLiteral(".eyJpYXQiOjE2MTA4MTIyNTB9.")
                        << Error::Code::MissingExpiry;
    QTest::newRow("J6/non-numeric") // {"exp":"soon"}
        << fixtureHeader + u'.' +
               QString::fromLatin1(
                   QByteArray("{\"exp\":\"soon\"}")
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
               u'.'
        << Error::Code::MissingExpiry;
    QTest::newRow("J7") << QStringLiteral("asdfasdfasdf") << Error::Code::InvalidToken;
}

void tst_Conformance::jwtErrors()
{
    QFETCH(QString, token);
    QFETCH(Error::Code, code);

    Error error;
    const QDateTime decoded = Jwt::expiryOf(token, &error);
    QVERIFY(!decoded.isValid());
    QCOMPARE(error.code(), code);
    QVERIFY(!error.message().isEmpty());

    // A 200 carrying such a token is a typed failure too, with the same code.
    const QByteArray body = "{\"AccessToken\":\"" + token.toLatin1() + "\"}";
    Error responseError;
    const AccessToken accessToken = parseStsTokenResponse(body, &responseError);
    QVERIFY(accessToken.isNull());
    QVERIFY(responseError.isError());
    if (!token.isEmpty())
        QCOMPARE(responseError.code(), code);
    else
        QCOMPARE(responseError.code(), Error::Code::InvalidResponse);
}

void tst_Conformance::rs256Token_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("exp");
    QTest::addColumn<qint64>("iat");

    QTest::newRow("J9") << readFixture(QStringLiteral("j9-rs256.jwt")) << qint64(1610898650)
                        << qint64(1610812250);
}

void tst_Conformance::rs256Token()
{
    QFETCH(QString, token);
    QFETCH(qint64, exp);
    QFETCH(qint64, iat);

    // The fixture is what the case demands: RS256, payload unpadded base64url with '-' and '_'.
    const QStringList segments = token.split(u'.');
    QCOMPARE(segments.size(), 3);
    const QString &payload = segments.at(1);
    QCOMPARE(payload.size() % 4, 3);
    QVERIFY(payload.contains(u'-'));
    QVERIFY(payload.contains(u'_'));
    QVERIFY(!payload.contains(u'='));
    QCOMPARE(segments.at(2).size(), 342); // 256 bytes of signature

    Error error;
    const Jwt jwt = Jwt::decode(token, &error);
    QVERIFY2(jwt.isValid(), qPrintable(error.toString()));
    QCOMPARE(jwt.header().value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(jwt.header().value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(jwt.expiresOn(), utc(exp));
    QCOMPARE(jwt.issuedAt(), utc(iat));
    QCOMPARE(jwt.issuedAt().secsTo(jwt.expiresOn()), 86400);
    // Every byte decoded: the claim whose UTF-8 put '-' and '_' into the encoding is intact.
    QVERIFY(jwt.claims()
                .value(QStringLiteral("rid"))
                .toString()
                .contains(QStringLiteral("/resourceGroups/Österreich-ανάπτυξη/")));
    QCOMPARE(jwt.claims().value(QStringLiteral("aid")).toString(), accountId);

    QCOMPARE(Jwt::expiryOf(token, &error), utc(exp));
    QVERIFY(!error.isError());
    // Padding added back is tolerated too.
    QString padded = segments.at(0) + u'.' + payload + u'=' + u'.' + segments.at(2);
    QCOMPARE(Jwt::expiryOf(padded, &error), utc(exp));
    QVERIFY(!error.isError());
    // A decoder that dropped '-' and '_' would read something else: they carry data.
    QString stripped = payload;
    stripped.remove(u'-').remove(u'_');
    QByteArray strippedDecoded;
    const bool strippedOk = Jwt::decodeBase64Url(stripped.toLatin1(), &strippedDecoded);
    QByteArray decoded;
    QVERIFY(Jwt::decodeBase64Url(payload.toLatin1(), &decoded));
    QVERIFY(!strippedOk || strippedDecoded != decoded);
}

void tst_Conformance::correlationVectorFormat_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("C1") << 1000;
}

void tst_Conformance::correlationVectorFormat()
{
    QFETCH(int, count);
    for (int i = 0; i < count; ++i) {
        const QString cv = CorrelationVector::generate();
        QVERIFY2(looksLikeCorrelationVector(cv.toLatin1()), qPrintable(cv));
        QVERIFY(CorrelationVector::isValid(cv));
    }
    // isValid() rejects what is not 22 characters of the base64 alphabet.
    QVERIFY(!CorrelationVector::isValid(QStringLiteral("DQzdx06xR5GYcLGnQTzs3w==")));
    QVERIFY(!CorrelationVector::isValid(QStringLiteral("DQzdx06xR5GYcLGnQTzs3")));
    QVERIFY(!CorrelationVector::isValid(QStringLiteral("DQzdx06xR5GYcLGnQTzs-w")));
    QVERIFY(!CorrelationVector::isValid(QStringLiteral("DQzdx06xR5GYcLGnQTzs_w")));
    QVERIFY(CorrelationVector::isValid(QStringLiteral("DQzdx06xR5GYcLGnQTz+/w")));
}

void tst_Conformance::correlationVectorsDiffer_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("C2") << 1000;
}

void tst_Conformance::correlationVectorsDiffer()
{
    QFETCH(int, count);
    QSet<QString> seen;
    for (int i = 0; i < count; ++i)
        seen.insert(CorrelationVector::generate());
    QCOMPARE(seen.size(), count);
}

void tst_Conformance::correlationVectorFromUuid_data()
{
    QTest::addColumn<QUuid>("uuid");
    QTest::addColumn<QString>("expected");
    QTest::newRow("C3") << QUuid(QStringLiteral("0d0cddc7-4eb1-4791-9870-b1a7413cecdf"))
                        << QStringLiteral("DQzdx06xR5GYcLGnQTzs3w");
}

void tst_Conformance::correlationVectorFromUuid()
{
    QFETCH(QUuid, uuid);
    QFETCH(QString, expected);
    QCOMPARE(CorrelationVector::fromUuid(uuid), expected);
    // Not .NET's little-endian order.
    QVERIFY(CorrelationVector::fromUuid(uuid) != QStringLiteral("x90MDbFOkUeYcLGnQTzs3w"));
}

void tst_Conformance::endpoint_data()
{
    QTest::addColumn<QString>("accountDomain");
    QTest::addColumn<QUrl>("customEndpoint");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("E1") << QStringLiteral("mixedreality.azure.com") << QUrl()
                        << QUrl(QStringLiteral("https://sts.mixedreality.azure.com"));
    QTest::newRow("E2") << QStringLiteral("eastus2.mixedreality.com") << QUrl()
                        << QUrl(QStringLiteral("https://sts.eastus2.mixedreality.com"));
    QTest::newRow("E4") << QStringLiteral("mixedreality.azure.com")
                        << QUrl(QStringLiteral("https://my.custom.endpoint"))
                        << QUrl(QStringLiteral("https://my.custom.endpoint"));
}

void tst_Conformance::endpoint()
{
    QFETCH(QString, accountDomain);
    QFETCH(QUrl, customEndpoint);
    QFETCH(QUrl, expected);

    Error error(Error::Code::InvalidArgument, QStringLiteral("left over"));
    const QUrl url = stsEndpointUrl(accountDomain, customEndpoint, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(url, expected);
    QCOMPARE(url.toString(), expected.toString());

    MixedRealityStsClientOptions options;
    options.customEndpointUrl = customEndpoint;
    MixedRealityStsClient client(accountId, accountDomain,
                                 std::make_shared<AccountKeyCredential>(QStringLiteral("key")),
                                 options);
    QVERIFY2(client.isValid(), qPrintable(client.configurationError().toString()));
    QCOMPARE(client.endpointUrl(), expected);
    QCOMPARE(client.tokenUrl().toString(),
             expected.toString() + QStringLiteral("/Accounts/") + accountId +
                 QStringLiteral("/token?api-version=2019-02-28-preview"));
}

void tst_Conformance::endpointErrors_data()
{
    QTest::addColumn<QString>("accountDomain");
    QTest::addColumn<QUrl>("customEndpoint");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("E3/empty") << QString() << QUrl() << QStringLiteral("accountDomain");
    QTest::newRow("E3/whitespace")
        << QStringLiteral(" \t ") << QUrl() << QStringLiteral("accountDomain");
    QTest::newRow("E5") << QStringLiteral("mixedreality.azure.com") << QUrl(QStringLiteral("#"))
                        << QStringLiteral("not a valid URL");
}

void tst_Conformance::endpointErrors()
{
    QFETCH(QString, accountDomain);
    QFETCH(QUrl, customEndpoint);
    QFETCH(QString, messagePart);

    Error error;
    const QUrl url = stsEndpointUrl(accountDomain, customEndpoint, &error);
    QVERIFY(!url.isValid() || url.isEmpty());
    QCOMPARE(error.code(), Error::Code::InvalidArgument);
    QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));

    // The client reports it, and its reply fails with it without touching the network.
    MixedRealityStsClientOptions options;
    options.customEndpointUrl = customEndpoint;
    MixedRealityStsClient client(accountId, accountDomain,
                                 std::make_shared<AccountKeyCredential>(QStringLiteral("key")),
                                 options);
    QVERIFY(!client.isValid());
    QCOMPARE(client.configurationError().code(), Error::Code::InvalidArgument);
    std::unique_ptr<TokenReply> reply(client.getToken());
    QSignalSpy finished(reply.get(), &TokenReply::finished);
    QVERIFY(!reply->isFinished());
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), Error::Code::InvalidArgument);
    QVERIFY(reply->errorString().contains(messagePart));
    QCOMPARE(reply->attempts(), 0);
}

void tst_Conformance::accountKey_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("K1") << accountId << QStringLiteral("my_account_key")
                        << QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23:my_account_key");
}

void tst_Conformance::accountKey()
{
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    MixedRealityAccountKeyCredential credential(id, std::make_shared<AccountKeyCredential>(key));
    Error error;
    const AccessToken token = credential.token(&error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(token.token(), expected);
    QCOMPARE(token.expiresOn(), AccessToken::neverExpires());
    QVERIFY(!token.isExpiredAt(QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC)));

    std::unique_ptr<TokenReply> reply(credential.getToken({}));
    QSignalSpy finished(reply.get(), &TokenReply::finished);
    QVERIFY(!reply->isFinished());
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), Error::Code::NoError);
    QCOMPARE(reply->accessToken(), token);
}

void tst_Conformance::accountKeyErrors_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");

    QTest::newRow("K2/empty key") << accountId << QString();
    QTest::newRow("K2/whitespace key") << accountId << QStringLiteral("  ");
    QTest::newRow("K2/all-zero account id")
        << QStringLiteral("00000000-0000-0000-0000-000000000000")
        << QStringLiteral("my_account_key");
    QTest::newRow("K2/non-GUID account id")
        << QStringLiteral("my-account") << QStringLiteral("my_account_key");
    QTest::newRow("K2/GUID in braces") << QStringLiteral("{87e9abb1-79b9-4502-bbae-cfae8c610f23}")
                                       << QStringLiteral("my_account_key");
}

void tst_Conformance::accountKeyErrors()
{
    QFETCH(QString, id);
    QFETCH(QString, key);

    MixedRealityAccountKeyCredential credential(id, std::make_shared<AccountKeyCredential>(key));
    Error error;
    const AccessToken token = credential.token(&error);
    QVERIFY(token.isNull());
    QCOMPARE(error.code(), Error::Code::InvalidArgument);
    QVERIFY(!error.message().isEmpty());
    // The key never appears in the error.
    if (!key.trimmed().isEmpty())
        QVERIFY(!error.toString().contains(key));

    std::unique_ptr<TokenReply> reply(credential.getToken({}));
    QSignalSpy finished(reply.get(), &TokenReply::finished);
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), Error::Code::InvalidArgument);
    QVERIFY(reply->accessToken().isNull());

    // A client with the same arguments fails the same way, without a request.
    MixedRealityStsClient client(id, QStringLiteral("eastus.mixedreality.azure.com"),
                                 std::make_shared<AccountKeyCredential>(key));
    std::unique_ptr<TokenReply> clientReply(client.getToken());
    QSignalSpy clientFinished(clientReply.get(), &TokenReply::finished);
    QVERIFY(clientFinished.wait(1000));
    QCOMPARE(clientFinished.count(), 1);
    QCOMPARE(clientReply->error(), Error::Code::InvalidArgument);
    QCOMPARE(clientReply->attempts(), 0);
}

void tst_Conformance::staticToken_data()
{
    QTest::addColumn<AccessToken>("token");
    const QString jwt = readFixture(QStringLiteral("j9-rs256.jwt"));
    QTest::newRow("S1") << AccessToken(jwt, utc(1610898650));
}

void tst_Conformance::staticToken()
{
    QFETCH(AccessToken, token);

    StaticAccessTokenCredential credential(token);
    for (const QStringList &scopes :
         {QStringList(),
          QStringList{QStringLiteral("https://sts.mixedreality.azure.com//.default")},
          QStringList{QStringLiteral("a"), QStringLiteral("b")}}) {
        std::unique_ptr<TokenReply> reply(credential.getToken(scopes));
        QSignalSpy finished(reply.get(), &TokenReply::finished);
        QVERIFY(!reply->isFinished());
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->error(), Error::Code::NoError);
        QCOMPARE(reply->accessToken().token(), token.token());
        QCOMPARE(reply->accessToken().expiresOn(), token.expiresOn());
        QCOMPARE(reply->accessToken(), token);
    }
}

void tst_Conformance::defaultAadScope_data()
{
    QTest::addColumn<QString>("accountDomain");
    QTest::addColumn<QString>("expected");

    // The global host with its double slash, whatever the account's domain.
    QTest::newRow("R7") << QStringLiteral("westeurope.mixedreality.azure.com")
                        << QStringLiteral("https://sts.mixedreality.azure.com//.default");
}

void tst_Conformance::defaultAadScope()
{
    QFETCH(QString, accountDomain);
    QFETCH(QString, expected);

    QCOMPARE(MixedRealityStsClientOptions::defaultAadScope(), expected);
    QCOMPARE(MixedRealityStsClientOptions::userSignInScope(),
             QStringLiteral("https://sts.mixedreality.azure.com/mixedreality.signin"));

    // An Azure AD credential given to the client is asked for exactly that scope.
    auto credential = std::make_shared<ScopeRecordingCredential>();
    MixedRealityStsClient client(accountId, accountDomain, credential);
    QVERIFY(client.isValid());
    std::unique_ptr<TokenReply> reply(client.getToken());
    QSignalSpy finished(reply.get(), &TokenReply::finished);
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(credential->requestedScopes, QList<QStringList>{QStringList{expected}});
    QCOMPARE(reply->error(), Error::Code::CredentialUnavailable);
    QCOMPARE(reply->attempts(), 0);

    // An override replaces it.
    MixedRealityStsClientOptions options;
    options.aadScopes = {QStringLiteral("https://sts.westeurope.mixedreality.azure.com/.default")};
    MixedRealityStsClient overridden(accountId, accountDomain, credential, options);
    std::unique_ptr<TokenReply> overriddenReply(overridden.getToken());
    QSignalSpy overriddenFinished(overriddenReply.get(), &TokenReply::finished);
    QVERIFY(overriddenFinished.wait(1000));
    QCOMPARE(credential->requestedScopes.size(), 2);
    QCOMPARE(credential->requestedScopes.last(), options.aadScopes);
}

QTEST_GUILESS_MAIN(tst_Conformance)
#include "tst_conformance.moc"
