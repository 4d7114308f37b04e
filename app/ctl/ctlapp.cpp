#include "ctlapp.h"

#include "cmkversion.h"
#include "evidencecommand.h"
#include "sandbox.h"
#include "trackcommand.h"
#include "tracks/catalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

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
    m_err << "cmkctl: " << message << '\n'
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
           "  handoff import FILE  check a hand-off file and show what it carries\n"
           "  journal export       the request journal (--run-file FILE, --since TIME) as json or csv\n"
           "  evidence export      audit evidence of --run-file FILE or --status as json or html\n\n"
           "Examples:\n"
           "  cmkctl demo --sandbox --walk\n"
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
    });
    parser.addOptions(EvidenceCommand::options());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("demo, cloud, track, handoff, status, journal or evidence"));
    parser.addPositionalArgument(QStringLiteral("subcommand"), tr("list, plan, run, resume or import"),
                                 QStringLiteral("[subcommand] [argument]"));

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
    if (output != QLatin1StringView("table") && output != QLatin1StringView("json")
        && !(statusCommand && output == QLatin1StringView("csv")))
        return usageError(statusCommand
                              ? tr("--output must be table, json or csv, not %1.").arg(quotedInput(output))
                              : tr("--output must be table or json, not %1.").arg(quotedInput(output)));

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("No command given; use one of: demo, cloud list, track list."));
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
    if (command == QLatin1StringView("status")) {
        if (args.size() > 1)
            return usageError(
                tr("\"status\" takes no further arguments; remove %1.").arg(quotedInput(args.at(1))));
        TrackCommand::Options statusOptions;
        statusOptions.startup = *options;
        statusOptions.credentialFile = parser.value(QStringLiteral("credential-file"));
        statusOptions.customerUser = parser.value(QStringLiteral("as-customer"));
        TrackCommand command(m_out, m_err);
        int code = -1;
        command.status(statusOptions, output, [&code](int result) {
            code = result;
            QCoreApplication::exit(result);
        });
        if (code < 0)
            QCoreApplication::exec();
        return code;
    }
    if (command == QLatin1StringView("handoff")) {
        if (args.size() != 3 || args.at(1) != QLatin1StringView("import"))
            return usageError(tr("Use \"cmkctl handoff import FILE\"."));
        TrackCommand handoff(m_out, m_err);
        return handoff.importHandoff(args.at(2), output);
    }
    if (command == QLatin1StringView("cloud") || command == QLatin1StringView("track")) {
        if (args.size() != 2 || args.at(1) != QLatin1StringView("list"))
            return usageError(tr("Use \"cmkctl %1 list\".").arg(command));
        return command == QLatin1StringView("cloud") ? cloudList(output) : trackList(output);
    }
    return usageError(
        tr("Unknown command %1; use one of: demo, cloud list, track list.").arg(quotedInput(command)));
}

int CtlApp::track(const QCommandLineParser &parser, const StartupOptions &startup, const QStringList &args)
{
    const QString sub = args.at(1);
    TrackCommand::Options options;
    options.startup = startup;
    options.inputFile = parser.value(QStringLiteral("input"));
    options.runFile = parser.value(QStringLiteral("run-file"));
    options.handoffFile = parser.value(QStringLiteral("handoff"));
    options.exportFormat = parser.value(QStringLiteral("export"));
    options.yes = parser.isSet(QStringLiteral("yes"));
    options.confirm = parser.value(QStringLiteral("confirm"));
    options.justification = parser.value(QStringLiteral("justification"));
    const QString separation = parser.value(QStringLiteral("separation"));
    if (separation != QLatin1StringView("warn") && separation != QLatin1StringView("refuse"))
        return usageError(tr("--separation takes warn or refuse, not %1.").arg(quotedInput(separation)));
    options.refuseSeparation = separation == QLatin1StringView("refuse");
    options.credentialFile = parser.value(QStringLiteral("credential-file"));
    options.isvUser = parser.value(QStringLiteral("as-isv"));
    options.customerUser = parser.value(QStringLiteral("as-customer"));
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
