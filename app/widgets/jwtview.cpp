#include "jwtview.h"

#include "statestyle.h"
#include "timeformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace MrAuth {

namespace {
QTreeWidget *createFieldView(const QString &objectName, const QString &accessibleName,
                             QWidget *parent)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setColumnCount(3);
    view->setHeaderLabels({JwtView::tr("Field"), JwtView::tr("Value"), JwtView::tr("Meaning")});
    view->setRootIsDecorated(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTextElideMode(Qt::ElideRight);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return view;
}
} // namespace

JwtView::JwtView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_validityLabel = new QLabel(this);
    m_validityLabel->setObjectName(QStringLiteral("validityLabel"));
    m_validityLabel->setAccessibleName(tr("Validity"));
    m_validityLabel->setWordWrap(true);
    m_validityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::TextSelectableByKeyboard);
    QFont bold = m_validityLabel->font();
    bold.setBold(true);
    m_validityLabel->setFont(bold);
    layout->addWidget(m_validityLabel);

    auto *note =
        new QLabel(tr("Decoded only: the signature is checked by the service, not here."), this);
    note->setObjectName(QStringLiteral("signatureNoteLabel"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    auto *headerTitle = new QLabel(tr("&Header"), this);
    m_headerView = createFieldView(QStringLiteral("headerView"), tr("Token header"), this);
    headerTitle->setBuddy(m_headerView);
    layout->addWidget(headerTitle);
    layout->addWidget(m_headerView, 1);

    auto *claimsTitle = new QLabel(tr("C&laims"), this);
    m_claimsView = createFieldView(QStringLiteral("claimsView"), tr("Token claims"), this);
    claimsTitle->setBuddy(m_claimsView);
    layout->addWidget(claimsTitle);
    layout->addWidget(m_claimsView, 3);
    clear();
}

JwtView::~JwtView() = default;

void JwtView::clear()
{
    m_inspection = TokenInspection();
    m_headerView->clear();
    m_claimsView->clear();
    m_validityLabel->setText(tr("No token."));
    m_validityLabel->setPalette(palette());
}

void JwtView::setToken(const QString &token, const QDateTime &now)
{
    m_now = now;
    m_inspection = TokenInspection::inspect(token, now);
    m_validityLabel->setText(m_inspection.validityText(now));
    TokenEntry::State state = TokenEntry::State::Error;
    switch (m_inspection.validity) {
    case TokenInspection::Validity::Valid:
        state = TokenEntry::State::Valid;
        break;
    case TokenInspection::Validity::NotYetValid:
        state = TokenEntry::State::ExpiringSoon;
        break;
    case TokenInspection::Validity::Expired:
        state = TokenEntry::State::Expired;
        break;
    case TokenInspection::Validity::Malformed:
    case TokenInspection::Validity::NoExpiry:
        break;
    }
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, StateStyle::color(state, palette()));
    m_validityLabel->setPalette(colours);
    fill(m_headerView, m_inspection.header);
    fill(m_claimsView, m_inspection.claims);
}

void JwtView::fill(QTreeWidget *view, const QList<TokenInspection::Field> &fields)
{
    view->clear();
    for (const TokenInspection::Field &field : fields) {
        auto *item = new QTreeWidgetItem(view, {field.name, field.value, field.meaning});
        item->setToolTip(1, field.value);
        item->setToolTip(2, field.meaning);
        if (field.time.isValid()) {
            new QTreeWidgetItem(item, {tr("local"), TimeFormat::localDateTime(field.time)});
            new QTreeWidgetItem(item, {tr("UTC"), TimeFormat::utcDateTime(field.time)});
            new QTreeWidgetItem(item, {tr("relative"), TimeFormat::relative(field.time, m_now)});
            item->setExpanded(true);
        }
    }
    view->resizeColumnToContents(0);
    view->resizeColumnToContents(1);
    if (view->columnWidth(1) > 420)
        view->setColumnWidth(1, 420);
}

} // namespace MrAuth
