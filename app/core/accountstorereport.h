#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace MrAuth {

//! What AccountStore found when it read its file: for the window's banner and the CLI's warning.
struct AccountStoreReport
{
    enum class Outcome {
        Loaded,    //!< The file was read completely.
        Missing,   //!< There was no file yet: an empty list.
        Recovered, //!< The file was damaged; it was set aside and what could be read was kept.
        Failed,    //!< The file could not be read at all (for example no permission).
    };

    Outcome outcome = Outcome::Loaded;
    //! Accounts in the list after loading.
    int accountCount = 0;
    //! Entries that could not be recovered.
    int droppedEntries = 0;
    //! Accounts taken from the backup because the file itself was unreadable.
    int fromBackup = 0;
    //! Where the damaged file was kept, when it was set aside.
    QString corruptCopyPath;
    //! Details, translated.
    QStringList problems;

    bool isProblem() const { return outcome == Outcome::Recovered || outcome == Outcome::Failed; }
    //! One paragraph for the user, translated; empty when there is nothing to say.
    QString summary() const;
};

} // namespace MrAuth

Q_DECLARE_METATYPE(MrAuth::AccountStoreReport)
