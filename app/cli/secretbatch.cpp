#include "secretbatch.h"

#include "secretstore.h"

#include <QTimer>

namespace MrAuth {

SecretBatch::SecretBatch(SecretStore *store, const QUuid &account, QObject *parent)
    : QObject(parent), m_store(store), m_account(account)
{}

SecretBatch::~SecretBatch()
{
    for (Outcome &outcome : m_outcomes)
        outcome.secret.fill(u'\0');
    for (Pending &pending : m_pending)
        pending.secret.fill(u'\0');
}

void SecretBatch::read(SecretKind kind)
{
    m_pending.append({SecretJob::Operation::Read, kind, {}});
}

void SecretBatch::write(SecretKind kind, const QString &secret)
{
    m_pending.append({SecretJob::Operation::Write, kind, secret});
}

void SecretBatch::remove(SecretKind kind)
{
    m_pending.append({SecretJob::Operation::Delete, kind, {}});
}

void SecretBatch::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_pending.isEmpty() || !m_store) {
        QTimer::singleShot(0, this, &SecretBatch::finished);
        return;
    }
    // The store runs its jobs one at a time, in this order.
    m_running = int(m_pending.size());
    for (Pending &pending : m_pending) {
        SecretJob *job = nullptr;
        switch (pending.operation) {
        case SecretJob::Operation::Read:
        case SecretJob::Operation::Probe:
            job = m_store->readSecret(m_account, pending.kind);
            break;
        case SecretJob::Operation::Write:
            job = m_store->writeSecret(m_account, pending.kind, pending.secret);
            break;
        case SecretJob::Operation::Delete:
            job = m_store->deleteSecret(m_account, pending.kind);
            break;
        }
        pending.secret.fill(u'\0');
        pending.secret.clear();
        connect(job, &SecretJob::finished, this, [this](SecretJob *finished) {
            finishOne(
                {finished->operation(), finished->kind(), finished->error(), finished->secret()});
        });
    }
    m_pending.clear();
}

void SecretBatch::finishOne(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    if (--m_running == 0)
        Q_EMIT finished();
}

SecretBatch::Outcome SecretBatch::outcome(SecretKind kind) const
{
    for (auto it = m_outcomes.crbegin(); it != m_outcomes.crend(); ++it) {
        if (it->kind == kind)
            return *it;
    }
    return {};
}

const SecretBatch::Outcome *SecretBatch::firstFailure() const
{
    for (const Outcome &outcome : m_outcomes) {
        if (outcome.error.isError() && outcome.error.code() != SecretError::Code::NotFound)
            return &outcome;
    }
    return nullptr;
}

} // namespace MrAuth
