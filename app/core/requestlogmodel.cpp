#include "requestlogmodel.h"

#include "requestlog.h"
#include "timeformat.h"

namespace MrAuth {

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log)
{
    connect(log, &RequestLog::entryAboutToBeAppended, this,
            [this](int index) { beginInsertRows({}, index, index); });
    connect(log, &RequestLog::entryAppended, this, [this] { endInsertRows(); });
    connect(log, &RequestLog::entriesAboutToBeDropped, this,
            [this](int count) { beginRemoveRows({}, 0, count - 1); });
    connect(log, &RequestLog::entriesDropped, this, [this] { endRemoveRows(); });
    connect(log, &RequestLog::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(log, &RequestLog::cleared, this, [this] { endResetModel(); });
}

RequestLogModel::~RequestLogModel() = default;

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->count();
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_log)
        return {};
    const RequestLogEntry &entry = m_log->at(index.row());
    if (role == FailedRole)
        return !entry.isSuccess();
    if (role == Qt::TextAlignmentRole && index.column() == LatencyColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return role == Qt::ToolTipRole
                   ? TimeFormat::utcDateTime(entry.time)
                   : entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case AccountColumn:
        return entry.accountName;
    case OperationColumn:
        return entry.operation;
    case StatusColumn:
        return entry.statusText();
    case LatencyColumn:
        // Loopback answers on a kept-alive connection take well under a millisecond.
        return entry.latencyMs < 1 ? tr("<1 ms") : tr("%1 ms").arg(entry.latencyMs);
    case RequestCvColumn:
        return entry.requestCorrelationVector;
    case ResponseCvColumn:
        return entry.responseCorrelationVector;
    case ErrorColumn:
        return entry.errorText;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case OperationColumn:
        return tr("Operation");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case RequestCvColumn:
        return tr("X-MRC-CV");
    case ResponseCvColumn:
        return tr("MS-CV");
    case ErrorColumn:
        return tr("Error");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace MrAuth
