#pragma once

#include "httprequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace MrAuth {

//! The request log: one JSON line per request on stdout or in a file, and the latest entries
//! in a bounded ring buffer for `GET /_emulator/requests`. Secrets never enter it: headers
//! and query parameters that carry them are redacted before an entry exists.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    explicit RequestLog(QObject *parent = nullptr);
    ~RequestLog() override;

    //! Writes entries to \a path (appending) instead of stdout; false when it cannot be opened.
    bool setLogFile(const QString &path, QString *error);
    void setCapacity(int entries) { m_capacity = entries; }

    //! Writes \a line to stdout at once (the `listening on` lines).
    void printLine(const QByteArray &line);
    //! Adds \a entry to the log output and, when \a keep, to the ring buffer.
    void record(const QJsonObject &entry, bool keep);
    //! An error line (`{"time":…,"level":"error","message":…}`) in the log output and on stderr.
    void error(const QString &message);
    QJsonArray entries() const;
    void clear() { m_entries.clear(); }
    //! Writes what is buffered.
    void flush();

    //! The headers as a JSON object, with secret-bearing ones replaced by `<redacted>`.
    static QJsonObject redactedHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    //! The request target with the values of secret-bearing query parameters redacted.
    static QString redactedTarget(const QByteArray &target);
    static bool isSecretHeader(const QByteArray &name);
    static bool isSecretParameter(const QString &name);

private:
    void write(const QByteArray &line);

    QFile m_stdout;
    QFile m_file;
    QByteArray m_pending;
    QTimer m_flushTimer;
    QList<QJsonObject> m_entries;
    int m_capacity = 1000;
};

} // namespace MrAuth
