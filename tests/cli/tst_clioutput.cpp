// The pure output side of the CLI: token formats and the JSON of `--all`, exit codes for every
// error code, the one-line errors, account lists, account lookup and `decode`.
#include "accountlookup.h"
#include "accountsoutput.h"
#include "cliapplication.h"
#include "clierror.h"
#include "clipboardsession.h"
#include "decodeoutput.h"
#include "exitcode.h"
#include "testtokens.h"
#include "tokenoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

const QString accountId = u"87e9abb1-79b9-4502-bbae-cfae8c610f23"_s;
const QString domain = u"eastus.mixedreality.azure.com"_s;

TokenResult successfulResult(const QString &name = u"demo"_s)
{
    TokenResult result;
    result.name = name;
    result.account.setAccountId(accountId);
    result.account.setAccountDomain(domain);
    result.endpoint = QUrl(u"https://127.0.0.1:4443"_s);
    result.token = AccessToken(u"header.payload.signature"_s,
                               QDateTime::fromSecsSinceEpoch(1795974636, Qt::UTC));
    result.requestCorrelationVector = u"HB5kxSq20TCbtHo3HHkZuA"_s;
    result.responseCorrelationVector = u"3watDWGaQK40WDLZ7pKMMw.0"_s;
    return result;
}

Error authenticationError()
{
    Error error(Error::Code::AuthenticationFailed, u"The STS rejected the credential."_s);
    error.setHttpStatus(401);
    error.setWwwAuthenticate(u"Invalid token: The account key is not valid."_s);
    error.setRequestCorrelationVector(u"WbJ/XbxIIN1KhLWill+14w"_s);
    error.setResponseCorrelationVector(u"Za321R44kr/zU6uTV3/m0g.0"_s);
    return error;
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenFormats_data();
    void tokenFormats();
    void tokenJsonHasTheContractFields();
    void allResultsArray();
    void exitCodeOfAll_data();
    void exitCodeOfAll();
    void exitCodesOfErrorCodes_data();
    void exitCodesOfErrorCodes();
    void everyErrorCodeHasAnExitCode();
    void exitCodesOfKeychainErrors();
    void errorLineOfAnExchange();
    void errorLineWithoutResponse();
    void errorLineIsOneLine();
    void errorHints();
    void keychainErrors();
    void accountLookup();
    void accountTable();
    void accountJsonAndNames();
    void accountShow();
    void decodeText();
    void decodeJson();
    void decodeValidity_data();
    void decodeValidity();
    void decodeMalformed();
    void onlyCopyNeedsAGuiApplication_data();
    void onlyCopyNeedsAGuiApplication();
    void clipboardDecisions_data();
    void clipboardDecisions();
    void platformThatStarted();
};

void TestCliOutput::tokenFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("token") << u"token"_s << u"header.payload.signature\n"_s;
    QTest::newRow("header") << u"header"_s << u"Authorization: Bearer header.payload.signature\n"_s;
    QTest::newRow("env") << u"env"_s
                         << u"export MIXEDREALITY_ACCESS_TOKEN='header.payload.signature'\n"_s;
    QTest::newRow("curl")
        << u"curl"_s
        << u"curl --fail-with-body -H 'Authorization: Bearer header.payload.signature' "
           "'https://manage.sa.eastus.mixedreality.azure.com/'\n"_s;
}

void TestCliOutput::tokenFormats()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const std::optional<TokenOutput::Format> format = TokenOutput::formatFromName(name);
    QVERIFY(format);
    TokenResult result = successfulResult();
    result.account.setService(Account::Service::SpatialAnchors);
    QCOMPARE(TokenOutput::format(*format, result), expected);
}

void TestCliOutput::tokenJsonHasTheContractFields()
{
    const QString text = TokenOutput::format(TokenOutput::Format::Json, successfulResult());
    QVERIFY(text.endsWith(u'\n'));
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(json.value(u"accessToken"_s).toString(), u"header.payload.signature"_s);
    QCOMPARE(json.value(u"expiresOn"_s).toString(), u"2026-11-29T17:50:36Z"_s);
    QCOMPARE(json.value(u"expiresOnEpoch"_s).toInteger(), 1795974636);
    QCOMPARE(json.value(u"accountId"_s).toString(), accountId);
    QCOMPARE(json.value(u"accountDomain"_s).toString(), domain);
    QCOMPARE(json.value(u"endpoint"_s).toString(), u"https://127.0.0.1:4443"_s);
    QCOMPARE(json.value(u"requestCorrelationVector"_s).toString(), u"HB5kxSq20TCbtHo3HHkZuA"_s);
    QCOMPARE(json.value(u"responseCorrelationVector"_s).toString(), u"3watDWGaQK40WDLZ7pKMMw.0"_s);
    QCOMPARE(json.value(u"name"_s).toString(), u"demo"_s);
    QVERIFY(!json.contains(u"error"_s));

    // Ad hoc: no name.
    const QJsonObject adHoc = TokenOutput::toJson(successfulResult(QString()));
    QVERIFY(!adHoc.contains(u"name"_s));
}

void TestCliOutput::allResultsArray()
{
    TokenResult failed = successfulResult(u"broken"_s);
    failed.token = AccessToken();
    failed.error = CliError::fromError(authenticationError(), {u"broken"_s, false});
    failed.requestCorrelationVector = u"WbJ/XbxIIN1KhLWill+14w"_s;
    failed.responseCorrelationVector = u"Za321R44kr/zU6uTV3/m0g.0"_s;

    const QString text = TokenOutput::formatAll({successfulResult(), failed});
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    QCOMPARE(array.size(), 2);
    QVERIFY(array.at(0).toObject().contains(u"accessToken"_s));
    const QJsonObject broken = array.at(1).toObject();
    QCOMPARE(broken.value(u"name"_s).toString(), u"broken"_s);
    QVERIFY(!broken.contains(u"accessToken"_s));
    QVERIFY(!broken.contains(u"expiresOn"_s));
    QCOMPARE(broken.value(u"accountId"_s).toString(), accountId);
    const QJsonObject error = broken.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"type"_s).toString(), u"AuthenticationFailed"_s);
    QCOMPARE(error.value(u"httpStatus"_s).toInt(), 401);
    QCOMPARE(error.value(u"exitCode"_s).toInt(), 3);
    QCOMPARE(error.value(u"requestCorrelationVector"_s).toString(), u"WbJ/XbxIIN1KhLWill+14w"_s);
    QCOMPARE(error.value(u"responseCorrelationVector"_s).toString(), u"Za321R44kr/zU6uTV3/m0g.0"_s);
    QCOMPARE(error.value(u"wwwAuthenticate"_s).toString(),
             u"Invalid token: The account key is not valid."_s);
    QCOMPARE(QJsonDocument::fromJson(TokenOutput::formatAll({}).toUtf8()).array().size(), 0);
}

void TestCliOutput::exitCodeOfAll_data()
{
    QTest::addColumn<QList<int>>("failures");
    QTest::addColumn<int>("expected");
    QTest::newRow("all fine") << QList<int>{0, 0} << 0;
    QTest::newRow("one 401") << QList<int>{0, 3} << 3;
    QTest::newRow("two 401") << QList<int>{3, 3, 0} << 3;
    QTest::newRow("mixed") << QList<int>{3, 5} << 1;
}

void TestCliOutput::exitCodeOfAll()
{
    QFETCH(QList<int>, failures);
    QFETCH(int, expected);
    QList<TokenResult> results;
    for (int code : failures) {
        TokenResult result = successfulResult();
        if (code != 0) {
            result.token = AccessToken();
            result.error = CliError(u"X"_s, u"x"_s, ExitCode(code));
        }
        results.append(result);
    }
    QCOMPARE(toInt(TokenOutput::exitCodeOfAll(results)), expected);
}

void TestCliOutput::exitCodesOfErrorCodes_data()
{
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("400") << Error::Code::InvalidRequest << 3;
    QTest::newRow("401") << Error::Code::AuthenticationFailed << 3;
    QTest::newRow("403") << Error::Code::Forbidden << 3;
    QTest::newRow("404") << Error::Code::AccountNotFound << 4;
    QTest::newRow("dns") << Error::Code::HostNotFound << 5;
    QTest::newRow("refused") << Error::Code::ConnectionFailed << 5;
    QTest::newRow("tls") << Error::Code::TlsError << 5;
    QTest::newRow("redirect") << Error::Code::InsecureRedirect << 5;
    QTest::newRow("timeout") << Error::Code::Timeout << 5;
    QTest::newRow("invalid response") << Error::Code::InvalidResponse << 6;
    QTest::newRow("not a JWT") << Error::Code::InvalidToken << 6;
    QTest::newRow("no exp") << Error::Code::MissingExpiry << 6;
    QTest::newRow("429") << Error::Code::Throttled << 1;
    QTest::newRow("500") << Error::Code::ServerError << 1;
    QTest::newRow("canceled") << Error::Code::Canceled << 1;
    QTest::newRow("credential unavailable") << Error::Code::CredentialUnavailable << 1;
    QTest::newRow("invalid argument") << Error::Code::InvalidArgument << 2;
    QTest::newRow("none") << Error::Code::NoError << 0;
}

void TestCliOutput::exitCodesOfErrorCodes()
{
    QFETCH(Error::Code, code);
    QFETCH(int, exitCode);
    QCOMPARE(toInt(exitCodeFor(code)), exitCode);
}

void TestCliOutput::everyErrorCodeHasAnExitCode()
{
    // A code added to the library later must be mapped on purpose: none may fall through to
    // success.
    const QMetaEnum codes = QMetaEnum::fromType<Error::Code>();
    for (int index = 0; index < codes.keyCount(); ++index) {
        const auto code = Error::Code(codes.value(index));
        if (code != Error::Code::NoError)
            QVERIFY2(exitCodeFor(code) != ExitCode::Success, codes.key(index));
    }
}

void TestCliOutput::exitCodesOfKeychainErrors()
{
    for (SecretError::Code code : {SecretError::Code::NotFound, SecretError::Code::Unavailable,
                                   SecretError::Code::AccessDenied, SecretError::Code::Failed})
        QCOMPARE(exitCodeFor(code), ExitCode::KeychainUnavailable);
    QCOMPARE(exitCodeFor(SecretError::Code::NoError), ExitCode::Success);
}

void TestCliOutput::errorLineOfAnExchange()
{
    const CliError error = CliError::fromError(authenticationError(), {u"demo"_s, false});
    const QString line = error.toLine();
    QVERIFY2(line.startsWith(u"mrauth: AuthenticationFailed: The STS rejected the credential."_s),
             qPrintable(line));
    QVERIFY(line.contains(u"[HTTP 401]"_s));
    QVERIFY(line.contains(u"[WWW-Authenticate: Invalid token: The account key is not valid.]"_s));
    QVERIFY(line.contains(u"[X-MRC-CV: WbJ/XbxIIN1KhLWill+14w]"_s));
    QVERIFY(line.contains(u"[MS-CV: Za321R44kr/zU6uTV3/m0g.0]"_s));
    QVERIFY2(line.contains(u"mrauth accounts edit demo --key-stdin"_s), qPrintable(line));
    QCOMPARE(error.exitCode(), ExitCode::AuthenticationRejected);
    QVERIFY(error.toLine(u"demo"_s).startsWith(u"mrauth: demo: AuthenticationFailed: "_s));
}

void TestCliOutput::errorLineWithoutResponse()
{
    Error timeout(Error::Code::Timeout, u"No answer in time."_s);
    timeout.setRequestCorrelationVector(u"/Yq/hm/Fo+JGI4yOlhDK1w"_s);
    const QString line = CliError::fromError(timeout, {QString(), false}).toLine();
    QVERIFY2(line.contains(u"[HTTP none] [X-MRC-CV: /Yq/hm/Fo+JGI4yOlhDK1w] [MS-CV: none]"_s),
             qPrintable(line));
    QVERIFY(line.contains(u"--timeout"_s));
}

void TestCliOutput::errorLineIsOneLine()
{
    Error error(Error::Code::ServerError, u"The server said:\n  something\r\nlong"_s);
    error.setWwwAuthenticate(u"a\nb"_s);
    const QString line = CliError::fromError(error, {QString(), false}).toLine();
    QVERIFY(!line.contains(u'\n'));
    QVERIFY(!line.contains(u'\r'));
    QVERIFY(line.contains(u"The server said: something long"_s));
}

void TestCliOutput::errorHints()
{
    const CliError::AccountContext stored{u"my anchors"_s, false};
    const CliError::AccountContext adHoc{QString(), false};
    const CliError::AccountContext aad{QString(), true};
    QVERIFY(CliError::hintFor(Error::Code::AuthenticationFailed, stored)
                .contains(u"mrauth accounts edit 'my anchors' --key-stdin"_s));
    QVERIFY(CliError::hintFor(Error::Code::AuthenticationFailed, adHoc).contains(u"key"_s));
    QVERIFY(CliError::hintFor(Error::Code::AuthenticationFailed, aad).contains(u"tenant"_s));
    QVERIFY(CliError::hintFor(Error::Code::TlsError, adHoc).contains(u"--ca-file"_s));
    QVERIFY(CliError::hintFor(Error::Code::Throttled, adHoc).contains(u"--retries"_s));
    QVERIFY(CliError::hintFor(Error::Code::Forbidden, aad).contains(u"role"_s));
}

void TestCliOutput::keychainErrors()
{
    const CliError missing =
        CliError::fromSecretError(SecretError(SecretError::Code::NotFound, u"no entry"_s),
                                  SecretKind::SecondaryKey, {u"demo"_s, false});
    QCOMPARE(missing.type(), u"SecretNotFound"_s);
    QCOMPARE(missing.exitCode(), ExitCode::KeychainUnavailable);
    QVERIFY(!missing.hasExchange());
    QVERIFY2(
        missing.toLine().contains(u"mrauth accounts edit demo --key-slot secondary --key-stdin"_s),
        qPrintable(missing.toLine()));
    QVERIFY(!missing.toLine().contains(u"[HTTP"_s));

    const CliError locked = CliError::fromSecretError(
        SecretError(SecretError::Code::Unavailable, u"The keychain is locked."_s),
        SecretKind::PrimaryKey, {u"demo"_s, false});
    QCOMPARE(locked.type(), u"KeychainUnavailable"_s);
    QVERIFY(locked.toLine().contains(u"MIXEDREALITY_ACCOUNT_KEY"_s));
}

void TestCliOutput::accountLookup()
{
    Account first = Account::create();
    first.setDisplayName(u"Anchors"_s);
    Account second = Account::create();
    second.setDisplayName(u"anchors"_s);
    Account third = Account::create();
    third.setDisplayName(u"Rendering"_s);
    const QList<Account> accounts{first, second, third};

    CliError error;
    QCOMPARE(AccountLookup::find(accounts, u"anchors"_s, &error).uuid(), second.uuid());
    QCOMPARE(AccountLookup::find(accounts, u"rendering"_s, &error).uuid(), third.uuid());
    QCOMPARE(
        AccountLookup::find(accounts, first.uuid().toString(QUuid::WithoutBraces), &error).uuid(),
        first.uuid());

    QVERIFY(AccountLookup::find(accounts, u"ANCHORS"_s, &error).isNull());
    QCOMPARE(error.exitCode(), ExitCode::Usage);
    QVERIFY(error.toLine().contains(first.uuid().toString(QUuid::WithoutBraces)));

    QVERIFY(AccountLookup::find(accounts, u"missing"_s, &error).isNull());
    QCOMPARE(error.type(), u"AccountNotFound"_s);
    QCOMPARE(error.exitCode(), ExitCode::AccountNotFound);
    QVERIFY(error.toLine().contains(u"Anchors, anchors, Rendering"_s));
    QVERIFY(AccountLookup::isNameTaken(accounts, u" RENDERING "_s));
    QVERIFY(!AccountLookup::isNameTaken(accounts, u"Rendering"_s, third.uuid()));
}

void TestCliOutput::accountTable()
{
    Account key = Account::create();
    key.setDisplayName(u"demo"_s);
    key.setAccountId(accountId);
    key.setAccountDomain(domain);
    key.setKeySlot(Account::KeySlot::Secondary);
    Account aad = Account::create();
    aad.setDisplayName(u"service principal"_s);
    aad.setAccountId(accountId);
    aad.setAccountDomain(domain);
    aad.setAuthMode(Account::AuthMode::ClientSecret);
    aad.setCustomEndpoint(QUrl(u"https://127.0.0.1:4443"_s));
    const QStringList lines = AccountsOutput::table({key, aad}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"NAME"_s));
    const qsizetype serviceColumn = lines.at(0).indexOf(u"SERVICE"_s);
    QCOMPARE(lines.at(1).indexOf(u"spatial-anchors"_s), serviceColumn);
    QCOMPARE(lines.at(2).indexOf(u"spatial-anchors"_s), serviceColumn);
    QVERIFY(lines.at(1).contains(u"account-key/secondary"_s));
    QVERIFY(lines.at(1).endsWith(u"https://sts.eastus.mixedreality.azure.com"_s));
    QVERIFY(lines.at(2).contains(u"client-secret"_s));
    QVERIFY(lines.at(2).endsWith(u"https://127.0.0.1:4443"_s));
}

void TestCliOutput::accountJsonAndNames()
{
    Account account = Account::create();
    account.setDisplayName(u"demo"_s);
    account.setAccountId(accountId);
    account.setAccountDomain(domain);
    const QJsonArray array =
        QJsonDocument::fromJson(AccountsOutput::json({account}).toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(Account::fromJson(array.at(0).toObject()), account);
    QCOMPARE(AccountsOutput::names({account, account}), u"demo\ndemo\n"_s);
    QCOMPARE(AccountsOutput::names({}), QString());
}

void TestCliOutput::accountShow()
{
    Account account = Account::create();
    account.setDisplayName(u"demo"_s);
    account.setAccountId(accountId);
    account.setAccountDomain(domain);
    const AccountsOutput::SecretStates states{
        {SecretKind::PrimaryKey, AccountsOutput::SecretState::Stored},
        {SecretKind::SecondaryKey, AccountsOutput::SecretState::Unknown}};
    const QString text = AccountsOutput::showText(account, states);
    QVERIFY(text.contains(u"Account ID:"_s));
    QVERIFY(text.contains(u"https://sts.eastus.mixedreality.azure.com (default)"_s));
    QVERIFY(text.contains(u"Primary key:"_s));
    QVERIFY(text.contains(u"stored in the keychain"_s));
    QVERIFY(text.contains(u"unknown"_s));
    const QJsonObject json =
        QJsonDocument::fromJson(AccountsOutput::showJson(account, states).toUtf8()).object();
    QCOMPARE(json.value(u"secrets"_s).toObject().value(u"primary-key"_s).toString(), u"stored"_s);
    QCOMPARE(json.value(u"secrets"_s).toObject().value(u"secondary-key"_s).toString(),
             u"unknown"_s);
    QCOMPARE(json.value(u"name"_s).toString(), u"demo"_s);
    QCOMPARE(AccountsOutput::reportedSecrets(account),
             (QList<SecretKind>{SecretKind::PrimaryKey, SecretKind::SecondaryKey}));
}

void TestCliOutput::decodeText()
{
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(1795888236, Qt::UTC);
    const QString token = TestTokens::stsToken(accountId, issued);
    const QString text = DecodeOutput::text(token, issued.addSecs(3600));
    QVERIFY(text.startsWith(u"Header\n"_s));
    QVERIFY(text.contains(u"\nClaims\n"_s));
    QVERIFY2(text.contains(u"2026-11-29 17:50:36 UTC (in 23 h 0 min)"_s), qPrintable(text));
    QVERIFY(text.contains(u"2026-11-28 17:50:36 UTC (1 h 0 min ago)"_s));
    QVERIFY(text.contains(u"Status: valid, expires 2026-11-29 17:50:36 UTC"_s));
    QVERIFY(text.contains(accountId));
}

void TestCliOutput::decodeJson()
{
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(1795888236, Qt::UTC);
    const QString token = TestTokens::stsToken(accountId, issued);
    const QJsonObject json =
        QJsonDocument::fromJson(DecodeOutput::json(u"Bearer "_s + token, issued).toUtf8()).object();
    QCOMPARE(json.value(u"header"_s).toObject().value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(json.value(u"claims"_s).toObject().value(u"aid"_s).toString(), accountId);
    const QJsonObject exp = json.value(u"dates"_s).toObject().value(u"exp"_s).toObject();
    QCOMPARE(exp.value(u"epoch"_s).toInteger(), 1795974636);
    QCOMPARE(exp.value(u"utc"_s).toString(), u"2026-11-29T17:50:36Z"_s);
    QCOMPARE(exp.value(u"relative"_s).toString(), u"in 1 d"_s);
    QCOMPARE(json.value(u"expiresOn"_s).toString(), u"2026-11-29T17:50:36Z"_s);
    QCOMPARE(json.value(u"status"_s).toString(), u"valid"_s);
    QVERIFY(json.value(u"valid"_s).toBool());
}

void TestCliOutput::decodeValidity_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("withCheck");
    QTest::addColumn<QString>("checkType");
    // now = issued + offset; nbf = iat, exp = iat + 86400.
    QTest::newRow("valid") << qint64(60) << u"valid"_s << 0 << QString();
    QTest::newRow("expired") << qint64(86400) << u"expired"_s << 8 << u"TokenExpired"_s;
    QTest::newRow("not yet valid")
        << qint64(-60) << u"not-yet-valid"_s << 8 << u"TokenNotYetValid"_s;
}

void TestCliOutput::decodeValidity()
{
    QFETCH(qint64, offset);
    QFETCH(QString, status);
    QFETCH(int, withCheck);
    QFETCH(QString, checkType);
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(1795888236, Qt::UTC);
    const QDateTime now = issued.addSecs(offset);
    const QString token = TestTokens::stsToken(accountId, issued);
    const TokenInspection inspection = TokenInspection::inspect(token, now);
    QCOMPARE(DecodeOutput::statusName(inspection.validity), status);
    QCOMPARE(toInt(DecodeOutput::exitCode(inspection, false)), 0);
    QCOMPARE(toInt(DecodeOutput::exitCode(inspection, true)), withCheck);
    QCOMPARE(DecodeOutput::checkError(inspection, now).type(), checkType);
}

void TestCliOutput::decodeMalformed()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TokenInspection garbage = TokenInspection::inspect(u"asdfasdfasdf"_s, now);
    QCOMPARE(toInt(DecodeOutput::exitCode(garbage, false)), 6);
    const CliError error = DecodeOutput::malformedError(garbage);
    QCOMPARE(error.type(), u"InvalidToken"_s);
    QCOMPARE(error.exitCode(), ExitCode::InvalidResponse);

    // J6: decodes, no exp: shown, but --check cannot vouch for it.
    const QString noExpiry = u"eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJhaWQiOiJ4In0."_s;
    const TokenInspection inspection = TokenInspection::inspect(noExpiry, now);
    QCOMPARE(DecodeOutput::statusName(inspection.validity), u"no-expiry"_s);
    QCOMPARE(toInt(DecodeOutput::exitCode(inspection, false)), 0);
    QCOMPARE(toInt(DecodeOutput::exitCode(inspection, true)), 6);
    QCOMPARE(DecodeOutput::checkError(inspection, now).type(), u"MissingExpiry"_s);
}

void TestCliOutput::onlyCopyNeedsAGuiApplication_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    QTest::newRow("copy") << QStringList{u"token"_s, u"demo"_s, u"--copy"_s} << true;
    QTest::newRow("copy, ad hoc") << QStringList{u"token"_s, u"--copy"_s, u"--key-stdin"_s} << true;
    QTest::newRow("token") << QStringList{u"token"_s, u"demo"_s} << false;
    QTest::newRow("copy --help") << QStringList{u"token"_s, u"--copy"_s, u"--help"_s} << false;
    QTest::newRow("copy with a usage error")
        << QStringList{u"token"_s, u"--copy"_s, u"--format"_s, u"yaml"_s} << false;
    QTest::newRow("accounts") << QStringList{u"accounts"_s, u"list"_s} << false;
    QTest::newRow("decode") << QStringList{u"decode"_s, u"-"_s} << false;
}

void TestCliOutput::onlyCopyNeedsAGuiApplication()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, gui);
    QCOMPARE(CliApplication::needsGuiApplication(QStringList{u"mrauth"_s} + arguments), gui);
}

void TestCliOutput::clipboardDecisions_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("platforms");
    QTest::newRow("nothing") << QStringList() << u"DISPLAY or WAYLAND_DISPLAY is not set"_s
                             << u"offscreen"_s;
    QTest::newRow("X11") << QStringList{u"DISPLAY=:0"_s} << QString() << u"xcb;offscreen"_s;
    QTest::newRow("Wayland with XWayland")
        << QStringList{u"DISPLAY=:0"_s, u"WAYLAND_DISPLAY=wayland-0"_s} << QString()
        << u"wayland;xcb;offscreen"_s;
    QTest::newRow("xcb chosen, no DISPLAY")
        << QStringList{u"QT_QPA_PLATFORM=xcb"_s} << u"DISPLAY is not set"_s << u"xcb;offscreen"_s;
    QTest::newRow("offscreen chosen")
        << QStringList{u"QT_QPA_PLATFORM=offscreen"_s, u"DISPLAY=:0"_s}
        << u"'offscreen' has no clipboard"_s << u"offscreen"_s;
    QTest::newRow("minimal chosen") << QStringList{u"QT_QPA_PLATFORM=minimal"_s}
                                    << u"'minimal' has no clipboard"_s << u"minimal;offscreen"_s;
    QTest::newRow("xcb with options") << QStringList{u"QT_QPA_PLATFORM=xcb:x=1"_s, u"DISPLAY=:3"_s}
                                      << QString() << u"xcb:x=1;offscreen"_s;
}

void TestCliOutput::clipboardDecisions()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, reason);
    QFETCH(QString, platforms);
    QProcessEnvironment environment;
    for (const QString &variable : std::as_const(variables))
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    const QString found = ClipboardSession::unavailableReason(environment);
    if (reason.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(reason), qPrintable(found));
    QCOMPARE(ClipboardSession::platformFallbacks(environment), platforms);
}

void TestCliOutput::platformThatStarted()
{
    QProcessEnvironment x11;
    x11.insert(u"DISPLAY"_s, u":9"_s);
    QVERIFY(ClipboardSession::startedPlatformProblem(x11, u"xcb"_s).isEmpty());
    QVERIFY(ClipboardSession::startedPlatformProblem(x11, u"offscreen"_s)
                .startsWith(u"Could not connect to the display (DISPLAY=:9)"_s));
    QProcessEnvironment chosen;
    chosen.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QVERIFY(ClipboardSession::startedPlatformProblem(chosen, u"offscreen"_s)
                .contains(u"'offscreen' has no clipboard"_s));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
