// security_helper: the other process of the data-safety tests, using the real app code.
//   save-loop FILE COUNT     saves COUNT accounts through AccountStore over and over, every
//                            account of one save named "gen-<n>"; prints n after each save
//   add-many FILE PREFIX N   adds N accounts named PREFIX-<i> one at a time through
//                            AccountStore; prints {"added":[names],"failed":[{name,error,message}]}
//   app-add FILE SETTINGS    the desktop app (offscreen, real keychain of the session bus it is
//                            given) adds an account through its dialog: prints "ready" once
//                            the keychain probe is done, waits for "go" on stdin, prints
//                            "storing" once OK is clicked, then {"result":"added"|"failed",
//                            "message":…,"accounts":N}; when the list refuses the account
//                            after its secrets were stored: {"result":"refused","secretLeft":…}
#include "accountdialog.h"
#include "accountstore.h"
#include "desktopapp.h"
#include "mainwindow.h"
#include "secretstore.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPointer>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>

#include <unistd.h>

using namespace MrAuth;

namespace {

void printLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QUuid fixedUuid(int index)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{5b0f3c1e-8d1a-4c55-9a0e-2f7f3f1b6c10}")),
                               QString::number(index));
}

Account sampleAccount(const QUuid &uuid, const QString &name)
{
    Account account = Account::create();
    account.setUuid(uuid);
    account.setDisplayName(name);
    account.setAccountId(QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"));
    account.setAccountDomain(QStringLiteral("eastus.mixedreality.azure.com"));
    account.setAutoRefresh(false);
    return account;
}

int saveLoop(const QString &file, int count)
{
    AccountStore store(file);
    store.setWatching(false);
    store.load();
    for (qint64 generation = 0;; ++generation) {
        QList<Account> accounts;
        for (int i = 0; i < count; ++i)
            accounts << sampleAccount(fixedUuid(i), QStringLiteral("gen-%1").arg(generation));
        if (!store.upsert(accounts)) {
            printLine("error " + store.errorString().toUtf8());
            return 1;
        }
        printLine(QByteArray::number(generation));
    }
}

int addMany(const QString &file, const QString &prefix, int count)
{
    AccountStore store(file);
    store.setWatching(false);
    store.load();
    QJsonArray added;
    QJsonArray failed;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(i);
        if (store.add(sampleAccount(QUuid::createUuid(), name))) {
            added << name;
        } else {
            failed << QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("error"),
                 QString::fromLatin1(
                     QMetaEnum::fromType<AccountStore::Error>().valueToKey(int(store.error())))},
                {QStringLiteral("message"), store.errorString()}};
        }
    }
    printLine(QJsonDocument(
                  QJsonObject{{QStringLiteral("added"), added}, {QStringLiteral("failed"), failed}})
                  .toJson(QJsonDocument::Compact));
    return 0;
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    if (auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name)))
        edit->setText(text);
}

int appAdd(const QString &file, const QString &settings)
{
    DesktopApp::Options options;
    options.accountsFile = file;
    options.settingsFile = settings;
    DesktopApp app(options);
    app.start();
    MainWindow *window = app.window();
    auto finish = [&app](const QString &result, const QString &message) {
        printLine(QJsonDocument(QJsonObject{{QStringLiteral("result"), result},
                                            {QStringLiteral("message"), message},
                                            {QStringLiteral("accounts"), app.accounts()->count()}})
                      .toJson(QJsonDocument::Compact));
        QCoreApplication::exit(0);
    };
    QObject::connect(app.accounts(), &AccountStore::accountAdded, window,
                     [finish] { finish(QStringLiteral("added"), QString()); });

    // Once the start-up probe of the keychain is done, say so and wait for "go" on stdin (the
    // test stops the keychain daemon in between); then add an account as a user would.
    DesktopApp *desktop = &app;
    auto addAccount = [desktop, window, finish] {
        window->findChild<QAction *>(QStringLiteral("actionAddAccount"))->trigger();
        QPointer<AccountDialog> dialog = window->findChild<AccountDialog *>();
        if (!dialog) {
            finish(QStringLiteral("no dialog"), QString());
            return;
        }
        typeInto(dialog, "nameEdit", QStringLiteral("Half stored?"));
        typeInto(dialog, "accountIdEdit", QStringLiteral("87e9abb1-79b9-4502-bbae-cfae8c610f23"));
        typeInto(dialog, "accountDomainEdit", QStringLiteral("eastus.mixedreality.azure.com"));
        typeInto(dialog, "stsEndpointEdit", QStringLiteral("https://127.0.0.1:9"));
        typeInto(dialog, "primaryKeyEdit", QStringLiteral("primary-key-of-the-half-stored"));
        typeInto(dialog, "secondaryKeyEdit", QStringLiteral("secondary-key-of-the-half-stored"));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        auto *problems = dialog->findChild<QLabel *>(QStringLiteral("problemsLabel"));
        const QUuid uuid = dialog->account().uuid();
        ok->click();
        printLine("storing");
        // The dialog stays open with the reason when the secrets could not be stored; when
        // the list refuses the account after its secrets were stored, a message box says why.
        auto *poll = new QTimer(window);
        QObject::connect(poll, &QTimer::timeout, window, [=] {
            if (dialog && ok->isEnabled() && !problems->text().isEmpty()) {
                poll->stop();
                finish(QStringLiteral("failed"), problems->text());
                return;
            }
            const QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>();
            for (QMessageBox *box : boxes) {
                if (!box->isVisible())
                    continue;
                poll->stop();
                // The user reads the reason and closes the box; then the secrets stored first
                // must be taken back out of the keychain.
                const QString text = box->text();
                box->done(QMessageBox::Ok);
                auto *drained = new QTimer(window);
                QObject::connect(drained, &QTimer::timeout, window, [=] {
                    if (desktop->secrets()->pendingJobCount() > 0)
                        return;
                    drained->stop();
                    SecretJob *read = desktop->secrets()->readSecret(uuid, SecretKind::PrimaryKey);
                    QObject::connect(read, &SecretJob::finished, window, [=](SecretJob *job) {
                        printLine(
                            QJsonDocument(
                                QJsonObject{
                                    {QStringLiteral("result"), QStringLiteral("refused")},
                                    {QStringLiteral("message"), text},
                                    {QStringLiteral("secretLeft"), !job->error().isError()},
                                    {QStringLiteral("readError"), job->error().message()},
                                    {QStringLiteral("accounts"), desktop->accounts()->count()}})
                                .toJson(QJsonDocument::Compact));
                        QCoreApplication::exit(0);
                    });
                });
                drained->start(20);
                return;
            }
        });
        poll->start(20);
    };
    auto *ready = new QTimer(window);
    QObject::connect(ready, &QTimer::timeout, window, [&app, ready, window, addAccount] {
        if (app.secrets()->pendingJobCount() > 0)
            return;
        ready->stop();
        printLine("ready");
        auto *input = new QSocketNotifier(0, QSocketNotifier::Read, window);
        QObject::connect(input, &QSocketNotifier::activated, window, [input, addAccount] {
            char buffer[16];
            if (::read(0, buffer, sizeof buffer) <= 0 || buffer[0] != 'g') {
                input->setEnabled(false);
                QCoreApplication::exit(3);
                return;
            }
            input->setEnabled(false);
            addAccount();
        });
    });
    ready->start(20);
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i)
            list << QString::fromLocal8Bit(argv[i]);
        return list;
    }();
    const QString mode = arguments.value(0);
    if (mode == QLatin1String("save-loop") && arguments.size() == 3) {
        QCoreApplication app(argc, argv);
        return saveLoop(arguments.at(1), arguments.at(2).toInt());
    }
    if (mode == QLatin1String("add-many") && arguments.size() == 4) {
        QCoreApplication app(argc, argv);
        return addMany(arguments.at(1), arguments.at(2), arguments.at(3).toInt());
    }
    if (mode == QLatin1String("app-add") && arguments.size() == 3) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return appAdd(arguments.at(1), arguments.at(2));
    }
    std::fputs("usage: security_helper save-loop FILE COUNT | add-many FILE PREFIX N | "
               "app-add FILE SETTINGS\n",
               stderr);
    return 2;
}
