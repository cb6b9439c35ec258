#pragma once

#include "requestlogentry.h"

#include <QList>
#include <QObject>

class QIODevice;

namespace MrAuth {

//! The session's token requests, newest last, bounded (oldest dropped first). Never a secret.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    enum class ExportFormat { Json, Csv };
    Q_ENUM(ExportFormat)

    explicit RequestLog(QObject *parent = nullptr);
    ~RequestLog() override;

    void append(const RequestLogEntry &entry);
    QList<RequestLogEntry> entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    const RequestLogEntry &at(int index) const { return m_entries.at(index); }
    void clear();

    //! At most this many entries are kept (default 1000).
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    //! A JSON array of the entries (RequestLogEntry::toJson()).
    static QByteArray toJson(const QList<RequestLogEntry> &entries);
    //! RFC 4180 CSV with a header row.
    static QByteArray toCsv(const QList<RequestLogEntry> &entries);
    //! Writes the entries to \a path (atomically); the format follows the extension (.csv, else
    //! JSON) unless given. Sets \a error on failure.
    bool exportTo(const QString &path, QString *error = nullptr) const;
    bool exportTo(const QString &path, ExportFormat format, QString *error = nullptr) const;

Q_SIGNALS:
    void entryAboutToBeAppended(int index);
    void entryAppended(int index);
    //! The \a count oldest entries are about to be dropped / were dropped.
    void entriesAboutToBeDropped(int count);
    void entriesDropped(int count);
    void aboutToBeCleared();
    void cleared();

private:
    void trim(int capacity);

    QList<RequestLogEntry> m_entries;
    int m_capacity = 1000;
};

} // namespace MrAuth
