// `mrauth decode`: a token from stdin (or the argument), pasted forms and the JSON of
// `token --format json`, text and JSON output with dates in UTC, and `--check` exiting 8 for
// expired and not-yet-valid tokens, 6 for text that is no JWT.
#include "cliprocess.h"
#include "testtokens.h"

#include <QTest>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

const QString accountId = u"87e9abb1-79b9-4502-bbae-cfae8c610f23"_s;

QString tokenIssuedAt(const QDateTime &issued)
{
    return TestTokens::stsToken(accountId, issued);
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputs_data();
    void inputs();
    void json();
    void check_data();
    void check();
    void malformed();
    void noToken();

private:
    CliProcess m_cli;
};

void TestCliDecode::inputs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    const QString token = tokenIssuedAt(QDateTime::currentDateTimeUtc());
    QTest::newRow("stdin") << QStringList{u"-"_s} << token.toUtf8() + '\n';
    QTest::newRow("stdin without -") << QStringList() << token.toUtf8();
    QTest::newRow("argument") << QStringList{token} << QByteArray();
    QTest::newRow("pasted header")
        << QStringList{u"-"_s} << "Authorization: Bearer " + token.toUtf8() + '\n';
    QTest::newRow("pasted export")
        << QStringList{u"-"_s} << "export MIXEDREALITY_ACCESS_TOKEN='" + token.toUtf8() + "'\n";
    QTest::newRow("wrapped over lines")
        << QStringList{u"-"_s} << token.left(100).toUtf8() + "\n" + token.mid(100).toUtf8() + "\n";
    QTest::newRow("json of token")
        << QStringList{u"-"_s}
        << "{\n  \"accessToken\": \"" + token.toUtf8() + "\",\n  \"expiresOnEpoch\": 1\n}\n";
}

void TestCliDecode::inputs()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    const CliProcess::Result result =
        m_cli.run(QStringList{u"decode"_s} + arguments + QStringList{u"--check"_s}, input);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.err.isEmpty());
    const QString text = result.outText();
    QVERIFY(text.startsWith(u"Header\n"_s));
    QVERIFY(text.contains(u"  alg  RS256"_s));
    QVERIFY(text.contains(u"\nClaims\n"_s));
    QVERIFY(text.contains(accountId));
    QVERIFY(text.contains(u" UTC (in 23 h 59 min"_s) || text.contains(u" UTC (in 1 d)"_s));
    QVERIFY(text.contains(u"\nStatus: valid, expires "_s));
}

void TestCliDecode::json()
{
    const QDateTime issued = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QString token = tokenIssuedAt(issued);
    const CliProcess::Result result =
        m_cli.run({u"decode"_s, u"--format"_s, u"json"_s}, token.toUtf8());
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"claims"_s).toObject().value(u"aid"_s).toString(), accountId);
    QCOMPARE(json.value(u"header"_s).toObject().value(u"typ"_s).toString(), u"JWT"_s);
    const QJsonObject iat = json.value(u"dates"_s).toObject().value(u"iat"_s).toObject();
    QCOMPARE(iat.value(u"epoch"_s).toInteger(), issued.toSecsSinceEpoch());
    QCOMPARE(
        iat.value(u"utc"_s).toString(),
        QDateTime::fromSecsSinceEpoch(issued.toSecsSinceEpoch(), Qt::UTC).toString(Qt::ISODate));
    QVERIFY(iat.value(u"relative"_s).toString().endsWith(u" ago"_s));
    QCOMPARE(json.value(u"status"_s).toString(), u"valid"_s);
    QVERIFY(json.value(u"valid"_s).toBool());
    QCOMPARE(json.value(u"expiresOnEpoch"_s).toInteger(), issued.toSecsSinceEpoch() + 86400);
}

void TestCliDecode::check_data()
{
    QTest::addColumn<qint64>("issuedSecondsAgo");
    QTest::addColumn<bool>("check");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::newRow("valid") << qint64(60) << true << 0 << u"valid, expires"_s;
    QTest::newRow("expired, --check") << qint64(90000) << true << 8 << u"expired"_s;
    QTest::newRow("expired, no --check") << qint64(90000) << false << 0 << u"expired"_s;
    QTest::newRow("not yet valid, --check") << qint64(-600) << true << 8 << u"not valid yet"_s;
}

void TestCliDecode::check()
{
    QFETCH(qint64, issuedSecondsAgo);
    QFETCH(bool, check);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    const QString token = tokenIssuedAt(QDateTime::currentDateTimeUtc().addSecs(-issuedSecondsAgo));
    QStringList arguments{u"decode"_s, u"-"_s};
    if (check)
        arguments.append(u"--check"_s);
    const CliProcess::Result result = m_cli.run(arguments, token.toUtf8());
    QVERIFY2(result.exitCode == exitCode, result.describe().constData());
    QVERIFY2(result.outText().contains(u"Status: "_s + status), result.describe().constData());
    if (exitCode == 8) {
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.errText().startsWith(u"mrauth: Token"_s));
    } else {
        QVERIFY(result.err.isEmpty());
    }
}

void TestCliDecode::malformed()
{
    for (const QByteArray &input :
         {QByteArray("asdfasdfasdf"), QByteArray("a.b"), QByteArray("header..")}) {
        const CliProcess::Result result = m_cli.run({u"decode"_s}, input);
        QVERIFY2(result.exitCode == 6, result.describe().constData());
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.errText().startsWith(u"mrauth: InvalidToken: "_s));
    }
    // J6: a JWT without exp decodes, but --check cannot vouch for it.
    const QByteArray noExpiry = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJhaWQiOiJ4In0.";
    CliProcess::Result result = m_cli.run({u"decode"_s}, noExpiry);
    QVERIFY2(result.exitCode == 0, result.describe().constData());
    QVERIFY(result.outText().contains(u"Status: no usable expiry"_s));
    result = m_cli.run({u"decode"_s, u"--check"_s}, noExpiry);
    QVERIFY2(result.exitCode == 6, result.describe().constData());
    QVERIFY(result.errText().startsWith(u"mrauth: MissingExpiry: "_s));
}

void TestCliDecode::noToken()
{
    const CliProcess::Result result = m_cli.run({u"decode"_s, u"-"_s}, "\n\n");
    QVERIFY2(result.exitCode == 2, result.describe().constData());
    QVERIFY(result.errText().contains(u"standard input"_s));
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_clidecode.moc"
