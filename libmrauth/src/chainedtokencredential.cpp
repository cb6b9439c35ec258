#include <mrauth/chainedtokencredential.h>

#include "aadprotocol_p.h"
#include "aadrequest_p.h"
#include "logging_p.h"

#include <QPointer>

namespace MrAuth {

//! What a walk reads and writes; shared, so that a walk may outlive its chain.
struct ChainState
{
    bool remember = false;
    std::shared_ptr<TokenCredential> successful;
};

class ChainedTokenCredentialPrivate
{
public:
    QList<std::shared_ptr<TokenCredential>> credentials;
    std::shared_ptr<ChainState> state = std::make_shared<ChainState>();
};

namespace {

//! One walk down the chain for one request.
class ChainWalk : public QObject
{
public:
    ChainWalk(std::shared_ptr<ChainState> state, QList<std::shared_ptr<TokenCredential>> links,
              const QStringList &scopes, TokenReply *reply)
        : QObject(reply)
        , m_state(std::move(state))
        , m_links(std::move(links))
        , m_scopes(scopes)
        , m_reply(reply)
    {
        reply->setAbortHandler([this] {
            if (m_current) {
                m_current->disconnect(this);
                m_current->abort();
            }
        });
    }

    void tryNext()
    {
        if (m_index >= m_links.size()) {
            const Error error = chainError(m_failures);
            qCDebug(lcMrAuthAad).noquote() << "chain failed:" << error.toString();
            m_reply->finishWithError(error);
            return;
        }
        const std::shared_ptr<TokenCredential> link = m_links.at(m_index);
        TokenReply *current = link->getToken(m_scopes);
        current->setParent(this);
        m_current = current;
        connect(current, &TokenReply::retryScheduled, m_reply, &TokenReply::retryScheduled);
        connect(current, &TokenReply::finished, this, [this, current, link] {
            current->deleteLater();
            m_current = nullptr;
            const QString name = ChainedTokenCredential::credentialName(link.get());
            if (current->error() == Error::Code::NoError) {
                qCDebug(lcMrAuthAad).noquote() << name << "gave the chain's token";
                if (m_state->remember)
                    m_state->successful = link;
                m_reply->setExchangeDetails(current->httpStatus(),
                                            current->requestCorrelationVector(),
                                            current->responseCorrelationVector());
                m_reply->finishWithToken(current->accessToken());
                return;
            }
            m_failures.append({name, current->errorInfo()});
            if (current->error() != Error::Code::CredentialUnavailable) {
                // Set up but failing: report it rather than try another identity.
                m_reply->finishWithError(chainError(m_failures));
                return;
            }
            qCDebug(lcMrAuthAad).noquote() << name << "is unavailable:" << current->errorString();
            ++m_index;
            tryNext();
        });
    }

private:
    std::shared_ptr<ChainState> m_state;
    QList<std::shared_ptr<TokenCredential>> m_links;
    QStringList m_scopes;
    TokenReply *m_reply;
    QPointer<TokenReply> m_current;
    QList<ChainFailure> m_failures;
    qsizetype m_index = 0;
};

} // namespace

ChainedTokenCredential::ChainedTokenCredential(
    const QList<std::shared_ptr<TokenCredential>> &credentials, QObject *parent)
    : TokenCredential(parent), d(std::make_unique<ChainedTokenCredentialPrivate>())
{
    for (const auto &credential : credentials) {
        if (credential)
            d->credentials.append(credential);
    }
}

// Walks under way keep the links and the shared state alive: their replies still finish.
ChainedTokenCredential::~ChainedTokenCredential() = default;

QList<std::shared_ptr<TokenCredential>> ChainedTokenCredential::credentials() const
{
    return d->credentials;
}

bool ChainedTokenCredential::remembersSuccessfulCredential() const
{
    return d->state->remember;
}

void ChainedTokenCredential::setRemembersSuccessfulCredential(bool remember)
{
    d->state->remember = remember;
    if (!remember)
        d->state->successful.reset();
}

TokenCredential *ChainedTokenCredential::successfulCredential() const
{
    return d->state->successful.get();
}

TokenReply *ChainedTokenCredential::getToken(const QStringList &scopes)
{
    auto *reply = new TokenReply;
    QList<std::shared_ptr<TokenCredential>> links = d->credentials;
    if (d->state->remember && d->state->successful)
        links = {d->state->successful};
    auto *walk = new ChainWalk(d->state, links, scopes, reply);
    if (links.isEmpty())
        finishLater(reply, chainError({}));
    else
        walk->tryNext();
    return reply;
}

QString ChainedTokenCredential::credentialName(const TokenCredential *credential)
{
    if (!credential)
        return {};
    QString name = QString::fromLatin1(credential->metaObject()->className());
    const QLatin1String prefix("MrAuth::");
    if (name.startsWith(prefix))
        name = name.mid(prefix.size());
    return name;
}

} // namespace MrAuth
