#include "faultinjector.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace MrAuth {

namespace {

struct KindName
{
    FaultInjector::Kind kind;
    const char *name;
};

constexpr KindName kindNames[] = {
    {FaultInjector::Kind::Latency, "latency"},
    {FaultInjector::Kind::Throttle, "throttle"},
    {FaultInjector::Kind::ServerError, "server-error"},
    {FaultInjector::Kind::Unavailable, "unavailable"},
    {FaultInjector::Kind::Drop, "drop"},
    {FaultInjector::Kind::Hang, "hang"},
    {FaultInjector::Kind::MalformedJson, "malformed-json"},
    {FaultInjector::Kind::MissingToken, "missing-token"},
    {FaultInjector::Kind::Truncated, "truncated"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("MrAuth::FaultInjector", text);
}

bool readInt(const QJsonObject &json, const char *name, int minimum, int *out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < minimum || number > 1e9 || number != double(int(number))) {
        *error = tr("\"%1\" must be a whole number of at least %2.")
                     .arg(QLatin1String(name))
                     .arg(minimum);
        return false;
    }
    *out = int(number);
    return true;
}

} // namespace

QString FaultInjector::kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<FaultInjector::Kind> FaultInjector::kindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

std::optional<FaultInjector::Fault> FaultInjector::Fault::fromJson(const QJsonObject &json,
                                                                   QString *error)
{
    Fault fault;
    const std::optional<Kind> kind = kindFromName(json.value(QLatin1String("kind")).toString());
    if (!kind) {
        QStringList names;
        for (const KindName &entry : kindNames)
            names.append(QLatin1String(entry.name));
        *error = tr("\"kind\" must be one of %1.").arg(names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    fault.kind = *kind;
    fault.accountId = json.value(QLatin1String("accountId")).toString().trimmed().toLower();
    const QJsonValue target = json.value(QLatin1String("target"));
    if (!target.isUndefined()) {
        fault.target = target.toString();
        const QStringList targets = {QStringLiteral("sts"), QStringLiteral("aad"),
                                     QStringLiteral("managed-identity"), QStringLiteral("any")};
        if (!targets.contains(fault.target)) {
            *error = tr("\"target\" must be one of %1.").arg(targets.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (!readInt(json, "count", 1, &fault.count, error) ||
        !readInt(json, "latencyMs", 0, &fault.latencyMs, error) ||
        !readInt(json, "latencyJitterMs", 0, &fault.latencyJitterMs, error) ||
        !readInt(json, "retryAfter", 0, &fault.retryAfter, error))
        return std::nullopt;
    if (fault.kind == Kind::Latency && fault.latencyMs == 0 && fault.latencyJitterMs == 0) {
        *error = tr("A latency fault needs \"latencyMs\" or \"latencyJitterMs\".");
        return std::nullopt;
    }
    return fault;
}

QJsonObject FaultInjector::Fault::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("kind"), kindName(kind)},
                     {QStringLiteral("target"), target}};
    if (!accountId.isEmpty())
        json.insert(QStringLiteral("accountId"), accountId);
    if (count >= 0)
        json.insert(QStringLiteral("count"), count);
    if (latencyMs > 0)
        json.insert(QStringLiteral("latencyMs"), latencyMs);
    if (latencyJitterMs > 0)
        json.insert(QStringLiteral("latencyJitterMs"), latencyJitterMs);
    if (kind == Kind::Throttle)
        json.insert(QStringLiteral("retryAfter"), retryAfter);
    return json;
}

int FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

bool FaultInjector::remove(int id)
{
    return m_faults.removeIf([id](const Fault &fault) { return fault.id == id; }) > 0;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}

FaultInjector::Decision FaultInjector::decide(const QString &target, const QString &accountId)
{
    Decision decision;
    for (qsizetype i = 0; i < m_faults.size();) {
        Fault &fault = m_faults[i];
        const bool targetMatches = fault.target == target || fault.target == QLatin1String("any");
        const bool accountMatches = fault.accountId.isEmpty() ||
                                    fault.accountId.compare(accountId, Qt::CaseInsensitive) == 0;
        const bool wanted = fault.kind == Kind::Latency || !decision.answer;
        if (!targetMatches || !accountMatches || !wanted) {
            ++i;
            continue;
        }
        // Any fault may carry a delay; for a latency fault it is the whole effect.
        int delay = fault.latencyMs;
        if (fault.latencyJitterMs > 0)
            delay += int(QRandomGenerator::global()->bounded(fault.latencyJitterMs + 1));
        decision.delayMs += delay;
        decision.kinds.append(kindName(fault.kind));
        if (fault.kind != Kind::Latency)
            decision.answer = fault;
        if (fault.count > 0 && --fault.count == 0)
            m_faults.removeAt(i);
        else
            ++i;
    }
    return decision;
}

} // namespace MrAuth
