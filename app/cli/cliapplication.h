#pragma once

#include "clierror.h"
#include "commandline.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace MrAuth {

//! The `mrauth` program: parses the command line, runs the command and returns the exit
//! code. main() only decides (with needsGuiApplication()) which application object to create.
class CliApplication : public QObject
{
    Q_OBJECT
public:
    explicit CliApplication(QObject *parent = nullptr);
    ~CliApplication() override;

    //! True when \a arguments ask for the clipboard (`token --copy`), which needs a
    //! QGuiApplication; everything else runs on a QCoreApplication. Pure.
    static bool needsGuiApplication(const QStringList &arguments);
    //! "mrauth 1.0.0 (libmrauth 1.0.0, Qt 6.4.2)".
    static QString versionText();
    //! Sets up the message pattern and, for --verbose, the debug categories of mrauth.
    static void configureLogging(bool verbose);

    //! Runs the command of QCoreApplication::arguments() to its end; returns the exit code.
    int run();
    //! Runs the command of \a arguments in \a environment to its end.
    int run(const QStringList &arguments, const QProcessEnvironment &environment);

private:
    int runDecode(const CommandLine &line);
    int runHelp(const CommandLine &line);
    int reportUsage(const CommandLine &line);
};

} // namespace MrAuth
