#pragma once

#include "secreterror.h"
#include "secretjob.h"
#include "secretkind.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace MrAuth {

class SecretStore;

//! A few secret-store operations for one account, run in order, with one finished() at the
//! end: the CLI's way to read, write or delete an account's secrets and then go on. The
//! secrets read are wiped when the batch is destroyed. Lives in one thread.
class SecretBatch : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        SecretJob::Operation operation = SecretJob::Operation::Read;
        SecretKind kind = SecretKind::PrimaryKey;
        SecretError error;
        //! The secret read (reads only). Do not log it.
        QString secret;
    };

    SecretBatch(SecretStore *store, const QUuid &account, QObject *parent = nullptr);
    ~SecretBatch() override;

    void read(SecretKind kind);
    void write(SecretKind kind, const QString &secret);
    void remove(SecretKind kind);
    //! Starts the operations queued so far; finished() fires once all have ended (on the next
    //! event-loop turn when there are none).
    void start();

    QList<Outcome> outcomes() const { return m_outcomes; }
    //! The outcome of the operation on \a kind (the last one queued for it).
    Outcome outcome(SecretKind kind) const;
    //! The first outcome with an error other than NotFound, or null.
    const Outcome *firstFailure() const;

Q_SIGNALS:
    void finished();

private:
    struct Pending
    {
        SecretJob::Operation operation;
        SecretKind kind;
        QString secret;
    };
    void finishOne(const Outcome &outcome);

    QPointer<SecretStore> m_store;
    QUuid m_account;
    QList<Pending> m_pending;
    QList<Outcome> m_outcomes;
    int m_running = 0;
    bool m_started = false;
};

} // namespace MrAuth
