#include "tokenboarddelegate.h"

#include "statestyle.h"
#include "tokenboardmodel.h"

#include <QFontDatabase>

namespace MrAuth {

TokenBoardDelegate::TokenBoardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

TokenBoardDelegate::~TokenBoardDelegate() = default;

void TokenBoardDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case TokenBoardModel::StatusColumn: {
        const auto state = index.data(TokenBoardModel::StateRole).value<TokenEntry::State>();
        option->icon = StateStyle::icon(state, option->palette);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
        // Selected rows keep the selection's own text colour, for contrast.
        if (!(option->state & QStyle::State_Selected)) {
            option->palette.setColor(QPalette::Text, StateStyle::color(state, option->palette));
        }
        break;
    }
    case TokenBoardModel::TokenColumn:
    case TokenBoardModel::ExpiresColumn: {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(option->font.pointSizeF());
        option->font = font;
        break;
    }
    default:
        break;
    }
}

} // namespace MrAuth
