// mrauth-manpage: prints the mrauth(1) manual page generated from the command table. Run by
// the build (generatemanpage.cmake); not installed.
//   mrauth-manpage VERSION DATE
#include "manpage.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: mrauth-manpage VERSION DATE\n";
        return 2;
    }
    out << MrAuth::ManPage::mrauth(arguments.at(1), arguments.at(2));
    return 0;
}
