#include "secretscan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

namespace MrAuth {

namespace {

QString contextAround(const QByteArray &data, qsizetype at, qsizetype length)
{
    const qsizetype from = qMax<qsizetype>(0, at - 40);
    const qsizetype to = qMin<qsizetype>(data.size(), at + length + 40);
    return QString::fromUtf8(data.mid(from, to - from)).simplified();
}

} // namespace

void SecretScan::addSecret(const QString &name, const QString &value)
{
    if (value.size() < 8)
        return;
    const QByteArray raw = value.toUtf8();
    for (const Needle &needle : std::as_const(m_needles)) {
        if (needle.bytes == raw)
            return;
    }
    m_needles.append({name, QStringLiteral("raw"), raw});
    const QByteArray encoded = QUrl::toPercentEncoding(value);
    if (encoded != raw)
        m_needles.append({name, QStringLiteral("percent-encoded"), encoded});
    m_needles.append({name, QStringLiteral("base64"), raw.toBase64()});
    m_needles.append(
        {name, QStringLiteral("base64url"),
         raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)});
    // A token's signature alone is enough to spot a token cut short in a log line.
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() == 3 && parts.at(2).size() >= 16)
        m_needles.append({name, QStringLiteral("signature"), parts.at(2)});
}

int SecretScan::addTokensFrom(const QByteArray &text, const QString &namePrefix)
{
    const int before = secretCount();
    const QList<QByteArray> tokens = jwtsIn(text);
    for (const QByteArray &token : tokens)
        addSecret(namePrefix + QStringLiteral(" token ") + QString::fromLatin1(token.left(12)),
                  QString::fromLatin1(token));
    return secretCount() - before;
}

QStringList SecretScan::scan(const QString &where, const QByteArray &data, bool jwtsAreHits) const
{
    QStringList hits;
    for (const Needle &needle : m_needles) {
        const qsizetype at = data.indexOf(needle.bytes);
        if (at >= 0) {
            hits << QStringLiteral("%1 (%2) in %3: %4")
                        .arg(needle.name, needle.form, where,
                             contextAround(data, at, needle.bytes.size()));
        }
    }
    if (jwtsAreHits) {
        const QList<QByteArray> tokens = jwtsIn(data);
        for (const QByteArray &token : tokens) {
            hits << QStringLiteral("a JWT in %1: %2…")
                        .arg(where, QString::fromLatin1(token.left(24)));
        }
    }
    return hits;
}

QStringList SecretScan::scanDirectory(const QString &directory, bool jwtsAreHits) const
{
    QStringList hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << QStringLiteral("could not read %1: %2").arg(path, file.errorString());
            continue;
        }
        hits << scan(path, file.readAll(), jwtsAreHits);
    }
    return hits;
}

QList<QByteArray> SecretScan::jwtsIn(const QByteArray &text)
{
    // Headers and payloads are JSON objects, so their base64url starts with "eyJ".
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}"));
    QList<QByteArray> found;
    QRegularExpressionMatchIterator matches = jwt.globalMatch(QString::fromLatin1(text));
    while (matches.hasNext()) {
        const QByteArray token = matches.next().captured().toLatin1();
        if (!found.contains(token))
            found << token;
    }
    return found;
}

QByteArray SecretScan::commandLineOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<qint64> SecretScan::descendantsOf(qint64 pid)
{
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after ')'.
    QHash<qint64, qint64> parentOf;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const qint64 id = entry.toLongLong(&isNumber);
        if (!isNumber)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(id));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(id, fields.at(1).toLongLong());
    }
    QList<qint64> found;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        qint64 ancestor = it.value();
        for (int depth = 0; ancestor > 1 && depth < 32; ++depth) {
            if (ancestor == pid) {
                found << it.key();
                break;
            }
            ancestor = parentOf.value(ancestor, 0);
        }
    }
    return found;
}

} // namespace MrAuth
