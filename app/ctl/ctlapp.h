#pragma once

#include "app/startupoptions.h"
#include "exitcode.h"
#include "trackcommand.h"
#include "workflow/trackregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cmk::ctl {

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
    int demo(const StartupOptions &options, bool walk);
    int walkDemo(const StartupOptions &startup, sandbox::Sandbox &sandbox);
    int runToEnd(TrackCommand &command, const TrackCommand::Options &options, bool resume);
    int cloudList(const QString &output);
    int trackList(const QString &output);
    int track(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args);
    TrackCommand::Options trackOptions(const QCommandLineParser &parser, const StartupOptions &startup) const;
    int auth(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args);
    int sandbox(const QCommandLineParser &parser, const QStringList &args);
    int handoff(const QCommandLineParser &parser, const QStringList &args, const QString &output);
    int lock(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args);
    int batch(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args,
              const QString &output);
    int status(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args,
               const QString &output);

    QTextStream &m_out;
    QTextStream &m_err;
    TrackRegistry m_registry;
};

} // namespace cmk::ctl
