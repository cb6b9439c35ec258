#include "requestlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace MrAuth {

namespace {
const QString redacted = QStringLiteral("<redacted>");
constexpr qsizetype flushThreshold = 64 * 1024;
} // namespace

RequestLog::RequestLog(QObject *parent) : QObject(parent)
{
    m_stdout.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    // Lines are batched (a write per request would cost a system call each) but never wait
    // longer than this.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(20);
    connect(&m_flushTimer, &QTimer::timeout, this, &RequestLog::flush);
}

RequestLog::~RequestLog()
{
    flush();
}

bool RequestLog::setLogFile(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error =
            QCoreApplication::translate("MrAuth::RequestLog", "Cannot open the log file %1: %2")
                .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void RequestLog::printLine(const QByteArray &line)
{
    flush();
    m_stdout.write(line + '\n');
}

void RequestLog::write(const QByteArray &line)
{
    m_pending += line;
    m_pending += '\n';
    if (m_pending.size() >= flushThreshold)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RequestLog::flush()
{
    if (m_pending.isEmpty())
        return;
    QFile &target = m_file.isOpen() ? m_file : m_stdout;
    target.write(m_pending);
    target.flush();
    m_pending.clear();
}

void RequestLog::record(const QJsonObject &entry, bool keep)
{
    write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    if (!keep)
        return;
    m_entries.append(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

void RequestLog::error(const QString &message)
{
    const QJsonObject entry{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), QStringLiteral("error")},
        {QStringLiteral("message"), message}};
    write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    flush();
    std::fprintf(stderr, "mrauth-sts-emulator: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
}

QJsonArray RequestLog::entries() const
{
    QJsonArray array;
    for (const QJsonObject &entry : m_entries)
        array.append(entry);
    return array;
}

bool RequestLog::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower.contains("auth") || lower.contains("secret") || lower.contains("token") ||
           lower.contains("key") || lower.contains("cookie") || lower.contains("password") ||
           lower == "x-identity-header";
}

bool RequestLog::isSecretParameter(const QString &name)
{
    static const QStringList secrets = {
        QStringLiteral("code"),          QStringLiteral("client_secret"),
        QStringLiteral("refresh_token"), QStringLiteral("device_code"),
        QStringLiteral("code_verifier"), QStringLiteral("access_token"),
        QStringLiteral("id_token"),      QStringLiteral("client_assertion"),
        QStringLiteral("assertion"),     QStringLiteral("password"),
        QStringLiteral("key"),           QStringLiteral("sig"),
        QStringLiteral("token"),         QStringLiteral("user_code")};
    return secrets.contains(name.toLower());
}

QJsonObject RequestLog::redactedHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonObject object;
    for (const auto &header : headers) {
        const QString name = QString::fromLatin1(header.first);
        const QString value =
            isSecretHeader(header.first) ? redacted : QString::fromLatin1(header.second);
        const QString previous = object.value(name).toString();
        object.insert(name, previous.isEmpty() ? value : previous + QStringLiteral(", ") + value);
    }
    return object;
}

QString RequestLog::redactedTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return QString::fromLatin1(target);
    QByteArrayList parameters = target.mid(question + 1).split('&');
    for (QByteArray &parameter : parameters) {
        const qsizetype equals = parameter.indexOf('=');
        const QByteArray name = equals < 0 ? parameter : parameter.left(equals);
        if (isSecretParameter(QString::fromUtf8(QByteArray::fromPercentEncoding(name))))
            parameter = name + '=' + redacted.toLatin1();
    }
    return QString::fromLatin1(target.left(question + 1) + parameters.join('&'));
}

} // namespace MrAuth
