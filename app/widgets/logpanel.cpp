#include "logpanel.h"

#include "requestlog.h"
#include "requestlogmodel.h"
#include "statestyle.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace MrAuth {

namespace {
// Failed requests in the error colour (with the status text saying so too).
class LogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(RequestLogModel::FailedRole).toBool() &&
            !(option->state & QStyle::State_Selected)) {
            option->palette.setColor(QPalette::Text,
                                     StateStyle::color(TokenEntry::State::Error, option->palette));
        }
    }
};

// Ctrl+C in the log copies the selected rows (correlation vectors for a support ticket), not
// the window's "copy token".
class LogTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            event->accept();
            return true;
        }
        return QTableView::event(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (!event->matches(QKeySequence::Copy)) {
            QTableView::keyPressEvent(event);
            return;
        }
        QStringList lines;
        QModelIndexList rows = selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex &row : std::as_const(rows)) {
            QStringList fields;
            for (int column = 0; column < model()->columnCount(); ++column)
                fields << model()->index(row.row(), column).data().toString();
            lines << fields.join(u'\t');
        }
        if (!lines.isEmpty())
            QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    }
};
} // namespace

LogPanel::LogPanel(RequestLog *log, QWidget *parent) : QWidget(parent), m_log(log)
{
    setObjectName(QStringLiteral("logPanel"));
    setAccessibleName(tr("Request log"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_model = new RequestLogModel(log, this);
    m_view = new LogTableView(this);
    m_view->setObjectName(QStringLiteral("requestLogView"));
    m_view->setAccessibleName(tr("Request log"));
    m_view->setAccessibleDescription(
        tr("Every token request: time, account, status, latency and both correlation vectors"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LogDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(RequestLogModel::TimeColumn, 80);
    m_view->setColumnWidth(RequestLogModel::AccountColumn, 160);
    m_view->setColumnWidth(RequestLogModel::OperationColumn, 100);
    m_view->setColumnWidth(RequestLogModel::StatusColumn, 170);
    m_view->setColumnWidth(RequestLogModel::LatencyColumn, 70);
    m_view->setColumnWidth(RequestLogModel::RequestCvColumn, 200);
    m_view->setColumnWidth(RequestLogModel::ResponseCvColumn, 210);
    layout->addWidget(m_view, 1);
    // Keep the newest request in sight.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this] {
        if (!m_view->selectionModel()->hasSelection())
            m_view->scrollToBottom();
    });

    auto *buttons = new QHBoxLayout;
    auto *note = new QLabel(tr("Secrets and tokens are never logged."), this);
    note->setObjectName(QStringLiteral("logNoteLabel"));
    note->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(note, 1);
    m_export = new QPushButton(tr("&Export Log…"), this);
    m_export->setObjectName(QStringLiteral("exportLogButton"));
    m_export->setAccessibleName(tr("Export the request log"));
    m_clear = new QPushButton(tr("C&lear Log"), this);
    m_clear->setObjectName(QStringLiteral("clearLogButton"));
    m_clear->setAccessibleName(tr("Clear the request log"));
    buttons->addWidget(m_export);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    connect(m_export, &QPushButton::clicked, this, &LogPanel::exportLog);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_log)
            m_log->clear();
    });
}

LogPanel::~LogPanel() = default;

void LogPanel::exportLog()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("mrauth-requests.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Request Log"), suggested,
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Request Log"), error);
}

QString LogPanel::exportTo(const QString &path)
{
    QString error;
    if (!m_log || !m_log->exportTo(path, &error))
        return error.isEmpty() ? tr("There is no log to export.") : error;
    return {};
}

} // namespace MrAuth
