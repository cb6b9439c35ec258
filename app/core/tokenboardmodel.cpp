#include "tokenboardmodel.h"

#include "timeformat.h"
#include "tokenboard.h"

namespace MrAuth {

TokenBoardModel::TokenBoardModel(TokenBoard *board, QObject *parent)
    : QAbstractTableModel(parent), m_board(board)
{
    connect(board, &TokenBoard::entryAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(board, &TokenBoard::entryInserted, this, [this] { endInsertRows(); });
    connect(board, &TokenBoard::entryAboutToBeRemoved, this, [this](int row) {
        m_revealed.remove(m_board->accountAt(row));
        beginRemoveRows({}, row, row);
    });
    connect(board, &TokenBoard::entryRemoved, this, [this] { endRemoveRows(); });
    connect(board, &TokenBoard::aboutToReset, this, [this] { beginResetModel(); });
    connect(board, &TokenBoard::resetDone, this, [this] {
        m_revealed.clear();
        endResetModel();
    });
    connect(board, &TokenBoard::entryChanged, this, [this](int row) {
        // A new token is masked again, whatever the old one was.
        const TokenEntry entry = m_board->entryAt(row);
        if (entry.token.isNull())
            m_revealed.remove(entry.account.uuid());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(board, &TokenBoard::ticked, this, &TokenBoardModel::onTicked);
}

TokenBoardModel::~TokenBoardModel() = default;

TokenBoard *TokenBoardModel::board() const
{
    return m_board;
}

void TokenBoardModel::setRevealed(const QUuid &account, bool revealed)
{
    if (revealed == m_revealed.contains(account))
        return;
    if (revealed)
        m_revealed.insert(account);
    else
        m_revealed.remove(account);
    const QModelIndex cell = indexOf(account, TokenColumn);
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell);
}

void TokenBoardModel::hideAll()
{
    const QSet<QUuid> revealed = std::exchange(m_revealed, {});
    for (const QUuid &account : revealed) {
        const QModelIndex cell = indexOf(account, TokenColumn);
        if (cell.isValid())
            Q_EMIT dataChanged(cell, cell);
    }
}

QString TokenBoardModel::maskedToken()
{
    return QString(12, QChar(0x2022));
}

QModelIndex TokenBoardModel::indexOf(const QUuid &account, int column) const
{
    const int row = m_board ? m_board->rowOf(account) : -1;
    return row >= 0 ? index(row, column) : QModelIndex();
}

QUuid TokenBoardModel::accountAt(const QModelIndex &index) const
{
    return index.isValid() && m_board ? m_board->accountAt(index.row()) : QUuid();
}

int TokenBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_board ? 0 : m_board->count();
}

int TokenBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenBoardModel::statusText(const TokenEntry &entry, TokenEntry::State state)
{
    if (state == TokenEntry::State::Error) {
        const Error &error = entry.error;
        QString kind = Error::codeName(error.code());
        if (error.httpStatus() != 0)
            kind = QString::number(error.httpStatus()) + u' ' + kind;
        return tr("Error: %1").arg(kind);
    }
    return TokenEntry::stateName(state);
}

QString TokenBoardModel::statusDetails(const TokenEntry &entry, TokenEntry::State state)
{
    if (state != TokenEntry::State::Error)
        return TokenEntry::stateName(state);
    const Error &error = entry.error;
    QStringList lines{error.message()};
    if (error.httpStatus() != 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus());
    if (!error.wwwAuthenticate().isEmpty() && !error.message().contains(error.wwwAuthenticate()))
        lines << tr("WWW-Authenticate: %1").arg(error.wwwAuthenticate());
    lines << tr("Request CV (X-MRC-CV): %1")
                 .arg(error.requestCorrelationVector().isEmpty()
                          ? tr("none (no request sent)")
                          : error.requestCorrelationVector());
    lines << tr("Response CV (MS-CV): %1")
                 .arg(error.responseCorrelationVector().isEmpty()
                          ? tr("none (no response received)")
                          : error.responseCorrelationVector());
    return lines.join(u'\n');
}

QVariant TokenBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_board)
        return {};
    const TokenEntry entry = m_board->entryAt(index.row());
    const QDateTime now = m_board->now();
    const TokenEntry::State state = entry.stateAt(now, m_board->expiringSoonThreshold());
    const QUuid account = entry.account.uuid();

    switch (role) {
    case AccountUuidRole:
        return account;
    case StateRole:
        return QVariant::fromValue(state);
    case SecondsLeftRole:
        return entry.secondsLeftAt(now);
    case ErrorRole:
        return QVariant::fromValue(entry.error);
    case RevealedRole:
        return m_revealed.contains(account);
    case Qt::TextAlignmentRole:
        if (index.column() == ExpiresColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};

    switch (Column(index.column())) {
    case NameColumn:
        if (role == Qt::ToolTipRole) {
            return tr("Account ID: %1\nAccount domain: %2\nAuthentication: %3")
                .arg(entry.account.accountId(), entry.account.accountDomain(),
                     Account::authModeName(entry.account.authMode()));
        }
        return entry.account.displayName();
    case ServiceColumn:
        return entry.account.serviceDisplayName();
    case StatusColumn:
        if (role == Qt::ToolTipRole)
            return statusDetails(entry, state);
        return statusText(entry, state);
    case TokenColumn:
        if (entry.token.isNull())
            return role == Qt::DisplayRole ? QStringLiteral("—") : tr("No token");
        if (role == Qt::ToolTipRole) {
            return m_revealed.contains(account) ? tr("The token is shown in clear.")
                                                : tr("The token is hidden; reveal it to read it.");
        }
        if (role == Qt::AccessibleTextRole)
            return m_revealed.contains(account) ? tr("Token shown") : tr("Token hidden");
        return m_revealed.contains(account) ? entry.token.token() : maskedToken();
    case ExpiresColumn: {
        if (entry.token.isNull())
            return QString();
        const qint64 left = entry.secondsLeftAt(now);
        if (role == Qt::ToolTipRole) {
            return tr("Expires %1\n%2")
                .arg(TimeFormat::localDateTime(entry.token.expiresOn()),
                     TimeFormat::utcDateTime(entry.token.expiresOn()));
        }
        if (left <= 0)
            return tr("expired %1").arg(TimeFormat::relative(entry.token.expiresOn(), now));
        return TimeFormat::countdown(left);
    }
    case LastRefreshColumn:
        if (!entry.lastRefresh.isValid())
            return QString();
        if (role == Qt::ToolTipRole)
            return TimeFormat::utcDateTime(entry.lastRefresh);
        return entry.lastRefresh.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TokenBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case ServiceColumn:
        return tr("Service");
    case StatusColumn:
        return tr("Status");
    case TokenColumn:
        return tr("Token");
    case ExpiresColumn:
        return tr("Expires in");
    case LastRefreshColumn:
        return tr("Last refresh");
    case ColumnCount:
        break;
    }
    return {};
}

void TokenBoardModel::onTicked()
{
    const int rows = rowCount();
    if (rows == 0)
        return;
    // One signal per changing column for the whole board, not one per row.
    Q_EMIT dataChanged(index(0, StatusColumn), index(rows - 1, StatusColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, StateRole});
    Q_EMIT dataChanged(index(0, ExpiresColumn), index(rows - 1, ExpiresColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, SecondsLeftRole});
}

} // namespace MrAuth
