#include "secureclipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QDataStream>
#include <QGuiApplication>
#include <QMimeData>

namespace MrAuth {

SecureClipboard::SecureClipboard(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &SecureClipboard::onTick);
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        connect(clipboard, &QClipboard::dataChanged, this, &SecureClipboard::onClipboardChanged);
    }
    // Never leave a token behind when the app quits.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecureClipboard::clear);
}

SecureClipboard::~SecureClipboard()
{
    clear();
}

void SecureClipboard::setClearTimeout(std::chrono::seconds timeout)
{
    m_clearTimeout = timeout.count() < 0 ? std::chrono::seconds(0) : timeout;
}

QByteArray SecureClipboard::digestOf(const QString &text)
{
    // The UTF-8 copy of the token is overwritten before it is released.
    QByteArray utf8 = text.toUtf8();
    QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    return digest;
}

QMimeData *SecureClipboard::createSecretMimeData(const QString &text)
{
    auto *mime = new QMimeData;
    mime->setText(text);
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArrayLiteral("1"));
    QByteArray no;
    QDataStream stream(&no, QIODevice::WriteOnly);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream << quint32(0);
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), no);
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), no);
#else
    mime->setData(passwordManagerHintFormat(), QByteArrayLiteral("secret"));
#endif
    return mime;
}

void SecureClipboard::copySecret(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    m_digest = digestOf(text);
    // Set the digest first: setMimeData() emits dataChanged() synchronously on some platforms.
    clipboard->setMimeData(createSecretMimeData(text), QClipboard::Clipboard);
    m_secondsLeft = int(m_clearTimeout.count());
    if (m_secondsLeft > 0)
        m_ticker.start();
    else
        m_ticker.stop();
    Q_EMIT copied(m_secondsLeft);
    if (m_secondsLeft > 0)
        Q_EMIT countdownChanged(m_secondsLeft);
}

bool SecureClipboard::holdsOurText() const
{
    if (m_digest.isEmpty())
        return false;
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && digestOf(clipboard->text(QClipboard::Clipboard)) == m_digest;
}

void SecureClipboard::clear()
{
    m_ticker.stop();
    const bool ours = holdsOurText();
    m_digest.clear();
    const bool wasCounting = m_secondsLeft > 0;
    m_secondsLeft = 0;
    if (ours) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        Q_EMIT countdownChanged(0);
        Q_EMIT cleared();
    } else if (wasCounting) {
        Q_EMIT countdownChanged(0);
    }
}

void SecureClipboard::onTick()
{
    if (m_secondsLeft <= 0) {
        m_ticker.stop();
        return;
    }
    --m_secondsLeft;
    if (m_secondsLeft > 0) {
        Q_EMIT countdownChanged(m_secondsLeft);
        return;
    }
    clear();
}

void SecureClipboard::onClipboardChanged()
{
    if (m_digest.isEmpty() || holdsOurText())
        return;
    // The user copied something else: nothing of ours is left to clear.
    m_digest.clear();
    m_ticker.stop();
    m_secondsLeft = 0;
    Q_EMIT countdownChanged(0);
    Q_EMIT released();
}

} // namespace MrAuth
