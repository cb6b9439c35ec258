#include "requestlog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace MrAuth {

namespace {
QByteArray csvField(const QString &text)
{
    QString field = text;
    if (field.contains(u'"') || field.contains(u',') || field.contains(u'\n') ||
        field.contains(u'\r')) {
        field.replace(u'"', QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field.toUtf8();
}
} // namespace

RequestLog::RequestLog(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RequestLogEntry>();
}

RequestLog::~RequestLog() = default;

void RequestLog::append(const RequestLogEntry &entry)
{
    trim(m_capacity - 1);
    const int index = count();
    Q_EMIT entryAboutToBeAppended(index);
    m_entries.append(entry);
    Q_EMIT entryAppended(index);
}

void RequestLog::clear()
{
    Q_EMIT aboutToBeCleared();
    m_entries.clear();
    Q_EMIT cleared();
}

void RequestLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim(m_capacity);
}

void RequestLog::trim(int capacity)
{
    const int excess = count() - qMax(0, capacity);
    if (excess <= 0)
        return;
    Q_EMIT entriesAboutToBeDropped(excess);
    m_entries.remove(0, excess);
    Q_EMIT entriesDropped(excess);
}

QByteArray RequestLog::toJson(const QList<RequestLogEntry> &entries)
{
    QJsonArray array;
    for (const RequestLogEntry &entry : entries)
        array.append(entry.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray RequestLog::toCsv(const QList<RequestLogEntry> &entries)
{
    QByteArray csv = "time,account,operation,status,latency_ms,attempts,x_mrc_cv,ms_cv,error\r\n";
    for (const RequestLogEntry &entry : entries) {
        const QList<QByteArray> fields{
            csvField(entry.time.toUTC().toString(Qt::ISODateWithMs)),
            csvField(entry.accountName),
            csvField(entry.operation),
            csvField(entry.statusText()),
            QByteArray::number(entry.latencyMs),
            QByteArray::number(entry.attempts),
            csvField(entry.requestCorrelationVector),
            csvField(entry.responseCorrelationVector),
            csvField(entry.errorText),
        };
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

bool RequestLog::exportTo(const QString &path, QString *error) const
{
    const ExportFormat format = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                    ? ExportFormat::Csv
                                    : ExportFormat::Json;
    return exportTo(path, format, error);
}

bool RequestLog::exportTo(const QString &path, ExportFormat format, QString *error) const
{
    QSaveFile file(path);
    const QByteArray data = format == ExportFormat::Csv ? toCsv(m_entries) : toJson(m_entries);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        if (error) {
            *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace MrAuth
