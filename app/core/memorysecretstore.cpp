#include "memorysecretstore.h"

#include "keychainsecretstore.h"

#include <QPointer>
#include <QTimer>

namespace MrAuth {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore()
{
    for (QString &secret : m_secrets)
        secret.fill(u'\0');
}

QString MemorySecretStore::location() const
{
    return tr("memory only (lost when the app quits)");
}

void MemorySecretStore::run(SecretJob *job)
{
    // Finish asynchronously, as a keychain would.
    QTimer::singleShot(0, this, [this, job = QPointer<SecretJob>(job)] {
        if (!job) {
            complete(nullptr, {});
            return;
        }
        const QString key = KeychainSecretStore::entryKey(job->account(), job->kind());
        switch (job->operation()) {
        case SecretJob::Operation::Read: {
            const auto it = m_secrets.constFind(key);
            if (it == m_secrets.constEnd()) {
                complete(job, SecretError(SecretError::Code::NotFound, tr("No such secret.")));
            } else {
                complete(job, {}, *it);
            }
            return;
        }
        case SecretJob::Operation::Write:
            m_secrets.insert(key, job->secretToWrite());
            complete(job, {});
            return;
        case SecretJob::Operation::Delete:
            if (auto it = m_secrets.find(key); it != m_secrets.end()) {
                it->fill(u'\0');
                m_secrets.erase(it);
            }
            complete(job, {});
            return;
        case SecretJob::Operation::Probe:
            complete(job, {});
            return;
        }
    });
}

} // namespace MrAuth
