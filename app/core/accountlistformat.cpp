#include "accountlistformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace MrAuth {

namespace {

const QString formatName = QStringLiteral("mrauth-accounts");

// Adds the account read from \a json to \a result unless it is invalid or a duplicate.
void addEntry(const QJsonObject &json, QSet<QUuid> *seen, AccountListFormat::ParseResult *result)
{
    QString error;
    const Account account = Account::fromJson(json, &error);
    if (account.isNull()) {
        ++result->droppedEntries;
        result->problems << error;
        return;
    }
    if (seen->contains(account.uuid())) {
        ++result->droppedEntries;
        result->problems << AccountListFormat::tr(
                                "Account \"%1\" appears twice; the second copy was ignored.")
                                .arg(account.displayName());
        return;
    }
    seen->insert(account.uuid());
    result->accounts << account;
}

} // namespace

AccountListFormat::ParseResult AccountListFormat::parse(const QByteArray &data)
{
    ParseResult result;
    if (data.trimmed().isEmpty()) {
        result.intact = true;
        result.documentValid = true;
        return result;
    }

    QSet<QUuid> seen;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue accounts = root.value(QStringLiteral("accounts"));
        const QString format = root.value(QStringLiteral("format")).toString(formatName);
        const int fileVersion = root.value(QStringLiteral("version")).toInt(version);
        if (format == formatName && fileVersion <= version && accounts.isArray()) {
            result.documentValid = true;
            const QJsonArray entries = accounts.toArray();
            for (const QJsonValue entry : entries) {
                if (!entry.isObject()) {
                    ++result.droppedEntries;
                    result.problems << tr("An account entry is not a JSON object.");
                    continue;
                }
                addEntry(entry.toObject(), &seen, &result);
            }
            result.intact = result.droppedEntries == 0;
            return result;
        }
        if (format != formatName) {
            result.problems << tr("The file is not an MrAuth account list.");
        } else if (fileVersion > version) {
            result.problems << tr("The file was written by a newer MrAuth (format version %1).")
                                   .arg(fileVersion);
        } else {
            result.problems << tr("The file has no account list.");
        }
        return result;
    }

    result.problems << tr("The file is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
    // Recover the entries that survived: each complete object in the accounts array.
    const QList<QByteArray> entries = salvageEntries(data);
    for (const QByteArray &text : entries) {
        const QJsonDocument entry = QJsonDocument::fromJson(text);
        if (!entry.isObject()) {
            ++result.droppedEntries;
            continue;
        }
        addEntry(entry.object(), &seen, &result);
    }
    return result;
}

QByteArray AccountListFormat::serialize(const QList<Account> &accounts)
{
    QJsonArray entries;
    for (const Account &account : accounts)
        entries.append(account.toJson());
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("accounts"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<QByteArray> AccountListFormat::salvageEntries(const QByteArray &data)
{
    QList<QByteArray> entries;
    const QByteArray key = "\"accounts\"";
    qsizetype position = data.indexOf(key);
    if (position < 0)
        return entries;
    position = data.indexOf('[', position + key.size());
    if (position < 0)
        return entries;

    int depth = 0; // nesting depth inside the accounts array
    bool inString = false;
    bool escaped = false;
    qsizetype entryStart = -1;
    for (qsizetype i = position + 1; i < data.size(); ++i) {
        const char c = data.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (depth == 0 && c == '{')
                entryStart = i;
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0) // the end of the accounts array
                return entries;
            --depth;
            if (depth == 0 && c == '}' && entryStart >= 0) {
                entries << data.mid(entryStart, i - entryStart + 1);
                entryStart = -1;
            }
            break;
        default:
            break;
        }
    }
    return entries;
}

} // namespace MrAuth
