#pragma once

#include "secretstore.h"

#include <QHash>

namespace MrAuth {

//! A SecretStore in memory only: for demo mode when no keychain is reachable (the window says
//! so) and for tests. Secrets are gone when the program ends.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    bool isPersistent() const override { return false; }
    QString location() const override;

    //! How many secrets are held.
    int count() const { return int(m_secrets.size()); }

protected:
    void run(SecretJob *job) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace MrAuth
