// cmkctl: a QCoreApplication that links neither Qt Gui nor Qt Widgets.

#include "app/startupoptions.h"
#include "cmkversion.h"
#include "ctlapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral(CMK_ORGANIZATION_NAME));
    QCoreApplication::setApplicationName(QStringLiteral("cmkctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CMK_VERSION_STRING));

    QString language;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1StringView("--lang"))
            language = args.at(i + 1);
    }
    cmk::installTranslations(app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    cmk::ctl::CtlApp ctl(out, err);
    const int rc = ctl.run(args);
    out.flush();
    err.flush();
    return rc;
}
