#pragma once

#include "account.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace MrAuth {

//! The JSON format of the account metadata file and of exports: pure functions, no I/O.
//!
//! `{"format":"mrauth-accounts","version":1,"accounts":[…]}`. Parsing salvages what it can
//! from a damaged file so that one bad entry or a truncated write costs as little as possible.
class AccountListFormat
{
    Q_DECLARE_TR_FUNCTIONS(MrAuth::AccountListFormat)

public:
    struct ParseResult
    {
        //! The accounts that could be read, in file order, without duplicate uuids.
        QList<Account> accounts;
        //! True when the file was well-formed and every entry was read.
        bool intact = false;
        //! True when the whole document was valid JSON of the expected shape.
        bool documentValid = false;
        //! How many entries were found but could not be used.
        int droppedEntries = 0;
        //! Why entries were dropped or the document was rejected, translated.
        QStringList problems;
    };

    //! The current format version.
    static constexpr int version = 1;

    //! Reads \a data. An empty input is an intact, empty list.
    static ParseResult parse(const QByteArray &data);
    //! Writes \a accounts in the current format, indented for people and diffs.
    static QByteArray serialize(const QList<Account> &accounts);

    //! The JSON texts of the objects that are direct elements of the "accounts" array, found by
    //! matching braces (strings and escapes respected), also in a truncated or damaged file.
    static QList<QByteArray> salvageEntries(const QByteArray &data);
};

} // namespace MrAuth
