#pragma once

#include "tokenentry.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QUuid>

namespace MrAuth {

class TokenBoard;

//! A table model over a TokenBoard: name, service, status, token (masked unless revealed),
//! expiry countdown and last refresh.
//!
//! The token text appears only for rows revealed with setRevealed(), and only in the display
//! role. Views add colours and icons from StateRole. Each tick of the board changes the status
//! and countdown columns of every row in one dataChanged() per column.
class TokenBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServiceColumn,
        StatusColumn,
        TokenColumn,
        ExpiresColumn,
        LastRefreshColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        AccountUuidRole = Qt::UserRole + 1, //!< QUuid of the row's account.
        StateRole,                          //!< TokenEntry::State.
        SecondsLeftRole,                    //!< qint64 seconds until expiry (0 without token).
        ErrorRole,                          //!< MrAuth::Error of the last fetch.
        RevealedRole,                       //!< bool: the token is shown in clear.
    };
    Q_ENUM(Role)

    explicit TokenBoardModel(TokenBoard *board, QObject *parent = nullptr);
    ~TokenBoardModel() override;

    TokenBoard *board() const;

    //! Shows (or masks again) the token of \a account.
    void setRevealed(const QUuid &account, bool revealed);
    bool isRevealed(const QUuid &account) const { return m_revealed.contains(account); }
    //! Masks every token again.
    void hideAll();

    //! The masked form of a token: a fixed run of bullets, whatever its length.
    static QString maskedToken();

    QModelIndex indexOf(const QUuid &account, int column = NameColumn) const;
    QUuid accountAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! The status text of \a entry at \a now: the state, and for errors the error kind.
    static QString statusText(const TokenEntry &entry, TokenEntry::State state);
    //! The tooltip of the status: the error with HTTP status and both correlation vectors.
    static QString statusDetails(const TokenEntry &entry, TokenEntry::State state);

private:
    void onTicked();

    QPointer<TokenBoard> m_board;
    QSet<QUuid> m_revealed;
};

} // namespace MrAuth
