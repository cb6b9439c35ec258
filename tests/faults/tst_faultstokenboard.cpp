// The fault matrix against the desktop app's token board: each fault, fetched through
// TokenBoard (a MemorySecretStore holding the key, a ManualClock), ends in the right entry
// state with its typed error and message in TokenBoardModel, one request-log entry with the
// attempts the retry policy allows, and exactly one tokenReceived() or fetchFailed(). A cancel
// while the fault plays leaves the entry quiet and ready for the next refresh.
#include "accountstore.h"
#include "faultcase.h"
#include "faultrig.h"
#include "manualclock.h"
#include "memorysecretstore.h"
#include "requestlog.h"
#include "tokenboard.h"
#include "tokenboardmodel.h"

#include <mrauth/jwt.h>

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;

namespace {

// Longer than the longest retry delay (100 ms): a forgotten retry timer or a late network
// reply would fire within it.
constexpr int quietMs = 150;

} // namespace

class TestFaultsTokenBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void refresh_data();
    void refresh();
    void cancelMidFault_data();
    void cancelMidFault();

private:
    struct Board
    {
        AccountStore store{QString()};
        MemorySecretStore secrets;
        RequestLog log;
        ManualClock clock{QDateTime::currentDateTimeUtc()};
        std::unique_ptr<TokenBoard> board;
        std::unique_ptr<TokenBoardModel> model;
        Account account;
    };
    //! A board with one account pointed at \a target, its key in the secret store.
    void setUp(Board &rig, const FaultCase &fault, const FaultTarget &target);

    FaultRig m_rig;
};

void TestFaultsTokenBoard::initTestCase()
{
    QString error;
    QVERIFY2(m_rig.start(&error), qPrintable(error));
}

void TestFaultsTokenBoard::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestFaultsTokenBoard::setUp(Board &rig, const FaultCase &fault, const FaultTarget &target)
{
    rig.store.load();
    rig.board = std::make_unique<TokenBoard>(&rig.store, &rig.secrets, &rig.log);
    rig.board->setTicking(false);
    rig.board->setClock(&rig.clock);
    AccountConnection::Options options;
    options.sts.retryPolicy = FaultRig::retryPolicy(fault.retries);
    options.sts.transferTimeout = FaultRig::transferTimeout(fault);
    rig.board->setConnectionOptions(options);
    rig.model = std::make_unique<TokenBoardModel>(rig.board.get());

    rig.account = Account::create();
    rig.account.setDisplayName(QStringLiteral("faults"));
    rig.account.setAccountId(target.accountId);
    rig.account.setAccountDomain(target.accountDomain);
    rig.account.setCustomEndpoint(target.endpoint);
    rig.account.setCaCertificateFile(target.caFile);
    rig.account.setAutoRefresh(false);
    SecretJob *write =
        rig.secrets.writeSecret(rig.account.uuid(), SecretKind::PrimaryKey, target.accountKey);
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    rig.store.add(rig.account);
    QCOMPARE(rig.board->count(), 1);
}

void TestFaultsTokenBoard::refresh_data()
{
    addFaultRows();
}

void TestFaultsTokenBoard::refresh()
{
    QFETCH(FaultCase, fault);
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));
    Board rig;
    setUp(rig, fault, target);
    if (QTest::currentTestFailed())
        return;
    TokenBoard *board = rig.board.get();
    const QUuid account = rig.account.uuid();
    QAbstractItemModelTester tester(rig.model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy received(board, &TokenBoard::tokenReceived);
    QSignalSpy failed(board, &TokenBoard::fetchFailed);
    QSignalSpy changed(board, &TokenBoard::entryChanged);
    board->refresh(account);
    QCOMPARE(board->stateOf(account), TokenEntry::State::Fetching);
    QTRY_VERIFY_WITH_TIMEOUT(received.size() + failed.size() > 0, 30000);

    const TokenEntry entry = board->entry(account);
    const QModelIndex status = rig.model->indexOf(account, TokenBoardModel::StatusColumn);
    QVERIFY(!entry.fetching);
    if (fault.expected == Error::Code::NoError) {
        QCOMPARE(received.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(board->stateOf(account), TokenEntry::State::Valid);
        QVERIFY(!entry.error.isError());
        const Jwt jwt = Jwt::decode(entry.token.token());
        QVERIFY(jwt.isValid());
        QCOMPARE(jwt.claims().value(QStringLiteral("aid")).toString(), target.accountId);
        QCOMPARE(status.data().toString(), TokenEntry::stateName(TokenEntry::State::Valid));
    } else {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(received.size(), 0);
        QCOMPARE(failed.first().at(0).toUuid(), account);
        QCOMPARE(failed.first().at(1).value<Error>().code(), fault.expected);
        QCOMPARE(board->stateOf(account), TokenEntry::State::Error);
        QVERIFY(entry.token.isNull());
        QCOMPARE(entry.error.code(), fault.expected);
        QCOMPARE(entry.error.httpStatus(), fault.httpStatus);
        QVERIFY(!entry.error.message().isEmpty());
        QVERIFY(!entry.error.requestCorrelationVector().isEmpty());

        // What the user sees: the kind (and status) in the cell, the message and both vectors
        // in its tooltip, the typed error for the views.
        QString kind = Error::codeName(fault.expected);
        if (fault.httpStatus != 0)
            kind = QString::number(fault.httpStatus) + u' ' + kind;
        QCOMPARE(status.data().toString(), TokenBoardModel::tr("Error: %1").arg(kind));
        const QString details = status.data(Qt::ToolTipRole).toString();
        QVERIFY2(details.startsWith(entry.error.message()), qPrintable(details));
        QVERIFY2(details.contains(entry.error.requestCorrelationVector()), qPrintable(details));
        QVERIFY(!details.contains(target.accountKey));
        QCOMPARE(status.data(TokenBoardModel::ErrorRole).value<Error>().code(), fault.expected);
        QCOMPARE(status.data(TokenBoardModel::StateRole).value<TokenEntry::State>(),
                 TokenEntry::State::Error);
    }

    // One request-log entry, with the tries the retry policy allowed.
    QCOMPARE(rig.log.count(), 1);
    const RequestLogEntry logged = rig.log.at(0);
    QCOMPARE(logged.errorCode, fault.expected);
    QCOMPARE(logged.attempts, fault.attempts);
    QCOMPARE(logged.httpStatus, fault.httpStatus);
    QVERIFY(!logged.requestCorrelationVector.isEmpty());

    if (fault.serverRequests < 0)
        QTRY_VERIFY(m_rig.serverRequests() >= fault.attempts);
    else
        QTRY_COMPARE(m_rig.serverRequests(), fault.serverRequests);
    if (fault.isTlsFault())
        QTRY_VERIFY(m_rig.handshakeFailures() >= 1);

    // Quiet afterwards: no second result, no change to the entry, no request.
    const int requests = m_rig.serverRequests();
    changed.clear();
    QVERIFY2(!changed.wait(quietMs), "the entry changed after its fetch had ended");
    QCOMPARE(received.size() + failed.size(), 1);
    QCOMPARE(rig.log.count(), 1);
    QCOMPARE(m_rig.serverRequests(), requests);
}

void TestFaultsTokenBoard::cancelMidFault_data()
{
    addFaultRows();
}

void TestFaultsTokenBoard::cancelMidFault()
{
    // The user cancels while the fault plays: the entry stops fetching without an error or a
    // result, stays quiet, and the next refresh (fault cleared) gets a token.
    QFETCH(FaultCase, fault);
    FaultTarget target;
    QString injectError;
    QVERIFY2(m_rig.inject(fault, &target, &injectError), qPrintable(injectError));
    Board rig;
    setUp(rig, fault, target);
    if (QTest::currentTestFailed())
        return;
    TokenBoard *board = rig.board.get();
    const QUuid account = rig.account.uuid();
    QAbstractItemModelTester tester(rig.model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy received(board, &TokenBoard::tokenReceived);
    QSignalSpy failed(board, &TokenBoard::fetchFailed);
    QSignalSpy changed(board, &TokenBoard::entryChanged);
    board->refresh(account);
    if (fault.serverRequests != 0) {
        QTRY_VERIFY_WITH_TIMEOUT(m_rig.serverRequests() >= 1 || !board->entry(account).fetching,
                                 30000);
    }
    const bool endedBefore = !board->entry(account).fetching;
    board->cancel(account);
    QVERIFY(!board->entry(account).fetching);
    if (!endedBefore) {
        QCOMPARE(received.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(board->stateOf(account), TokenEntry::State::NotFetched);
        QVERIFY(!board->entry(account).error.isError());
    }
    const qsizetype results = received.size() + failed.size();
    changed.clear();
    QVERIFY2(!changed.wait(quietMs), "the entry changed after the fetch was cancelled");
    QCOMPARE(received.size() + failed.size(), results);

    if (!fault.isEmulatorFault())
        return;
    // The board recovers once the server does.
    QVERIFY(m_rig.emulator().clearFaults());
    const qsizetype receivedBefore = received.size();
    const qsizetype failedBefore = failed.size();
    board->refresh(account);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), receivedBefore + 1, 30000);
    QCOMPARE(board->stateOf(account), TokenEntry::State::Valid);
    QCOMPARE(failed.size(), failedBefore);
}

QTEST_GUILESS_MAIN(TestFaultsTokenBoard)
#include "tst_faultstokenboard.moc"
