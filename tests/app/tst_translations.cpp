// The shipped translations, loaded the way the app and the CLI load them: every language is
// compiled in, reaches each way the code translates (QObject::tr, Q_DECLARE_TR_FUNCTIONS,
// QCoreApplication::translate with a literal context, libmrauth's messages), and brings Qt's
// own strings; English has its plural forms.

#include "accountstorereport.h"
#include "copyformats.h"
#include "secretkind.h"
#include "timeformat.h"
#include "tokenentry.h"
#include "translations.h"

#include <mrauth/error.h>
#include <mrauth/jwt.h>

#include <QTest>
#include <QTranslator>

using namespace MrAuth;
using namespace Qt::StringLiterals;

namespace {

// One text from each way MrAuth's code reaches a translation, in the current language.
QStringList sampleTexts()
{
    AccountStoreReport report;
    report.outcome = AccountStoreReport::Outcome::Recovered;
    report.accountCount = 3;
    report.droppedEntries = 1;
    Error jwtError;
    Jwt::decode(u"not-a-token"_s, &jwtError);
    return {TokenEntry::stateName(TokenEntry::State::ExpiringSoon),
            CopyFormats::label(CopyFormats::Format::CurlCommand),
            secretKindDisplayName(SecretKind::PrimaryKey),
            TimeFormat::countdown(0),
            report.summary(),
            jwtError.message()};
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        // Back to the untranslated texts for the next row.
        const QList<QTranslator *> translators =
            QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

    void shipsEveryLanguage()
    {
        QCOMPARE(Translations::available(),
                 QStringList({u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s}));
    }

    void translatesEveryKindOfText_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::available()) {
            if (language != u"en")
                QTest::newRow(qPrintable(language)) << language;
        }
    }

    void translatesEveryKindOfText()
    {
        QFETCH(QString, language);
        const QStringList english = sampleTexts();
        QVERIFY(Translations::install(language));
        QCOMPARE(QLocale().name().left(2), language.left(2));
        const QStringList translated = sampleTexts();
        for (qsizetype index = 0; index < english.size(); ++index) {
            QVERIFY2(!translated[index].isEmpty() && translated[index] != english[index],
                     qPrintable(u"not translated: "_s + english[index]));
        }
        // Qt's own strings, from qtbase_<language>.qm.
        QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel");
    }

    void englishHasItsPlurals()
    {
        QVERIFY(Translations::install(u"en"_s));
        AccountStoreReport report;
        report.outcome = AccountStoreReport::Outcome::Recovered;
        report.accountCount = 1;
        report.droppedEntries = 2;
        const QString summary = report.summary();
        QVERIFY2(summary.contains(u"1 account recovered."_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"2 entries could not be read."_s), qPrintable(summary));
    }

    void unknownLanguageKeepsEnglish()
    {
        QVERIFY(!Translations::install(u"eo"_s));
        QCOMPARE(TokenEntry::stateName(TokenEntry::State::Valid), u"Valid"_s);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
