#pragma once

#include <mrauth/clock.h>

#include <QDialog>

class QPlainTextEdit;

namespace MrAuth {

class JwtView;

//! Decodes any JWT the user pastes (with or without "Authorization: Bearer"), live as it is
//! typed. Nothing leaves the dialog.
class DecodeTokenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DecodeTokenDialog(Clock *clock, QWidget *parent = nullptr);
    ~DecodeTokenDialog() override;

    QPlainTextEdit *input() const { return m_input; }
    JwtView *jwtView() const { return m_view; }

private:
    void decode();

    Clock *m_clock;
    QPlainTextEdit *m_input = nullptr;
    JwtView *m_view = nullptr;
};

} // namespace MrAuth
