#include "secretjob.h"

namespace MrAuth {

SecretJob::SecretJob(Operation operation, const QUuid &account, SecretKind kind, QObject *parent)
    : QObject(parent), m_operation(operation), m_account(account), m_kind(kind)
{}

SecretJob::~SecretJob()
{
    // Do not leave secrets behind in freed memory longer than needed.
    m_secret.fill(u'\0');
    m_secretToWrite.fill(u'\0');
}

} // namespace MrAuth
