#pragma once

#include "account.h"

#include <mrauth/accesstoken.h>

#include <QDialog>
#include <QPointer>

class QPlainTextEdit;
class QPushButton;

namespace MrAuth {

class JwtView;
class SecureClipboard;

//! The details of one account's token: the decoded header and claims with their meaning, the
//! times in local and UTC, whether it is valid, and the raw token (hidden until asked for).
class TokenDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDetailsDialog(const Account &account, const AccessToken &token, const QDateTime &now,
                       SecureClipboard *clipboard, QWidget *parent = nullptr);
    ~TokenDetailsDialog() override;

    JwtView *jwtView() const { return m_view; }

private:
    void setRawVisible(bool visible);

    AccessToken m_token;
    QPointer<SecureClipboard> m_clipboard;
    JwtView *m_view = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QPushButton *m_showRaw = nullptr;
};

} // namespace MrAuth
