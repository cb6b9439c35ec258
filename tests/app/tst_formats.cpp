// The pure formatting functions: copy formats, countdowns and relative times.
#include "copyformats.h"
#include "timeformat.h"

#include <QTest>

using namespace MrAuth;

class TestFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void copyFormats_data();
    void copyFormats();
    void shellQuote_data();
    void shellQuote();
    void countdown_data();
    void countdown();
    void duration_data();
    void duration();
    void relative();
    void dateTimes();
};

void TestFormats::copyFormats_data()
{
    QTest::addColumn<CopyFormats::Format>("format");
    QTest::addColumn<QString>("serviceUrl");
    QTest::addColumn<QString>("expected");
    QTest::newRow("token") << CopyFormats::Format::Token << QString()
                           << QStringLiteral("eyJ.a-b_c.sig");
    QTest::newRow("header") << CopyFormats::Format::AuthorizationHeader << QString()
                            << QStringLiteral("Authorization: Bearer eyJ.a-b_c.sig");
    QTest::newRow("curl") << CopyFormats::Format::CurlCommand
                          << QStringLiteral("https://manage.sa.eastus.mixedreality.azure.com/")
                          << QStringLiteral(
                                 "curl --fail-with-body -H 'Authorization: Bearer eyJ.a-b_c.sig' "
                                 "'https://manage.sa.eastus.mixedreality.azure.com/'");
    QTest::newRow("curl without url")
        << CopyFormats::Format::CurlCommand << QString()
        << QStringLiteral("curl --fail-with-body -H 'Authorization: Bearer eyJ.a-b_c.sig' "
                          "\"$MIXEDREALITY_SERVICE_URL\"");
    QTest::newRow("export") << CopyFormats::Format::ShellExport << QString()
                            << QStringLiteral("export MIXEDREALITY_ACCESS_TOKEN='eyJ.a-b_c.sig'");
}

void TestFormats::copyFormats()
{
    QFETCH(CopyFormats::Format, format);
    QFETCH(QString, serviceUrl);
    QFETCH(QString, expected);
    QCOMPARE(CopyFormats::format(format, QStringLiteral("eyJ.a-b_c.sig"), QUrl(serviceUrl)),
             expected);
    QVERIFY(!CopyFormats::label(format).isEmpty());
}

void TestFormats::shellQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar") << QStringLiteral("$HOME `x`") << QStringLiteral("'$HOME `x`'");
}

void TestFormats::shellQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(CopyFormats::shellQuote(text), quoted);
}

void TestFormats::countdown_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("a day") << qint64(86400 + 2 * 3600 + 3 * 60 + 4)
                           << QStringLiteral("1 d 02:03:04");
    QTest::newRow("24 h") << qint64(86399) << QStringLiteral("23:59:59");
    QTest::newRow("an hour") << qint64(3600) << QStringLiteral("01:00:00");
    QTest::newRow("minutes") << qint64(3599) << QStringLiteral("59:59");
    QTest::newRow("seconds") << qint64(5) << QStringLiteral("00:05");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("expired");
    QTest::newRow("negative") << qint64(-10) << QStringLiteral("expired");
}

void TestFormats::countdown()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TimeFormat::countdown(seconds), text);
}

void TestFormats::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("days") << qint64(2 * 86400 + 3 * 3600) << QStringLiteral("2 d 3 h");
    QTest::newRow("one day") << qint64(86400) << QStringLiteral("1 d");
    QTest::newRow("hours") << qint64(23 * 3600 + 59 * 60 + 30) << QStringLiteral("23 h 59 min");
    QTest::newRow("minutes") << qint64(5 * 60 + 3) << QStringLiteral("5 min 3 s");
    QTest::newRow("whole minutes") << qint64(180) << QStringLiteral("3 min");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("42 s");
}

void TestFormats::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(TimeFormat::duration(seconds), text);
}

void TestFormats::relative()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1610898650, Qt::UTC);
    QCOMPARE(TimeFormat::relative(now.addSecs(86400), now), QStringLiteral("in 1 d"));
    QCOMPARE(TimeFormat::relative(now.addSecs(-300), now), QStringLiteral("5 min ago"));
    QCOMPARE(TimeFormat::relative(now, now), QStringLiteral("now"));
    QCOMPARE(TimeFormat::relative(QDateTime(), now), QString());
}

void TestFormats::dateTimes()
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(1610898650, Qt::UTC);
    QCOMPARE(TimeFormat::utcDateTime(time), QStringLiteral("2021-01-17 15:50:50 UTC"));
    QVERIFY(TimeFormat::localDateTime(time).startsWith(
        time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
