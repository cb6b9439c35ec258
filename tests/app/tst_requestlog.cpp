// RequestLog and RequestLogModel: bounded, exportable as JSON and CSV, no secrets, and a model
// that QAbstractItemModelTester accepts.
#include "requestlog.h"
#include "requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace MrAuth;

namespace {
RequestLogEntry entry(int i, bool failed = false)
{
    Error error;
    if (failed) {
        error = Error(Error::Code::AuthenticationFailed,
                      QStringLiteral("The STS rejected the credential, \"twice\"."));
        error.setHttpStatus(401);
        error.setWwwAuthenticate(QStringLiteral("Invalid token: The account key is not valid."));
    }
    return RequestLogEntry::fromResult(QUuid::createUuid(), QStringLiteral("account %1").arg(i),
                                       QStringLiteral("refresh"), error, failed ? 401 : 200,
                                       QStringLiteral("DQzdx06xR5GYcLGnQTzs3w"),
                                       QStringLiteral("gKXl1CkeG0mRb6HEtMUmHQ.0"), 10 + i, 1,
                                       QDateTime::fromSecsSinceEpoch(1610898650 + i, Qt::UTC));
}
} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void entries();
    void boundedWithTheModel();
    void exportJsonAndCsv();
};

void TestRequestLog::entries()
{
    const RequestLogEntry ok = entry(1);
    QVERIFY(ok.isSuccess());
    QCOMPARE(ok.statusText(), QStringLiteral("200"));
    QVERIFY(ok.errorText.isEmpty());
    const RequestLogEntry failed = entry(2, true);
    QCOMPARE(failed.statusText(), QStringLiteral("401 AuthenticationFailed"));
    QVERIFY(failed.errorText.contains(QStringLiteral("WWW-Authenticate: Invalid token")));
    const QJsonObject json = failed.toJson();
    QCOMPARE(json.value(QStringLiteral("requestCv")).toString(),
             QStringLiteral("DQzdx06xR5GYcLGnQTzs3w"));
    QCOMPARE(json.value(QStringLiteral("responseCv")).toString(),
             QStringLiteral("gKXl1CkeG0mRb6HEtMUmHQ.0"));
    QCOMPARE(json.value(QStringLiteral("error")).toString(),
             QStringLiteral("AuthenticationFailed"));
    QCOMPARE(json.value(QStringLiteral("time")).toString(),
             QStringLiteral("2021-01-17T15:50:52.000Z"));
}

void TestRequestLog::boundedWithTheModel()
{
    RequestLog log;
    RequestLogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setCapacity(3);
    for (int i = 0; i < 5; ++i)
        log.append(entry(i, i == 4));
    QCOMPARE(log.count(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, RequestLogModel::AccountColumn).data().toString(),
             QStringLiteral("account 2"));
    QCOMPARE(model.index(2, RequestLogModel::StatusColumn).data().toString(),
             QStringLiteral("401 AuthenticationFailed"));
    QVERIFY(model.index(2, 0).data(RequestLogModel::FailedRole).toBool());
    QCOMPARE(model.index(2, RequestLogModel::RequestCvColumn).data().toString(),
             QStringLiteral("DQzdx06xR5GYcLGnQTzs3w"));
    QCOMPARE(model.index(2, RequestLogModel::ResponseCvColumn).data().toString(),
             QStringLiteral("gKXl1CkeG0mRb6HEtMUmHQ.0"));
    QCOMPARE(model.index(1, RequestLogModel::LatencyColumn).data().toString(),
             QStringLiteral("13 ms"));
    QCOMPARE(model.headerData(RequestLogModel::RequestCvColumn, Qt::Horizontal).toString(),
             QStringLiteral("X-MRC-CV"));
    log.setCapacity(1);
    QCOMPARE(model.rowCount(), 1);
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRequestLog::exportJsonAndCsv()
{
    RequestLog log;
    log.append(entry(1));
    log.append(entry(2, true));
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("log.json"));
    const QString csvPath = dir.filePath(QStringLiteral("log.csv"));
    QString error;
    QVERIFY2(log.exportTo(jsonPath, &error), qPrintable(error));
    QVERIFY2(log.exportTo(csvPath, &error), qPrintable(error));

    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("401 AuthenticationFailed"));

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(
        lines.first(),
        QByteArray("time,account,operation,status,latency_ms,attempts,x_mrc_cv,ms_cv,error\r"));
    QVERIFY(lines.at(2).startsWith(
        "2021-01-17T15:50:52.000Z,account 2,refresh,401 AuthenticationFailed,12,1,"
        "DQzdx06xR5GYcLGnQTzs3w,gKXl1CkeG0mRb6HEtMUmHQ.0,\"The STS rejected the "
        "credential, \"\"twice\"\".")); // quoted as RFC 4180 says

    QVERIFY(!log.exportTo(dir.filePath(QStringLiteral("missing/dir/log.json")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
