// TokenBoardModel: checked by QAbstractItemModelTester while accounts come and go and tokens
// arrive from the emulator; masking and reveal; one tick moves every countdown with the
// injected clock, in one dataChanged per changing column.
#include "accountstore.h"
#include "apptesthelpers.h"
#include "emulatorprocess.h"
#include "manualclock.h"
#include "memorysecretstore.h"
#include "tokenboard.h"
#include "tokenboardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace MrAuth;
using namespace std::chrono_literals;

class TestTokenBoardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsFollowTheAccounts();
    void tokenIsMaskedUntilRevealed();
    void countdownAdvancesWithTheClock();
    void statusColumnShowsErrors();
    void headers();

private:
    QUuid addAccount(int demoIndex, const QString &key);
    void fetch(const QUuid &account);

    EmulatorProcess m_emulator;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TokenBoard> m_board;
    std::unique_ptr<TokenBoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTokenBoardModel::initTestCase()
{
    QString error;
    QVERIFY2(m_emulator.start(EmulatorProcess::demoAccounts(), {}, &error), qPrintable(error));
}

void TestTokenBoardModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_store = std::make_unique<AccountStore>(QString());
    m_store->load();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_board = std::make_unique<TokenBoard>(m_store.get(), m_secrets.get());
    m_board->setTicking(false);
    m_board->setClock(m_clock.get());
    AccountConnection::Options options;
    options.sts.retryPolicy = RetryPolicy::none();
    m_board->setConnectionOptions(options);
    m_model = std::make_unique<TokenBoardModel>(m_board.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTokenBoardModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_board.reset();
    m_secrets.reset();
    m_store.reset();
}

QUuid TestTokenBoardModel::addAccount(int demoIndex, const QString &key)
{
    const Account account = AppTest::emulatorAccount(m_emulator, demoIndex);
    [&] {
        QVERIFY(
            AppTest::finish(m_secrets->writeSecret(account.uuid(), SecretKind::PrimaryKey, key)));
    }();
    m_store->add(account);
    return account.uuid();
}

void TestTokenBoardModel::fetch(const QUuid &account)
{
    QSignalSpy received(m_board.get(), &TokenBoard::tokenReceived);
    QSignalSpy failed(m_board.get(), &TokenBoard::fetchFailed);
    m_board->refresh(account);
    QTRY_VERIFY_WITH_TIMEOUT(received.size() + failed.size() == 1, 20000);
}

void TestTokenBoardModel::rowsFollowTheAccounts()
{
    QCOMPARE(m_model->rowCount(), 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QUuid first = addAccount(0, AppTest::emulatorKey(0));
    const QUuid second = addAccount(1, AppTest::emulatorKey(1));
    const QUuid third = addAccount(2, AppTest::emulatorKey(2));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(TokenBoardModel::ColumnCount));
    QCOMPARE(m_model->accountAt(m_model->index(1, 0)), second);
    QCOMPARE(m_model->indexOf(third).row(), 2);
    QCOMPARE(m_model->index(0, TokenBoardModel::NameColumn).data().toString(),
             QStringLiteral("demo-spatial-anchors"));
    QCOMPARE(m_model->index(1, TokenBoardModel::ServiceColumn).data().toString(),
             QStringLiteral("Spatial Anchors")); // the helper keeps the default service
    QCOMPARE(m_model->index(0, TokenBoardModel::StatusColumn).data().toString(),
             QStringLiteral("Not fetched"));

    fetch(first);
    fetch(third);
    QCOMPARE(m_model->index(0, 0).data(TokenBoardModel::StateRole).value<TokenEntry::State>(),
             TokenEntry::State::Valid);

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_store->remove(second);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->accountAt(m_model->index(1, 0)), third);

    // A reload from disk resets the model.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_store->load();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
}

void TestTokenBoardModel::tokenIsMaskedUntilRevealed()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0));
    const QModelIndex cell = m_model->indexOf(account, TokenBoardModel::TokenColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("—"));
    fetch(account);
    const QString token = m_board->entry(account).token.token();
    QVERIFY(!token.isEmpty());
    QCOMPARE(cell.data().toString(), TokenBoardModel::maskedToken());
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Token hidden"));
    // The token is in no role while masked.
    for (int role = 0; role < TokenBoardModel::RevealedRole + 1; ++role) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QVariant value = m_model->index(cell.row(), column).data(role);
            QVERIFY(!value.toString().contains(token.left(40)));
        }
    }
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRevealed(account, true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell.data().toString(), token);
    QVERIFY(cell.data(TokenBoardModel::RevealedRole).toBool());
    m_model->hideAll();
    QCOMPARE(cell.data().toString(), TokenBoardModel::maskedToken());
}

void TestTokenBoardModel::countdownAdvancesWithTheClock()
{
    const QUuid account = addAccount(0, AppTest::emulatorKey(0));
    const QUuid idle = addAccount(1, AppTest::emulatorKey(1));
    fetch(account);
    const QDateTime expiry = m_board->entry(account).token.expiresOn();
    m_clock->setCurrentDateTimeUtc(expiry.addSecs(-(3 * 3600 + 61)));
    const QModelIndex countdown = m_model->indexOf(account, TokenBoardModel::ExpiresColumn);
    QCOMPARE(countdown.data().toString(), QStringLiteral("03:01:01"));
    QCOMPARE(countdown.data(TokenBoardModel::SecondsLeftRole).toLongLong(), 3 * 3600 + 61);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(1s);
    m_board->tick();
    QCOMPARE(changed.size(), 2); // status and countdown, every row at once
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(bottomRight.row(), 1);
        QCOMPARE(topLeft.column(), bottomRight.column());
    }
    QCOMPARE(countdown.data().toString(), QStringLiteral("03:01:00"));
    QCOMPARE(m_model->indexOf(idle, TokenBoardModel::ExpiresColumn).data().toString(), QString());

    m_clock->setCurrentDateTimeUtc(expiry.addSecs(-59));
    m_board->tick();
    QCOMPARE(countdown.data().toString(), QStringLiteral("00:59"));
    QCOMPARE(m_model->indexOf(account, TokenBoardModel::StatusColumn).data().toString(),
             QStringLiteral("Expiring soon"));
    m_clock->setCurrentDateTimeUtc(expiry.addSecs(180));
    m_board->tick();
    QCOMPARE(countdown.data().toString(), QStringLiteral("expired 3 min ago"));
    QCOMPARE(m_model->indexOf(account, TokenBoardModel::StatusColumn).data().toString(),
             QStringLiteral("Expired"));
}

void TestTokenBoardModel::statusColumnShowsErrors()
{
    const QUuid account = addAccount(0, QStringLiteral("d3Jvbmc="));
    fetch(account);
    const QModelIndex status = m_model->indexOf(account, TokenBoardModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Error: 401 AuthenticationFailed"));
    const Error error = status.data(TokenBoardModel::ErrorRole).value<Error>();
    const QString details = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(details.contains(error.requestCorrelationVector()), qPrintable(details));
    QVERIFY2(details.contains(error.responseCorrelationVector()), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("HTTP status: 401")));
}

void TestTokenBoardModel::headers()
{
    const QStringList expected{QStringLiteral("Name"),       QStringLiteral("Service"),
                               QStringLiteral("Status"),     QStringLiteral("Token"),
                               QStringLiteral("Expires in"), QStringLiteral("Last refresh")};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

QTEST_GUILESS_MAIN(TestTokenBoardModel)
#include "tst_tokenboardmodel.moc"
