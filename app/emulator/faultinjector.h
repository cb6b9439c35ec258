#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace MrAuth {

//! Injected faults: what the next matching requests get instead of a normal answer.
class FaultInjector
{
public:
    enum class Kind {
        Latency,
        Throttle,
        ServerError,
        Unavailable,
        Drop,
        Hang,
        MalformedJson,
        MissingToken,
        Truncated,
    };

    struct Fault
    {
        int id = 0;
        Kind kind = Kind::Latency;
        //! Empty: every account.
        QString accountId;
        //! Which endpoints: "sts" (default), "aad", "managed-identity" or "any".
        QString target = QStringLiteral("sts");
        //! Matching requests left; -1: unlimited.
        int count = -1;
        int latencyMs = 0;
        int latencyJitterMs = 0;
        int retryAfter = 5;

        //! Parses `{"kind":…, "accountId":…?, "count":N?, "latencyMs":…?, "latencyJitterMs":…?,
        //! "retryAfter":…?, "target":…?}`; on failure returns nullopt and sets \a error.
        static std::optional<Fault> fromJson(const QJsonObject &json, QString *error);
        QJsonObject toJson() const;
    };

    //! What a request gets: a delay, then maybe an answer fault.
    struct Decision
    {
        int delayMs = 0;
        std::optional<Fault> answer;
        //! The kinds applied, for the log.
        QStringList kinds;
    };

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    //! Adds \a fault and returns its id.
    int add(Fault fault);
    bool remove(int id);
    void clear() { m_faults.clear(); }
    QJsonArray toJson() const;
    bool isEmpty() const { return m_faults.isEmpty(); }

    //! The faults for one request at \a target for \a accountId; consumes their counts.
    Decision decide(const QString &target, const QString &accountId);

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace MrAuth
