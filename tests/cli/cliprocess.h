#pragma once

#include "emulatorprocess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace MrAuth {

//! Runs the built `mrauth` binary for a test, as a user would: in a private temporary HOME
//! (its own accounts file and settings), with the keychain of the session bus the test runs
//! in, and without any MIXEDREALITY_*, AZURE_* or display variable unless the test sets one.
class CliProcess
{
public:
    //! What one run gave: the exit code (-1 when it crashed or did not end in time) and both
    //! output streams.
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        QString outText() const { return QString::fromUtf8(out); }
        QString errText() const { return QString::fromUtf8(err); }
        QJsonObject json() const;
        QJsonArray jsonArray() const;
        //! For QVERIFY2 messages.
        QByteArray describe() const;
    };

    CliProcess();

    static QString mrauthPath();

    QString home() const { return m_home.path(); }
    //! Where this HOME's `mrauth` keeps its accounts (the app's file).
    QString accountsFilePath() const;
    QProcessEnvironment environment() const { return m_environment; }
    void setVariable(const QString &name, const QString &value);
    void unsetVariable(const QString &name);

    //! Runs `mrauth` with \a arguments, writes \a input to its stdin and closes it, and waits
    //! at most \a timeoutMs.
    Result run(const QStringList &arguments, const QByteArray &input = {},
               int timeoutMs = 60000) const;
    //! Starts `mrauth` and returns the running process (for tests that watch it run).
    std::unique_ptr<QProcess> start(const QStringList &arguments,
                                    const QByteArray &input = {}) const;
    //! Waits for \a process and collects its result.
    static Result finish(QProcess *process, int timeoutMs = 60000);

    //! `--endpoint URL --ca-file PEM` for \a emulator.
    static QStringList emulatorOptions(const EmulatorProcess &emulator);
    //! The demo account \a index (0 Spatial Anchors, 1 Remote Rendering, 2 Object Anchors):
    //! its account id, domain and keys.
    static QString demoAccountId(int index = 0);
    static QString demoAccountDomain(int index = 0);
    static QString demoKey(int index = 0, bool secondary = false);
    //! `--account-id ID --account-domain DOMAIN` of demo account \a index.
    static QStringList adHocOptions(int index = 0);

    //! Stores demo account \a index under \a name through `mrauth accounts add … --key-stdin`,
    //! pointed at \a emulator. Returns the run's result.
    Result addDemoAccount(const QString &name, const EmulatorProcess &emulator, int index = 0,
                          const QStringList &extraArguments = {}) const;

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
};

} // namespace MrAuth
