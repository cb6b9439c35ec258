#include "tokendetailsdialog.h"

#include "jwtview.h"
#include "secureclipboard.h"
#include "tokenboardmodel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace MrAuth {

TokenDetailsDialog::TokenDetailsDialog(const Account &account, const AccessToken &token,
                                       const QDateTime &now, SecureClipboard *clipboard,
                                       QWidget *parent)
    : QDialog(parent), m_token(token), m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("tokenDetailsDialog"));
    setWindowTitle(tr("Token Details — %1").arg(account.displayName()));
    setAccessibleName(windowTitle());
    resize(760, 640);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(name);
        field->setAccessibleName(label);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(label, field);
    };
    addRow(tr("Account:"), account.displayName(), QStringLiteral("accountNameLabel"));
    addRow(tr("Service:"), account.serviceDisplayName(), QStringLiteral("serviceLabel"));
    addRow(tr("Account ID:"), account.accountId(), QStringLiteral("accountIdLabel"));
    addRow(tr("Account domain:"), account.accountDomain(), QStringLiteral("accountDomainLabel"));
    layout->addLayout(form);

    m_view = new JwtView(this);
    m_view->setObjectName(QStringLiteral("jwtView"));
    m_view->setToken(token.token(), now);
    layout->addWidget(m_view, 1);

    auto *rawTitle = new QLabel(tr("&Raw token"), this);
    layout->addWidget(rawTitle);
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("rawTokenEdit"));
    m_raw->setAccessibleName(tr("Raw token"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setWordWrapMode(QTextOption::WrapAnywhere);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setMaximumHeight(fontMetrics().height() * 5);
    rawTitle->setBuddy(m_raw);
    layout->addWidget(m_raw);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_showRaw = buttons->addButton(tr("&Show Raw Token"), QDialogButtonBox::ActionRole);
    m_showRaw->setObjectName(QStringLiteral("showRawTokenButton"));
    m_showRaw->setCheckable(true);
    m_showRaw->setAccessibleName(tr("Show raw token"));
    QPushButton *copy = buttons->addButton(tr("&Copy Token"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyTokenButton"));
    copy->setAccessibleName(tr("Copy token"));
    copy->setEnabled(!token.isNull() && clipboard);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showRaw, &QPushButton::toggled, this, &TokenDetailsDialog::setRawVisible);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (m_clipboard)
            m_clipboard->copySecret(m_token.token());
    });
    layout->addWidget(buttons);
    setRawVisible(false);
}

TokenDetailsDialog::~TokenDetailsDialog() = default;

void TokenDetailsDialog::setRawVisible(bool visible)
{
    m_raw->setPlainText(visible ? m_token.token() : TokenBoardModel::maskedToken());
    m_showRaw->setText(visible ? tr("&Hide Raw Token") : tr("&Show Raw Token"));
}

} // namespace MrAuth
