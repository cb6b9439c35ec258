#include "decodetokendialog.h"

#include "jwtview.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace MrAuth {

DecodeTokenDialog::DecodeTokenDialog(Clock *clock, QWidget *parent)
    : QDialog(parent), m_clock(clock ? clock : Clock::system())
{
    setObjectName(QStringLiteral("decodeTokenDialog"));
    setWindowTitle(tr("Decode a Token"));
    setAccessibleName(windowTitle());
    resize(760, 640);

    auto *layout = new QVBoxLayout(this);
    auto *title =
        new QLabel(tr("&Paste a token (a JWT, optionally with \"Authorization: Bearer\"):"), this);
    layout->addWidget(title);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("tokenInputEdit"));
    m_input->setAccessibleName(tr("Token to decode"));
    m_input->setTabChangesFocus(true);
    m_input->setWordWrapMode(QTextOption::WrapAnywhere);
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setMaximumHeight(fontMetrics().height() * 7);
    title->setBuddy(m_input);
    layout->addWidget(m_input);

    m_view = new JwtView(this);
    m_view->setObjectName(QStringLiteral("jwtView"));
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_input, &QPlainTextEdit::textChanged, this, &DecodeTokenDialog::decode);
    decode();
}

DecodeTokenDialog::~DecodeTokenDialog() = default;

void DecodeTokenDialog::decode()
{
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty())
        m_view->clear();
    else
        m_view->setToken(text, m_clock->currentDateTimeUtc());
}

} // namespace MrAuth
