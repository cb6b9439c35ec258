#include "accountstorereport.h"

#include <QCoreApplication>
#include <QDir>

namespace MrAuth {

QString AccountStoreReport::summary() const
{
    const char *context = "MrAuth::AccountStoreReport";
    switch (outcome) {
    case Outcome::Loaded:
    case Outcome::Missing:
        return {};
    case Outcome::Failed:
        return QCoreApplication::translate(context, "The account list could not be read: %1")
            .arg(problems.join(u' '));
    case Outcome::Recovered:
        break;
    }
    QString text = QCoreApplication::translate(context, "The account list was damaged and has "
                                                        "been repaired. Accounts recovered: %1")
                       .arg(accountCount);
    if (fromBackup > 0) {
        text += QCoreApplication::translate(context, " (from the backup: %1)").arg(fromBackup);
    }
    text += QCoreApplication::translate(context, "; entries that could not be read: %1.")
                .arg(droppedEntries);
    if (!corruptCopyPath.isEmpty()) {
        text += u' ' + QCoreApplication::translate(context, "The damaged file was kept as %1.")
                           .arg(QDir::toNativeSeparators(corruptCopyPath));
    }
    return text;
}

} // namespace MrAuth
