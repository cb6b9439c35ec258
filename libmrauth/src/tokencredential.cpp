#include <mrauth/mixedrealityaccountkeycredential.h>
#include <mrauth/staticaccesstokencredential.h>
#include <mrauth/tokencredential.h>

#include "stsprotocol_p.h"

#include <QTimer>

namespace MrAuth {

TokenCredential::TokenCredential(QObject *parent) : QObject(parent) {}

TokenCredential::~TokenCredential() = default;

StaticAccessTokenCredential::StaticAccessTokenCredential(const AccessToken &token, QObject *parent)
    : TokenCredential(parent), m_token(token)
{}

StaticAccessTokenCredential::~StaticAccessTokenCredential() = default;

TokenReply *StaticAccessTokenCredential::getToken(const QStringList &scopes)
{
    Q_UNUSED(scopes)
    auto *reply = new TokenReply;
    QTimer::singleShot(0, reply, [reply, token = m_token] { reply->finishWithToken(token); });
    return reply;
}

MixedRealityAccountKeyCredential::MixedRealityAccountKeyCredential(
    const QString &accountId, std::shared_ptr<AccountKeyCredential> keyCredential, QObject *parent)
    : TokenCredential(parent), m_accountId(accountId), m_keyCredential(std::move(keyCredential))
{}

MixedRealityAccountKeyCredential::~MixedRealityAccountKeyCredential() = default;

AccessToken MixedRealityAccountKeyCredential::token(Error *error) const
{
    Error problem = validateAccountId(m_accountId);
    QString key = m_keyCredential ? m_keyCredential->key() : QString();
    if (!problem && key.trimmed().isEmpty()) {
        problem = Error(Error::Code::InvalidArgument,
                        tr("The account key is empty: copy a primary or secondary key from the "
                           "account's Keys page."));
    }
    if (error)
        *error = problem;
    if (problem)
        return {};
    return AccessToken(m_accountId.toLower() + u':' + key, AccessToken::neverExpires());
}

TokenReply *MixedRealityAccountKeyCredential::getToken(const QStringList &scopes)
{
    Q_UNUSED(scopes)
    auto *reply = new TokenReply;
    Error error;
    const AccessToken bearer = token(&error);
    QTimer::singleShot(0, reply, [reply, bearer, error] {
        if (error)
            reply->finishWithError(error);
        else
            reply->finishWithToken(bearer);
    });
    return reply;
}

} // namespace MrAuth
