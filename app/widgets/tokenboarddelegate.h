#pragma once

#include <QStyledItemDelegate>

namespace MrAuth {

//! Draws the token board: the status column with the state's icon and colour, the token
//! column in a fixed-pitch font, the countdown with tabular digits.
class TokenBoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TokenBoardDelegate(QObject *parent = nullptr);
    ~TokenBoardDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace MrAuth
