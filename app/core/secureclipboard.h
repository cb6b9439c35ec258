#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

class QMimeData;

namespace MrAuth {

//! Copies secrets (tokens) to the system clipboard the way password managers do.
//!
//! The data carries the platform's "do not keep this" hints: `x-kde-passwordManagerHint:
//! secret` on Linux and other Unix desktops (clipboard managers skip it), the concealed type
//! on macOS, and the history and cloud exclusion formats on Windows. After clearTimeout() the
//! clipboard is cleared, but only if it still holds the copied text; it is also cleared when
//! the application quits. Only a hash of the text is kept, never the text. Needs a
//! QGuiApplication. Lives in the GUI thread.
class SecureClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecureClipboard(QObject *parent = nullptr);
    //! Clears the clipboard if it still holds our text.
    ~SecureClipboard() override;

    //! Seconds until the copied text is cleared; 0 never clears (default 30).
    std::chrono::seconds clearTimeout() const { return m_clearTimeout; }
    void setClearTimeout(std::chrono::seconds timeout);

    //! Puts \a text on the clipboard with the secret hints and starts the countdown.
    void copySecret(const QString &text);
    //! True while the clipboard holds the text we copied.
    bool holdsOurText() const;
    //! Seconds until the clear, or 0 when no countdown runs.
    int secondsLeft() const { return m_secondsLeft; }

    //! The MIME type of the KDE/Linux password-manager hint.
    static QString passwordManagerHintFormat()
    {
        return QStringLiteral("x-kde-passwordManagerHint");
    }
    //! The clipboard data for \a text with the current platform's secret hints.
    static QMimeData *createSecretMimeData(const QString &text);

public Q_SLOTS:
    //! Clears the clipboard now if it still holds our text; stops the countdown either way.
    void clear();

Q_SIGNALS:
    //! A secret was copied; the countdown (if any) starts at \a secondsLeft.
    void copied(int secondsLeft);
    //! Once a second while counting down.
    void countdownChanged(int secondsLeft);
    //! The clipboard was cleared by us.
    void cleared();
    //! Something else replaced our text; there is nothing left to clear.
    void released();

private:
    void onTick();
    void onClipboardChanged();
    static QByteArray digestOf(const QString &text);

    std::chrono::seconds m_clearTimeout{30};
    QByteArray m_digest;
    int m_secondsLeft = 0;
    QTimer m_ticker;
};

} // namespace MrAuth
