// TokenInspection: the decoded view of a token, with validity at a given time.
#include "testtokens.h"
#include "tokeninspection.h"

#include <QTest>

using namespace MrAuth;

class TestTokenInspection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void extractToken_data();
    void extractToken();
    void validity_data();
    void validity();
    void fieldsAndMeanings();
};

void TestTokenInspection::extractToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("a.b.c");
    QTest::newRow("spaces") << QStringLiteral("  a.b.c \n");
    QTest::newRow("bearer") << QStringLiteral("Bearer a.b.c");
    QTest::newRow("header") << QStringLiteral("Authorization: Bearer a.b.c");
    QTest::newRow("header lower case") << QStringLiteral("authorization:bearer   a.b.c");
    QTest::newRow("quoted") << QStringLiteral("\"a.b.c\"");
    QTest::newRow("export") << QStringLiteral("export MIXEDREALITY_ACCESS_TOKEN='a.b.c'");
    QTest::newRow("wrapped") << QStringLiteral("a.\nb.\nc");
}

void TestTokenInspection::extractToken()
{
    QFETCH(QString, text);
    QCOMPARE(TokenInspection::extractToken(text), QStringLiteral("a.b.c"));
}

void TestTokenInspection::validity_data()
{
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(1610812250, Qt::UTC);
    const QString token =
        TestTokens::stsToken(QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"), issued);
    QTest::addColumn<QString>("token");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<TokenInspection::Validity>("validity");
    QTest::addColumn<QString>("text");
    QTest::newRow("valid") << token << issued.addSecs(60) << TokenInspection::Validity::Valid
                           << QStringLiteral("Valid for another 23 h 59 min");
    QTest::newRow("expired") << token << issued.addSecs(86400 + 300)
                             << TokenInspection::Validity::Expired
                             << QStringLiteral("Expired 5 min ago");
    QTest::newRow("not yet") << token << issued.addSecs(-120)
                             << TokenInspection::Validity::NotYetValid
                             << QStringLiteral("Not valid yet");
    // Conformance fixtures: string exp, no exp, garbage.
    QTest::newRow("string exp")
        << QStringLiteral("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJleHAiOiIxNjEwODk4NjUwIn0.")
        << issued << TokenInspection::Validity::Valid << QStringLiteral("Valid for another");
    QTest::newRow("no exp") << QStringLiteral("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJhIjoxfQ.")
                            << issued << TokenInspection::Validity::NoExpiry
                            << QStringLiteral("The token has no usable expiry");
    QTest::newRow("garbage") << QStringLiteral("asdfasdfasdf") << issued
                             << TokenInspection::Validity::Malformed
                             << QStringLiteral("Not a JSON Web Token");
}

void TestTokenInspection::validity()
{
    QFETCH(QString, token);
    QFETCH(QDateTime, now);
    QFETCH(TokenInspection::Validity, validity);
    QFETCH(QString, text);
    const TokenInspection inspection = TokenInspection::inspect(token, now);
    QCOMPARE(inspection.validity, validity);
    QVERIFY2(inspection.validityText(now).startsWith(text),
             qPrintable(inspection.validityText(now)));
}

void TestTokenInspection::fieldsAndMeanings()
{
    const QDateTime issued = QDateTime::fromSecsSinceEpoch(1610812250, Qt::UTC);
    const QString token =
        TestTokens::stsToken(QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"), issued);
    const TokenInspection inspection =
        TokenInspection::inspect(QStringLiteral("Bearer ") + token, issued);
    QCOMPARE(inspection.issuedAt, issued);
    QCOMPARE(inspection.expiresOn, issued.addSecs(86400));
    QStringList headerNames;
    for (const auto &field : inspection.header)
        headerNames << field.name;
    QVERIFY(headerNames.contains(QStringLiteral("alg")) &&
            headerNames.contains(QStringLiteral("kid")));
    bool sawAid = false;
    for (const auto &field : inspection.claims) {
        if (field.name == QLatin1String("aid")) {
            sawAid = true;
            QCOMPARE(field.value, QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"));
            QVERIFY(field.meaning.contains(QStringLiteral("Account ID")));
        }
        if (field.name == QLatin1String("exp")) {
            QCOMPARE(field.time, issued.addSecs(86400));
            QCOMPARE(field.value, QString::number(issued.addSecs(86400).toSecsSinceEpoch()));
        }
        for (const char *known : {"aid", "apr", "rid", "iss", "aud", "iat", "nbf", "exp"}) {
            if (field.name == QLatin1String(known))
                QVERIFY2(!field.meaning.isEmpty(), known);
        }
    }
    QVERIFY(sawAid);
}

QTEST_GUILESS_MAIN(TestTokenInspection)
#include "tst_tokeninspection.moc"
