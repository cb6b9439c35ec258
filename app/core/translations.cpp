#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace MrAuth {

namespace {

const QString catalogDirectory = QStringLiteral(":/i18n");
const QString catalogPrefix = QStringLiteral("mrauth_");

// Loads \a name for \a locale from \a directory and installs it; the application owns it.
bool installCatalog(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QStringList Translations::available()
{
    QStringList languages;
    const QStringList files =
        QDir(catalogDirectory).entryList({catalogPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(catalogPrefix.size()).chopped(3);
    languages.sort();
    return languages;
}

bool Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    installCatalog(locale, QStringLiteral("qtbase"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installCatalog(locale, QStringLiteral("mrauth"), catalogDirectory);
}

} // namespace MrAuth
