#include "secretstore.h"

#include <QTimer>

#include <utility>

namespace MrAuth {

namespace {

// Whether the store is unavailable after an operation that ended with \a error: an answer
// (a secret, or none stored) proves it reachable; other errors say nothing about it.
bool unavailableAfter(const SecretError &error, bool wasUnavailable)
{
    switch (error.code()) {
    case SecretError::Code::Unavailable:
        return true;
    case SecretError::Code::NoError:
    case SecretError::Code::NotFound:
        return false;
    case SecretError::Code::AccessDenied:
    case SecretError::Code::Failed:
        break;
    }
    return wasUnavailable;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SecretError>();
}

// Jobs still queued are children of the store and go with it.
SecretStore::~SecretStore() = default;

SecretJob *SecretStore::readSecret(const QUuid &account, SecretKind kind)
{
    return enqueue(new SecretJob(SecretJob::Operation::Read, account, kind, this));
}

SecretJob *SecretStore::writeSecret(const QUuid &account, SecretKind kind, const QString &secret)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, account, kind, this);
    job->m_secretToWrite = secret;
    return enqueue(job);
}

SecretJob *SecretStore::deleteSecret(const QUuid &account, SecretKind kind)
{
    return enqueue(new SecretJob(SecretJob::Operation::Delete, account, kind, this));
}

SecretJob *SecretStore::probe()
{
    return enqueue(
        new SecretJob(SecretJob::Operation::Probe, QUuid(), SecretKind::PrimaryKey, this));
}

int SecretStore::pendingJobCount() const
{
    return int(m_queue.size()) + (m_running ? 1 : 0);
}

void SecretStore::complete(SecretJob *job, const SecretError &error, const QString &secret)
{
    if (!job) {
        // Its owner deleted the job while it ran: go on with the next one.
        m_running = nullptr;
        startNext();
        return;
    }
    if (job->m_finished)
        return;
    job->m_finished = true;
    job->m_error = error;
    if (job->operation() == SecretJob::Operation::Read && !error.isError())
        job->m_secret = secret;
    job->m_secretToWrite.fill(u'\0');
    job->m_secretToWrite.clear();
    if (m_running == job)
        m_running = nullptr;

    const bool wasUnavailable =
        std::exchange(m_unavailable, unavailableAfter(error, m_unavailable));
    Q_EMIT job->finished(job);
    job->deleteLater();
    if (m_unavailable)
        Q_EMIT unavailable(error);
    else if (wasUnavailable)
        Q_EMIT availableAgain();
    startNext();
}

SecretJob *SecretStore::enqueue(SecretJob *job)
{
    m_queue.enqueue(job);
    // Start on the next event-loop turn, so that the caller can connect to finished() first.
    if (!m_startScheduled && !m_running) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_startScheduled = false;
            startNext();
        });
    }
    return job;
}

void SecretStore::startNext()
{
    if (m_running)
        return;
    while (!m_queue.isEmpty()) {
        SecretJob *job = m_queue.dequeue();
        if (!job)
            continue; // deleted by its owner before it ran
        m_running = job;
        run(job);
        return;
    }
}

} // namespace MrAuth
