#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace MrAuth {

class RequestLog;

//! A table model over a RequestLog: time, account, operation, status, latency, both
//! correlation vectors and the error. Read only.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        AccountColumn,
        OperationColumn,
        StatusColumn,
        LatencyColumn,
        RequestCvColumn,
        ResponseCvColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        //! True when the request failed.
        FailedRole = Qt::UserRole + 1,
    };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);
    ~RequestLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<RequestLog> m_log;
};

} // namespace MrAuth
