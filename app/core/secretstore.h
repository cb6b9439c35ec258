#pragma once

#include "secreterror.h"
#include "secretjob.h"
#include "secretkind.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUuid>

namespace MrAuth {

//! Where account secrets live: one entry per account and SecretKind. Asynchronous.
//!
//! Jobs run one at a time in the order they were created. An unreachable or locked store fails
//! the job with SecretError::Code::Unavailable and emits unavailable(); nothing is ever stored
//! anywhere else instead. Lives in one thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    SecretJob *readSecret(const QUuid &account, SecretKind kind);
    SecretJob *writeSecret(const QUuid &account, SecretKind kind, const QString &secret);
    //! Deleting an entry that does not exist succeeds.
    SecretJob *deleteSecret(const QUuid &account, SecretKind kind);
    //! Checks that the store can be reached: NoError, or Unavailable / AccessDenied.
    SecretJob *probe();

    //! True when secrets survive the program (a keychain), false for memory.
    virtual bool isPersistent() const = 0;
    //! Where the secrets live, for people: "the system keychain (service \"mrauth\")".
    virtual QString location() const = 0;

    //! Jobs waiting or running.
    int pendingJobCount() const;
    //! True when the last finished job found the store unreachable.
    bool isUnavailable() const { return m_unavailable; }

Q_SIGNALS:
    //! A job found the store unreachable or locked.
    void unavailable(const MrAuth::SecretError &error);
    //! A job succeeded after the store had been unavailable.
    void availableAgain();

protected:
    //! Performs \a job; must call complete() exactly once, now or later.
    virtual void run(SecretJob *job) = 0;
    //! Ends \a job with \a error (and, for reads, \a secret) and starts the next job.
    void complete(SecretJob *job, const SecretError &error, const QString &secret = {});

private:
    SecretJob *enqueue(SecretJob *job);
    void startNext();

    QQueue<QPointer<SecretJob>> m_queue;
    QPointer<SecretJob> m_running;
    bool m_startScheduled = false;
    bool m_unavailable = false;
};

} // namespace MrAuth
