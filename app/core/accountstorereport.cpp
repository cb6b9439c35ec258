#include "accountstorereport.h"

#include <QCoreApplication>
#include <QDir>

namespace MrAuth {

QString AccountStoreReport::summary() const
{
    switch (outcome) {
    case Outcome::Loaded:
    case Outcome::Missing:
        return {};
    case Outcome::Failed:
        return QCoreApplication::translate("MrAuth::AccountStoreReport",
                                           "The account list could not be read: %1")
            .arg(problems.join(u' '));
    case Outcome::Recovered:
        break;
    }
    // Whole sentences, so that translations never have to fit pieces together.
    QStringList sentences{
        QCoreApplication::translate("MrAuth::AccountStoreReport",
                                    "The account list was damaged and has been repaired."),
        QCoreApplication::translate("MrAuth::AccountStoreReport", "%n account(s) recovered.",
                                    nullptr, accountCount)};
    if (fromBackup > 0) {
        sentences << QCoreApplication::translate(
            "MrAuth::AccountStoreReport", "%n of them came from the backup.", nullptr, fromBackup);
    }
    sentences << QCoreApplication::translate(
        "MrAuth::AccountStoreReport", "%n entry(s) could not be read.", nullptr, droppedEntries);
    if (!corruptCopyPath.isEmpty()) {
        sentences << QCoreApplication::translate("MrAuth::AccountStoreReport",
                                                 "The damaged file was kept as %1.")
                         .arg(QDir::toNativeSeparators(corruptCopyPath));
    }
    return sentences.join(u' ');
}

} // namespace MrAuth
