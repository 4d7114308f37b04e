#pragma once

#include "app/startupoptions.h"
#include "workflow/trackregistry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cmk::ctl {

/// Documented exit codes (docs/cmkctl.md).
enum ExitCode : int {
    Ok = 0,
    Failure = 1, ///< something failed that is not one of the kinds below
    UsageError = 2, ///< bad arguments; nothing was sent
    AuthError = 3,
    ServiceError = 4,
    Locked = 5, ///< something is locked (status)
};

/// `cmkctl`: the headless command line. Parses `cmkctl [options] <command> [<subcommand>] [options]`
/// and writes results to stdout, problems to stderr.
class CtlApp
{
    Q_DECLARE_TR_FUNCTIONS(cmk::ctl::CtlApp)

public:
    CtlApp(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int demo(const StartupOptions &options);
    int cloudList(const QString &output);
    int trackList(const QString &output);

    QTextStream &m_out;
    QTextStream &m_err;
    TrackRegistry m_registry;
};

} // namespace cmk::ctl
