#pragma once

#include <QPointer>
#include <QWidget>

class QTableView;
class QPushButton;

namespace MrAuth {

class RequestLog;
class RequestLogModel;

//! The request log: every token request with time, account, status, latency, both
//! correlation vectors and the error; export to JSON or CSV, and clear. Never a secret.
class LogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogPanel(RequestLog *log, QWidget *parent = nullptr);
    ~LogPanel() override;

    QTableView *view() const { return m_view; }
    //! Asks where to save, then writes the log; reports failures in a message box.
    void exportLog();
    //! Writes the log to \a path (format by extension); returns the error or an empty string.
    QString exportTo(const QString &path);

private:
    QPointer<RequestLog> m_log;
    RequestLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace MrAuth
