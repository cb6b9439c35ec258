#pragma once

#include "secreterror.h"
#include "secretkind.h"

#include <QObject>
#include <QUuid>

namespace MrAuth {

class SecretStore;

//! One asynchronous SecretStore operation, in the way of QtKeychain's jobs.
//!
//! Created and started by SecretStore (jobs run one at a time, in order); connect to
//! finished() right after creating it. finished() fires exactly once, never before the call
//! that created the job has returned, and the job deletes itself afterwards.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Delete, Probe };
    Q_ENUM(Operation)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QUuid account() const { return m_account; }
    SecretKind kind() const { return m_kind; }

    bool isFinished() const { return m_finished; }
    SecretError error() const { return m_error; }
    //! The secret read (Read jobs only); empty otherwise. Do not log it.
    QString secret() const { return m_secret; }
    //! The secret being written (Write jobs only): for store implementations.
    QString secretToWrite() const { return m_secretToWrite; }

Q_SIGNALS:
    void finished(MrAuth::SecretJob *job);

private:
    friend class SecretStore;
    SecretJob(Operation operation, const QUuid &account, SecretKind kind, QObject *parent);

    Operation m_operation;
    QUuid m_account;
    SecretKind m_kind;
    bool m_finished = false;
    SecretError m_error;
    QString m_secret;
    QString m_secretToWrite;
};

} // namespace MrAuth
