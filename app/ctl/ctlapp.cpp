#include "ctlapp.h"

#include "authcommand.h"
#include "batchcommand.h"
#include "cmkversion.h"
#include "console.h"
#include "evidencecommand.h"
#include "sandbox.h"
#include "signalwatcher.h"
#include "trackcommand.h"
#include "tracks/catalog.h"
#include "tracks/keys.h"
#include "tracks/lock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>

namespace cmk::ctl {

namespace {

const QString OutputOption = QStringLiteral("output");

QString padded(const QString &text, int width)
{
    return text.leftJustified(width, u' ');
}

QJsonObject cloudJson(const CloudProfile &p)
{
    return QJsonObject {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("displayName"), p.displayName},
        {QStringLiteral("authorityHost"), p.authorityHost.toString()},
        {QStringLiteral("armEndpoint"), p.armEndpoint.toString()},
        {QStringLiteral("graphEndpoint"), p.graphEndpoint.toString()},
        {QStringLiteral("keyVaultDnsSuffix"), p.keyVaultDnsSuffix},
        {QStringLiteral("powerPlatformEndpoint"), p.powerPlatformEndpoint.toString()},
    };
}

} // namespace

CtlApp::CtlApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    tracks::registerAll(m_registry);
}

int CtlApp::usageError(const QString &message)
{
    m_err << "cmkctl: " << Console::problem(message, Console::colorOnStderr()) << '\n'
          << tr("Run \"cmkctl --help\" for the commands and options.") << '\n';
    m_err.flush();
    return UsageError;
}

int CtlApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Headless CMK Wizard: the same tracks, status and evidence as the "
           "wizard, for scripts and terminals.\n\n"
           "Commands:\n"
           "  demo                 what the wizard's start page offers, as text\n"
           "  cloud list           the built-in clouds and their endpoints\n"
           "  track list           the tracks this version offers\n"
           "  track plan TRACK     the calls a track would make (--export az|ps|arm)\n"
           "  track run TRACK      run a track with the inputs of --input\n"
           "  track resume         continue the run in --run-file (--handoff FILE)\n"
           "  auth login           sign in and keep the account (--device-code, --tenant T, --as UPN)\n"
           "  auth logout [UPN]    remove signed-in accounts from the credential store\n"
           "  auth status          who is signed in (no secrets; --output json)\n"
           "  status               the customer tenant's environments (--output table|json|csv, --watch)\n"
           "  lock | unlock        track run pp-lock | pp-unlock (--policy ID, --method M, --confirm NAME)\n"
           "  handoff import FILE  check a hand-off file and show what it carries\n"
           "  handoff export       the hand-off of --run-file FILE (--out FILE)\n"
           "  sandbox              run the offline sandbox and print its cloud profile until Ctrl-C\n"
           "  completion bash      the bash completion script (source <(cmkctl completion bash))\n"
           "  batch FILE           one run per row of a CSV or JSON file (--batch-dir DIR), resumable\n"
           "  journal export       the request journal (--run-file FILE, --since TIME) as json or csv\n"
           "  evidence export      audit evidence of --run-file FILE or --status as json or html\n\n"
           "Examples:\n"
           "  cmkctl demo --sandbox --walk\n"
           "  cmkctl sandbox --out profile.json &\n"
           "  cmkctl --profile profile.json auth login --as kai@contoso.onmicrosoft.com\n"
           "  cmkctl --profile profile.json status --watch --interval 30 --output json\n"
           "  cmkctl batch customers.csv --batch-dir runs --yes\n"
           "  cmkctl lock --policy ID --method disable-key --confirm contoso-cmk-policy\n"
           "  cmkctl track plan isv-netapp --input inputs.json --export az\n"
           "  cmkctl --sandbox track run isv-managed-disks --input inputs.json --yes\n"
           "  cmkctl track resume --run-file run.json --handoff from-customer.json\n"
           "  cmkctl evidence export --run-file run.json --format html --out evidence.html"));
    StartupOptions::addTo(parser);
    parser.addOption(QCommandLineOption(OutputOption, tr("Output format: table or json."), tr("format"),
                                        QStringLiteral("table")));
    parser.addOptions({
        {QStringLiteral("input"), tr("The track's inputs: a JSON object of values."), tr("file")},
        {QStringLiteral("run-file"), tr("Where the run is saved (run, resume)."), tr("file")},
        {QStringLiteral("handoff"), tr("track plan/run/resume: the other tenant's hand-off file."),
         tr("file")},
        {QStringLiteral("export"), tr("track plan: print the plan as az, ps (PowerShell) or arm (template)."),
         tr("format")},
        {QStringLiteral("yes"), tr("Approve every plan without asking (scripts).")},
        {QStringLiteral("justification"),
         tr("Why one person holds both the key vault and the Power Platform administrator duties; recorded "
            "with the run."),
         tr("text")},
        {QStringLiteral("separation"),
         tr("When one person holds both duties: warn (go on with --justification) or refuse."), tr("policy"),
         QStringLiteral("warn")},
        {QStringLiteral("confirm"),
         tr("The typed confirmation for steps that cannot be undone (unlink, revoke, delete): the name the "
            "plan "
            "asks for."),
         tr("name")},
        {QStringLiteral("walk"),
         tr("demo --sandbox: also walk the managed-disks onboarding between its two tenants.")},
        {QStringLiteral("credential-file"),
         tr("Keep sign-ins in this file (readable by you only) instead of the system keychain."), tr("file")},
        {QStringLiteral("as-isv"), tr("Offline demo: the sandbox person who signs in on the ISV side."),
         tr("upn")},
        {QStringLiteral("as-customer"),
         tr("Offline demo: the sandbox person who signs in on the customer side."), tr("upn")},
        {QStringLiteral("no-color"), tr("No ANSI colour (also when NO_COLOR is set).")},
        {QStringLiteral("device-code"),
         tr("auth login: sign in with a code on another device (no browser).")},
        {QStringLiteral("tenant"), tr("auth login: the tenant (ID or domain) to sign in to."), tr("tenant")},
        {QStringLiteral("as"), tr("auth login against a cmk-sandbox profile: the demo person who approves."),
         tr("upn")},
        {QStringLiteral("watch"), tr("status: read and print again every --interval seconds until Ctrl-C.")},
        {QStringLiteral("interval"), tr("status --watch: seconds between two reports (default 60)."),
         tr("seconds"), QStringLiteral("60")},
        {QStringLiteral("count"), tr("status --watch: stop after this many reports."), tr("n")},
        {QStringLiteral("policy"), tr("lock/unlock: the enterprise policy's resource ID."), tr("id")},
        {QStringLiteral("method"),
         tr("lock: how to revoke the key access: %1.")
             .arg(tracks::LockMethod::all().join(QStringLiteral(", "))),
         tr("method")},
        {QStringLiteral("region"), tr("unlock: the key vault's region (when the vault was deleted)."),
         tr("region")},
        {QStringLiteral("batch-dir"),
         tr("batch: where each row's run file is kept (default: FILE's name + -runs)."), tr("dir")},
        {QStringLiteral("support-out"), tr("unlock: where to save the support request text."), tr("file")},
        {QStringLiteral("scenario"),
         tr("sandbox: the seed data (%1).").arg(sandbox::Sandbox::scenarios().join(QStringLiteral(", "))),
         tr("name"), QStringLiteral("demo")},
    });
    parser.addOptions(EvidenceCommand::options());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("demo, cloud, track, auth, status, lock, unlock, handoff, sandbox, batch, "
           "journal or evidence"));
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 tr("list, plan, run, resume, login, logout, import, export…"),
                                 QStringLiteral("[subcommand] [argument]"));

    // Before parsing: a parse error is reported in colour or not as asked.
    Console::setColorRequested(!arguments.contains(QStringLiteral("--no-color")));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "cmkctl " << CMK_VERSION_STRING << '\n';
        return Ok;
    }
    QString error;
    const auto options = StartupOptions::fromParser(parser, &error);
    if (!options)
        return usageError(error);
    const QString output = parser.value(OutputOption);
    const bool statusCommand = parser.positionalArguments().value(0) == QLatin1StringView("status");
    const QString first = parser.positionalArguments().value(0);
    if (first == QLatin1StringView("journal") || first == QLatin1StringView("evidence"))
        return EvidenceCommand(m_out, m_err).run(parser, *options, parser.positionalArguments());
    if (first == QLatin1StringView("sandbox"))
        return sandbox(parser, parser.positionalArguments());
    if (first == QLatin1StringView("completion")) {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2 || args.at(1) != QLatin1StringView("bash"))
            return usageError(
                tr("Use \"cmkctl completion bash\"; for example: source <(cmkctl completion bash)."));
        QFile script(QStringLiteral(":/cmkctl/cmkctl.bash"));
        if (!script.open(QIODevice::ReadOnly))
            return Failure;
        m_out << QString::fromUtf8(script.readAll());
        return Ok;
    }
    if (output != QLatin1StringView("table") && output != QLatin1StringView("json")
        && !(statusCommand && output == QLatin1StringView("csv")))
        return usageError(statusCommand
                              ? tr("--output must be table, json or csv, not %1.").arg(quotedInput(output))
                              : tr("--output must be table or json, not %1.").arg(quotedInput(output)));

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("No command given; \"cmkctl --help\" lists the commands."));
    const QString command = args.at(0);
    if (command == QLatin1StringView("demo")) {
        if (args.size() > 1)
            return usageError(
                tr("\"demo\" takes no further arguments; remove %1.").arg(quotedInput(args.at(1))));
        if (parser.isSet(QStringLiteral("walk")) && options->cloud.kind != CloudChoice::Kind::Sandbox)
            return usageError(
                tr("--walk needs --sandbox: it walks the tracks between the sandbox's two tenants."));
        return demo(*options, parser.isSet(QStringLiteral("walk")));
    }
    if (command == QLatin1StringView("track") && args.size() >= 2 && args.at(1) != QLatin1StringView("list"))
        return track(parser, *options, args);
    if (command == QLatin1StringView("status"))
        return status(parser, *options, args, output);
    if (command == QLatin1StringView("auth"))
        return auth(parser, *options, args);
    if (command == QLatin1StringView("lock") || command == QLatin1StringView("unlock"))
        return lock(parser, *options, args);
    if (command == QLatin1StringView("handoff"))
        return handoff(parser, args, output);
    if (command == QLatin1StringView("batch"))
        return batch(parser, *options, args, output);
    if (command == QLatin1StringView("cloud") || command == QLatin1StringView("track")) {
        if (args.size() != 2 || args.at(1) != QLatin1StringView("list"))
            return usageError(tr("Use \"cmkctl %1 list\".").arg(command));
        return command == QLatin1StringView("cloud") ? cloudList(output) : trackList(output);
    }
    return usageError(
        tr("Unknown command %1; \"cmkctl --help\" lists the commands.").arg(quotedInput(command)));
}

int CtlApp::track(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args)
{
    const QString sub = args.at(1);
    TrackCommand::Options options = trackOptions(parser, startup);
    const QString separation = parser.value(QStringLiteral("separation"));
    if (separation != QLatin1StringView("warn") && separation != QLatin1StringView("refuse"))
        return usageError(tr("--separation takes warn or refuse, not %1.").arg(quotedInput(separation)));
    if (sub == QLatin1StringView("resume")) {
        if (args.size() != 2 || options.runFile.isEmpty())
            return usageError(tr("Use \"cmkctl track resume --run-file FILE\"."));
    } else if (sub == QLatin1StringView("plan") || sub == QLatin1StringView("run")) {
        if (args.size() != 3)
            return usageError(
                tr("Use \"cmkctl track %1 TRACK --input FILE\"; \"cmkctl track list\" names the tracks.")
                    .arg(sub));
        options.trackId = args.at(2);
    } else {
        return usageError(
            tr("Unknown track command %1; use list, plan, run or resume.").arg(quotedInput(sub)));
    }
    if (!options.exportFormat.isEmpty() && sub != QLatin1StringView("plan"))
        return usageError(tr("--export belongs to \"track plan\"."));
    TrackCommand command(m_out, m_err);
    if (sub == QLatin1StringView("plan"))
        return command.plan(options);
    return runToEnd(command, options, sub == QLatin1StringView("resume"));
}

TrackCommand::Options CtlApp::trackOptions(const QCommandLineParser &parser,
                                           const StartupOptions &startup) const
{
    TrackCommand::Options options;
    options.startup = startup;
    options.inputFile = parser.value(QStringLiteral("input"));
    options.runFile = parser.value(QStringLiteral("run-file"));
    options.handoffFile = parser.value(QStringLiteral("handoff"));
    options.exportFormat = parser.value(QStringLiteral("export"));
    options.yes = parser.isSet(QStringLiteral("yes"));
    options.confirm = parser.value(QStringLiteral("confirm"));
    options.justification = parser.value(QStringLiteral("justification"));
    options.refuseSeparation = parser.value(QStringLiteral("separation")) == QLatin1StringView("refuse");
    options.credentialFile = parser.value(QStringLiteral("credential-file"));
    options.isvUser = parser.value(QStringLiteral("as-isv"));
    options.customerUser = parser.value(QStringLiteral("as-customer"));
    return options;
}

int CtlApp::status(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args,
                   const QString &output)
{
    if (args.size() > 1)
        return usageError(
            tr("\"status\" takes no further arguments; remove %1.").arg(quotedInput(args.at(1))));
    TrackCommand::Options options = trackOptions(parser, startup);
    const bool watch = parser.isSet(QStringLiteral("watch"));
    if (!watch && (parser.isSet(QStringLiteral("interval")) || parser.isSet(QStringLiteral("count"))))
        return usageError(tr("--interval and --count belong to \"status --watch\"."));
    if (watch) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return usageError(tr("--interval takes a number of seconds from 1 to 86400, not %1.")
                                  .arg(quotedInput(parser.value(QStringLiteral("interval")))));
        options.watchIntervalMs = seconds * 1000;
        if (parser.isSet(QStringLiteral("count"))) {
            options.watchCount = parser.value(QStringLiteral("count")).toInt(&ok);
            if (!ok || options.watchCount < 1)
                return usageError(tr("--count takes a number of reports from 1 up, not %1.")
                                      .arg(quotedInput(parser.value(QStringLiteral("count")))));
        }
    }
    TrackCommand command(m_out, m_err);
    // Watching, Ctrl-C ends with the last report's code; a single read keeps the default (it stops).
    std::unique_ptr<SignalWatcher> interrupts;
    if (watch) {
        interrupts = std::make_unique<SignalWatcher>();
        QObject::connect(interrupts.get(), &SignalWatcher::interrupted, &command,
                         [&command] { command.stopWatching(); });
    }
    int code = -1;
    command.status(options, output, [&code](int result) {
        code = result;
        QCoreApplication::exit(result);
    });
    if (code < 0)
        QCoreApplication::exec();
    return code;
}

int CtlApp::batch(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args,
                  const QString &output)
{
    if (args.size() != 2)
        return usageError(args.size() < 2
                              ? tr("Use \"cmkctl batch FILE\": a CSV or JSON file, one customer per row.")
                              : tr("\"batch\" takes one file; remove %1.").arg(quotedInput(args.at(2))));
    if (parser.isSet(QStringLiteral("input")) || parser.isSet(QStringLiteral("run-file")))
        return usageError(
            tr("--input and --run-file do not go with \"batch\": each row holds its inputs, and its "
               "run file is kept in --batch-dir."));
    const QString separation = parser.value(QStringLiteral("separation"));
    if (separation != QLatin1StringView("warn") && separation != QLatin1StringView("refuse"))
        return usageError(tr("--separation takes warn or refuse, not %1.").arg(quotedInput(separation)));
    QString error;
    const auto rows = BatchCommand::read(args.at(1), &error);
    if (!rows)
        return usageError(error);
    const QString directory = parser.isSet(QStringLiteral("batch-dir"))
        ? parser.value(QStringLiteral("batch-dir"))
        : BatchCommand::defaultDirectory(args.at(1));
    return BatchCommand(m_out, m_err).run(*rows, directory, trackOptions(parser, startup), output);
}

int CtlApp::auth(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args)
{
    const QString sub = args.value(1);
    const bool known = sub == QLatin1StringView("login") || sub == QLatin1StringView("logout")
        || sub == QLatin1StringView("status");
    if (!known)
        return usageError(
            sub.isEmpty()
                ? tr("Use \"cmkctl auth login\", \"auth logout\" or \"auth status\".")
                : tr("Unknown auth command %1; use login, logout or status.").arg(quotedInput(sub)));
    if (args.size() > (sub == QLatin1StringView("logout") ? 3 : 2))
        return usageError(tr("\"auth %1\" takes no further arguments; remove %2.")
                              .arg(sub, quotedInput(args.value(sub == QLatin1StringView("logout") ? 3 : 2))));
    if (startup.cloud.kind == CloudChoice::Kind::Sandbox)
        return usageError(tr("\"auth\" keeps accounts across commands, but --sandbox ends with each command; "
                             "start \"cmkctl sandbox --out profile.json\" and use --profile profile.json."));
    const bool login = sub == QLatin1StringView("login");
    if (!login
        && (parser.isSet(QStringLiteral("device-code")) || parser.isSet(QStringLiteral("tenant"))
            || parser.isSet(QStringLiteral("as"))))
        return usageError(tr("--device-code, --tenant and --as belong to \"auth login\"."));
    AuthCommand::Options options;
    options.startup = startup;
    options.credentialFile = parser.value(QStringLiteral("credential-file"));
    options.tenant = parser.value(QStringLiteral("tenant"));
    options.deviceCode = parser.isSet(QStringLiteral("device-code"));
    options.as = parser.value(QStringLiteral("as"));
    options.account = args.value(2);
    options.output = parser.value(OutputOption);
    if (!options.as.isEmpty() && !(startup.profile && startup.profile->isLoopback()))
        return usageError(tr("--as approves the sign-in in a sandbox; it needs --profile with a cmk-sandbox "
                             "profile (on 127.0.0.1)."));
    AuthCommand command(m_out, m_err);
    int code = -1;
    const auto done = [&code](int result) {
        code = result;
        QCoreApplication::exit(result);
    };
    if (login)
        command.login(options, done);
    else if (sub == QLatin1StringView("logout"))
        command.logout(options, done);
    else
        command.status(options, done);
    if (code < 0)
        QCoreApplication::exec();
    return code;
}

int CtlApp::sandbox(const QCommandLineParser &parser, const QStringList &args)
{
    if (args.size() > 1)
        return usageError(
            tr("\"sandbox\" takes no further arguments; remove %1.").arg(quotedInput(args.at(1))));
    sandbox::Sandbox::Options options = sandbox::Sandbox::demoOptions();
    options.scenario = parser.value(QStringLiteral("scenario"));
    if (!sandbox::Sandbox::scenarios().contains(options.scenario))
        return usageError(tr("--scenario takes one of %1, not %2.")
                              .arg(sandbox::Sandbox::scenarios().join(QStringLiteral(", ")),
                                   quotedInput(options.scenario)));
    const QString outFile = parser.value(QStringLiteral("out"));
    SignalWatcher interrupts;
    sandbox::Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error)) {
        m_err << "cmkctl: " << tr("the sandbox did not start: %1").arg(error) << '\n';
        return Failure;
    }
    const QByteArray profile = sandbox.profile().toJson();
    if (!outFile.isEmpty()) {
        QSaveFile file(outFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(profile) != profile.size() || !file.commit()) {
            m_err << "cmkctl: "
                  << tr("The profile cannot be written to %1: %2").arg(outFile, file.errorString()) << '\n';
            return UsageError;
        }
    }
    m_out << QString::fromUtf8(QJsonDocument::fromJson(profile).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
    m_err << tr(
        "The sandbox runs on 127.0.0.1 until Ctrl-C; point cmkctl at it with --profile FILE (the line "
        "above). People (sign in with auth login --as UPN):")
          << '\n';
    for (const sandbox::Sandbox::Person &person : sandbox.people())
        m_err << "  " << padded(person.userPrincipalName, 36) << person.role << '\n';
    m_err.flush();
    QObject::connect(&interrupts, &SignalWatcher::interrupted, &sandbox, [] { QCoreApplication::exit(Ok); });
    const int code = QCoreApplication::exec();
    sandbox.stop();
    if (!outFile.isEmpty())
        QFile::remove(outFile); // the profile names ports nobody listens on any more
    return code;
}

int CtlApp::handoff(const QCommandLineParser &parser, const QStringList &args, const QString &output)
{
    const QString sub = args.value(1);
    if (sub == QLatin1StringView("import")) {
        if (args.size() != 3)
            return usageError(tr("Use \"cmkctl handoff import FILE\"."));
        TrackCommand handoff(m_out, m_err);
        return handoff.importHandoff(args.at(2), output);
    }
    if (sub == QLatin1StringView("export")) {
        if (args.size() != 2 || !parser.isSet(QStringLiteral("run-file")))
            return usageError(tr("Use \"cmkctl handoff export --run-file FILE [--out FILE]\"."));
        TrackCommand handoff(m_out, m_err);
        return handoff.exportHandoff(parser.value(QStringLiteral("run-file")),
                                     parser.value(QStringLiteral("out")));
    }
    return usageError(tr("Use \"cmkctl handoff import FILE\" or \"cmkctl handoff export --run-file FILE\"."));
}

int CtlApp::lock(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args)
{
    const bool locking = args.at(0) == QLatin1StringView("lock");
    if (args.size() > 1)
        return usageError(
            tr("\"%1\" takes its inputs as options; remove %2.").arg(args.at(0), quotedInput(args.at(1))));
    TrackCommand::Options options = trackOptions(parser, startup);
    options.trackId = locking ? QStringLiteral("pp-lock") : QStringLiteral("pp-unlock");
    if (parser.isSet(QStringLiteral("policy")))
        options.values.insert(tracks::key::PolicyId, parser.value(QStringLiteral("policy")));
    if (locking) {
        if (parser.isSet(QStringLiteral("region")) || parser.isSet(QStringLiteral("support-out")))
            return usageError(tr("--region and --support-out belong to \"unlock\"."));
        const QString method = parser.value(QStringLiteral("method"));
        if (parser.isSet(QStringLiteral("method")) && !tracks::LockMethod::all().contains(method))
            return usageError(
                tr("--method takes one of %1, not %2.")
                    .arg(tracks::LockMethod::all().join(QStringLiteral(", ")), quotedInput(method)));
        if (parser.isSet(QStringLiteral("method")))
            options.values.insert(tracks::key::LockMethod, method);
    } else {
        if (parser.isSet(QStringLiteral("method")))
            return usageError(tr("--method belongs to \"lock\"; unlock restores whatever the lock removed."));
        if (parser.isSet(QStringLiteral("region")))
            options.values.insert(tracks::key::Region, parser.value(QStringLiteral("region")));
        if (parser.isSet(QStringLiteral("support-out")))
            options.values.insert(tracks::key::SupportRequestOut,
                                  parser.value(QStringLiteral("support-out")));
    }
    if (locking && options.confirm.isEmpty() && !Console::stdinIsTerminal())
        return usageError(
            tr("\"lock\" takes environments offline: give --confirm with the enterprise policy's "
               "name, as the plan shows it (cmkctl track plan pp-lock)."));
    if (!options.exportFormat.isEmpty())
        return usageError(tr("--export belongs to \"track plan\"."));
    TrackCommand command(m_out, m_err);
    return runToEnd(command, options, false);
}

int CtlApp::runToEnd(TrackCommand &command, const TrackCommand::Options &options, bool resume)
{
    int code = -1;
    command.run(options, resume, [&code](int result) {
        code = result;
        QCoreApplication::exit(result);
    });
    if (code < 0)
        QCoreApplication::exec();
    return code;
}

int CtlApp::walkDemo(const StartupOptions &startup, sandbox::Sandbox &sandbox)
{
    // The demo scenario's two tenants (sandbox/README.md): Alex onboards Contoso for the ISV's
    // managed disks, Kai grants the key, Alex finishes. One sandbox for all three runs.
    QTemporaryDir dir;
    auto inputFile = [&dir](const QString &name, const QJsonObject &values) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(QJsonObject {{QStringLiteral("values"), values}}).toJson());
        return f.fileName();
    };
    const QString toCustomer = dir.filePath(QStringLiteral("fabrikam-to-contoso.json"));
    const QString toIsv = dir.filePath(QStringLiteral("contoso-to-fabrikam.json"));
    TrackCommand::Options isv;
    isv.startup = startup;
    isv.yes = true;
    isv.trackId = QStringLiteral("isv-managed-disks");
    isv.runFile = dir.filePath(QStringLiteral("fabrikam-disks-run.json"));
    isv.inputFile = inputFile(
        QStringLiteral("isv.json"),
        {{QStringLiteral("isv.subscriptionId"), QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001")},
         {QStringLiteral("isv.resourceGroup"), QStringLiteral("rg-disks")},
         {QStringLiteral("region"), QStringLiteral("westeurope")},
         {QStringLiteral("app.displayName"), QStringLiteral("Fabrikam disks CMK")},
         {QStringLiteral("identity.name"), QStringLiteral("uami-disks-contoso")},
         {QStringLiteral("des.name"), QStringLiteral("des-contoso")},
         {QStringLiteral("handoff.out"), toCustomer}});
    TrackCommand::Options customer = isv;
    customer.trackId = QStringLiteral("customer-grant");
    customer.runFile = dir.filePath(QStringLiteral("contoso-grant-run.json"));
    customer.handoffFile = toCustomer;
    customer.inputFile = inputFile(
        QStringLiteral("customer.json"),
        {{QStringLiteral("customer.subscriptionId"), QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002")},
         {QStringLiteral("customer.resourceGroup"), QStringLiteral("rg-keys")},
         {QStringLiteral("vault.name"), QStringLiteral("kv-contoso-fabrikam")},
         {QStringLiteral("key.name"), QStringLiteral("cmk-fabrikam-disks")},
         {QStringLiteral("handoff.out"), toIsv}});
    TrackCommand::Options finish = isv;
    finish.inputFile.clear();
    finish.handoffFile = toIsv;

    struct Part
    {
        QString title;
        TrackCommand::Options options;
        bool resume;
        int expected;
    };
    const QList<Part> parts {
        {tr("1/3 The ISV's onboarding engineer prepares the managed-disks onboarding (ISV tenant)"), isv,
         false, WaitingForOtherTenant},
        {tr("2/3 The customer's key vault administrator grants access to a key (customer tenant)"), customer,
         false, Ok},
        {tr("3/3 The ISV's engineer finishes with the customer's hand-off (ISV tenant)"), finish, true, Ok},
    };
    for (const Part &part : parts) {
        m_out << '\n' << part.title << '\n';
        m_out.flush();
        TrackCommand command(m_out, m_err);
        command.useSandbox(&sandbox);
        const int code = runToEnd(command, part.options, part.resume);
        if (code != part.expected) {
            m_err << "cmkctl: " << tr("the walked demo stopped (exit code %1).").arg(code) << '\n';
            return code == Ok ? Failure : code;
        }
    }
    m_out
        << '\n'
        << tr("Done: the ISV's disk encryption set uses Contoso's key, through the ISV's application and its "
              "federated credential. The same tracks run against Azure with --cloud or --profile.")
        << '\n';
    return Ok;
}

int CtlApp::demo(const StartupOptions &options, bool walk)
{
    m_out << tr("CMK Wizard %1 - headless demo").arg(QStringLiteral(CMK_VERSION_STRING)) << "\n\n";
    m_out << tr("Who are you, and what do you want to do?") << '\n';
    for (const PersonaInfo &persona : PersonaInfo::all()) {
        m_out << "\n  " << persona.title << '\n';
        m_out << "    " << tr("Signs in to %1.").arg(persona.signsInTo) << '\n';
        m_out << "    " << persona.description << '\n';
        const auto tracks = m_registry.tracksFor(persona.persona);
        if (tracks.isEmpty())
            m_out << "    " << tr("Tracks: none available in this version yet.") << '\n';
        for (const TrackInfo &t : tracks)
            m_out << "    - " << t.title << ": " << t.summary << '\n';
    }

    m_out << '\n' << tr("Which cloud?") << '\n';
    for (const CloudProfile &p : CloudProfile::builtIns()) {
        m_out << "  " << padded(p.name, 20) << padded(p.displayName, 38) << p.authorityHost.host() << '\n';
    }
    if (options.cloud.kind == CloudChoice::Kind::Sandbox) {
        sandbox::Sandbox sandbox;
        QString error;
        if (!sandbox.start(sandbox::Sandbox::demoOptions(), &error)) {
            m_err << "cmkctl: " << tr("the sandbox did not start: %1").arg(error) << '\n';
            return Failure;
        }
        const CloudProfile p = sandbox.profile();
        m_out << "  " << padded(p.name, 20) << padded(p.displayName, 38) << p.authorityHost.authority()
              << '\n';
        m_out << '\n'
              << tr("The sandbox is running for this demo on 127.0.0.1 (sign-in %1, Resource Manager %2, "
                    "Graph %3, "
                    "Power Platform %4); it stops when this command ends.")
                     .arg(p.authorityHost.authority(), p.armEndpoint.authority(), p.graphEndpoint.authority(),
                          p.powerPlatformEndpoint.authority())
              << '\n';
        m_out << '\n'
              << tr("People in the sandbox (sign in as them; the passwords are for this demo only):") << '\n';
        for (const sandbox::Sandbox::Person &person : sandbox.people())
            m_out << "  " << padded(person.userPrincipalName, 36) << padded(person.password, 20)
                  << person.role << '\n';
        if (walk)
            return walkDemo(options, sandbox);
    } else {
        m_out << "  " << padded(QStringLiteral("Sandbox"), 20)
              << tr("Offline sandbox (cmkctl demo --sandbox)") << '\n';
    }
    return Ok;
}

int CtlApp::cloudList(const QString &output)
{
    if (output == QLatin1StringView("json")) {
        QJsonArray clouds;
        for (const CloudProfile &p : CloudProfile::builtIns())
            clouds.append(cloudJson(p));
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("clouds"), clouds}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << padded(tr("NAME"), 20) << padded(tr("SIGN-IN"), 34) << tr("RESOURCE MANAGER") << '\n';
    for (const CloudProfile &p : CloudProfile::builtIns())
        m_out << padded(p.name, 20) << padded(p.authorityHost.host(), 34) << p.armEndpoint.host() << '\n';
    return Ok;
}

int CtlApp::trackList(const QString &output)
{
    if (output == QLatin1StringView("json")) {
        QJsonArray tracks;
        for (const TrackInfo &t : m_registry.tracks()) {
            tracks.append(QJsonObject {{QStringLiteral("id"), t.id},
                                       {QStringLiteral("title"), t.title},
                                       {QStringLiteral("persona"), PersonaInfo::of(t.persona).id},
                                       {QStringLiteral("source"), t.source}});
        }
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("tracks"), tracks}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (m_registry.tracks().isEmpty()) {
        m_out << tr("No tracks are available in this version of CMK Wizard yet.") << '\n';
        return Ok;
    }
    for (const TrackInfo &t : m_registry.tracks())
        m_out << padded(t.id, 24) << t.title << '\n';
    return Ok;
}

} // namespace cmk::ctl
