#include "trackcommand.h"

#include "auth/tokenendpoint.h"
#include "console.h"
#include "exitcode.h"
#include "sandbox.h"
#include "status/statusexport.h"
#include "status/statusservice.h"
#include "tracks/catalog.h"
#include "tracks/keys.h"
#include "workflow/handoff.h"
#include "workflow/planexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace cmk::ctl {

namespace {

QString tenantKey(workflow::Side side)
{
    return side == workflow::Side::Isv ? QString(tracks::key::IsvTenantId)
                                       : QString(tracks::key::CustomerTenantId);
}

bool stdinIsTerminal()
{
    return Console::stdinIsTerminal();
}

/// The offline sandbox (embedded, or a cmk-sandbox on loopback) runs its clock fast: look often.
tracks::Waits waitsFor(const TrackCommand::Options &options)
{
    const bool sandbox = options.startup.cloud.kind == CloudChoice::Kind::Sandbox
        || (options.startup.profile && options.startup.profile->isLoopback());
    return sandbox ? tracks::Waits::Sandbox : tracks::Waits::RealCloud;
}

int codeFor(const http::ServiceError &error)
{
    // The hand-off steps stop the run with WaitingForCustomer / WaitingForIsv: not a failure.
    if (error.code.startsWith(QLatin1StringView("WaitingFor")))
        return WaitingForOtherTenant;
    // The signed-in person lacks a role a step needs, or holds both duties: nothing was written.
    if (error.code == QLatin1StringView("RoleMissing")
        || error.code.startsWith(QLatin1StringView("Separation")))
        return AuthError;
    if (error.code == QLatin1StringView("ConfirmationRequired"))
        return UsageError;
    switch (error.kind) {
    case http::ServiceError::Kind::InvalidInput:
        return UsageError;
    case http::ServiceError::Kind::Cancelled:
        return Failure;
    default:
        return error.service == http::ServiceKind::Identity ? AuthError : ServiceError;
    }
}

} // namespace

TrackCommand::TrackCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

TrackCommand::~TrackCommand() = default;

std::optional<workflow::Values> TrackCommand::readInputs(const QString &file, QString *error) const
{
    workflow::Values values;
    if (file.isEmpty())
        return values;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("The input file %1 cannot be read: %2").arg(file, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("The input file %1 is not a JSON object (%2). Write {\"values\": {\"region\": "
                    "\"westeurope\", ...}}.")
                     .arg(file, parseError.errorString());
        return std::nullopt;
    }
    QJsonObject object = doc.object();
    if (object.contains(QStringLiteral("values")))
        object = object.value(QStringLiteral("values")).toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            *error
                = tr("The input \"%1\" in %2 is not text; write every value in quotes.").arg(it.key(), file);
            return std::nullopt;
        }
        values.insert(it.key(), it.value().toString());
    }
    return values;
}

bool TrackCommand::inputsValid(const workflow::RunState &state)
{
    const workflow::Runner validator(*m_track, state, QString(),
                                     [](workflow::Side) { return workflow::StepRun::SideSession(); });
    QStringList messages;
    for (const workflow::InputProblem &p : validator.validateInputs())
        messages << tr("%1: %2").arg(p.key, p.message);
    printProblems(messages);
    return messages.isEmpty();
}

void TrackCommand::printProblems(const QStringList &problems)
{
    for (const QString &p : problems)
        m_err << "cmkctl: " << Console::problem(p, Console::colorOnStderr()) << '\n';
    m_err.flush();
}

bool TrackCommand::prepareCloud(const Options &options, QString *error)
{
    CloudProfile profile;
    if (m_shared) {
        m_sandbox = m_shared;
        profile = m_sandbox->profile();
    } else if (options.startup.cloud.kind == CloudChoice::Kind::Sandbox) {
        m_ownSandbox = std::make_unique<sandbox::Sandbox>();
        if (!m_ownSandbox->start(sandbox::Sandbox::demoOptions(), error))
            return false;
        m_sandbox = m_ownSandbox.get();
        profile = m_sandbox->profile();
    } else {
        profile = *options.startup.profile;
    }
    std::unique_ptr<auth::CredentialStore> store;
    if (m_sandbox) {
        store = std::make_unique<auth::MemoryCredentialStore>(); // the sandbox ends with the command
    } else if (!options.credentialFile.isEmpty()) {
        m_err << "cmkctl: " << auth::FileCredentialStore::warning() << '\n';
        store = std::make_unique<auth::FileCredentialStore>(options.credentialFile);
    } else {
        store = std::make_unique<auth::KeychainCredentialStore>(QStringLiteral("CMK Wizard"));
    }
    m_workspace
        = std::make_unique<Workspace>(profile, std::move(store), Workspace::defaultJournalDirectory());
    return true;
}

int TrackCommand::plan(const Options &options)
{
    m_track = tracks::trackById(options.trackId, waitsFor(options));
    if (!m_track) {
        m_err << "cmkctl: "
              << tr("There is no track \"%1\"; \"cmkctl track list\" shows them.").arg(options.trackId)
              << '\n';
        return UsageError;
    }
    QString error;
    auto values = readInputs(options.inputFile, &error);
    if (values) {
        for (auto it = options.values.constBegin(); it != options.values.constEnd(); ++it)
            values->insert(it.key(), it.value());
    }
    if (values && !options.handoffFile.isEmpty())
        values->insert(tracks::key::HandoffIn, QFileInfo(options.handoffFile).absoluteFilePath());
    if (!values) {
        printProblems({error});
        return UsageError;
    }
    std::optional<workflow::PlanExport::Format> format;
    if (!options.exportFormat.isEmpty()) {
        format = workflow::PlanExport::formatFromName(options.exportFormat);
        if (!format) {
            printProblems({tr("--export takes az, ps or arm, not \"%1\".").arg(options.exportFormat)});
            return UsageError;
        }
    }
    if (!prepareCloud(options, &error)) {
        printProblems({error});
        return Failure;
    }
    if (!inputsValid(workflow::RunState::create(m_track->info.id, m_workspace->profile().name, *values)))
        return UsageError;
    QList<workflow::PlanExport::StepPlan> plans;
    for (const auto &step : m_track->steps)
        plans.append({step->info(), step->plan(*values, m_workspace->profile())});
    if (format) {
        m_out << workflow::PlanExport::render(m_track->info.title, plans, *format, m_workspace->profile());
        return Ok;
    }
    m_out << m_track->info.title << '\n';
    for (const auto &p : plans) {
        m_out << '\n'
              << tr("Step %1: %2 (%3)").arg(p.step.number, p.step.title, workflow::sideTitle(p.step.side))
              << '\n';
        if (!p.step.summary.isEmpty())
            m_out << "  " << p.step.summary << "\n  " << p.step.docsUrl.toString() << '\n';
        for (const workflow::PlannedCall &call : p.plan.calls)
            m_out << "  " << QString::fromLatin1(call.method) << ' ' << call.url.toString(QUrl::RemoveQuery)
                  << '\n'
                  << "    " << call.why << '\n';
        for (const QString &note : p.plan.notes)
            m_out << "  " << note << '\n';
    }
    return Ok;
}

void TrackCommand::run(const Options &options, bool resume, std::function<void(int)> done)
{
    m_options = options;
    m_done = std::move(done);
    QString error;
    if (resume) {
        m_state = workflow::RunState::load(options.runFile, &error);
        if (!m_state) {
            printProblems({error});
            finish(UsageError);
            return;
        }
        m_track = tracks::trackById(m_state->trackId, waitsFor(options));
        // Values given now (the other tenant's hand-off file, a corrected input) join the saved ones.
        const auto more = readInputs(options.inputFile, &error);
        if (!more) {
            printProblems({error});
            finish(UsageError);
            return;
        }
        for (auto it = more->constBegin(); it != more->constEnd(); ++it)
            m_state->values.insert(it.key(), it.value());
        // A finished run is checked again from the start with everything it recorded (the IDs it
        // created): each step finds its part in place and writes nothing, or puts back what is gone.
        if (m_track && std::all_of(m_track->steps.cbegin(), m_track->steps.cend(), [this](const auto &step) {
                return m_state->steps.value(step->info().id).isFinished();
            })) {
            m_err << tr("Every step of this run is done; checking that everything is still in place.")
                  << '\n';
            m_state = workflow::RunState::create(m_state->trackId, m_state->cloud, m_state->values);
        }
    } else {
        m_track = tracks::trackById(options.trackId, waitsFor(options));
    }
    if (!m_track) {
        printProblems({tr("There is no track \"%1\"; \"cmkctl track list\" shows them.")
                           .arg(resume ? m_state->trackId : options.trackId)});
        finish(UsageError);
        return;
    }
    if (!resume) {
        const auto values = readInputs(options.inputFile, &error);
        if (!values) {
            printProblems({error});
            finish(UsageError);
            return;
        }
        m_state = workflow::RunState::create(m_track->info.id, QString(), *values);
        for (auto it = options.values.constBegin(); it != options.values.constEnd(); ++it)
            m_state->values.insert(it.key(), it.value());
    }
    if (!prepareCloud(options, &error)) {
        printProblems({error});
        finish(Failure);
        return;
    }
    if (!options.handoffFile.isEmpty())
        m_state->values.insert(tracks::key::HandoffIn, QFileInfo(options.handoffFile).absoluteFilePath());
    m_state->cloud = m_workspace->profile().name;
    if (m_options.runFile.isEmpty()) {
        QDir().mkpath(Workspace::defaultRunDirectory());
        m_options.runFile = QDir(Workspace::defaultRunDirectory())
                                .filePath(QStringLiteral("%1-%2.json").arg(m_track->info.id, m_state->runId));
    }
    // Inputs first: nothing is sent, nobody signs in, when an input is wrong.
    if (!inputsValid(*m_state)) {
        finish(UsageError);
        return;
    }
    QList<workflow::Side> sides;
    for (const auto &step : m_track->steps) {
        if (!sides.contains(step->info().side))
            sides.append(step->info().side);
    }
    m_workspace->broker()->load(this, [this, sides](bool ok, const QString &loadError) {
        if (!ok)
            m_err << "cmkctl: " << loadError << '\n';
        signInNext(sides);
    });
}

void TrackCommand::signInNext(QList<workflow::Side> sides)
{
    if (sides.isEmpty()) {
        if (m_afterSignIn)
            m_afterSignIn();
        else
            startRunner();
        return;
    }
    const workflow::Side side = sides.takeFirst();
    const QString tenant = m_state->values.value(tenantKey(side));
    auth::TokenBroker *broker = m_workspace->broker();
    // Someone already signed in to that tenant (the token cache): no prompt.
    for (const auth::CachedAccount &account : broker->accounts()) {
        if (!tenant.isEmpty() && account.realm.compare(tenant, Qt::CaseInsensitive) == 0) {
            m_sessions.insert(int(side),
                              {m_workspace->pipelineFor(account.homeAccountId, account.realm),
                               broker->identity(account.homeAccountId, account.realm)});
            signInNext(sides);
            return;
        }
    }
    const QStringList scopes = auth::userSignInScopes(m_workspace->profile().armScope);
    auto *flow = new auth::DeviceCodeSignIn(broker->endpoint(),
                                            tenant.isEmpty() ? QStringLiteral("organizations") : tenant,
                                            m_workspace->profile().publicClientId.toString(), scopes, this);
    connect(flow, &auth::DeviceCodeSignIn::promptReady, this,
            [this, side, tenant](const auth::DeviceCodeSignIn::Prompt &p) {
                m_err << tr("Sign in for the %1:").arg(workflow::sideTitle(side)) << ' ' << p.message << '\n';
                m_err.flush();
                if (!m_sandbox)
                    return;
                // The offline demo: the sandbox's first person of that tenant (or the one named) approves.
                // Without a tenant: the demo's first person signs in for the ISV, the first person of
                // another tenant for the customer.
                QString who = side == workflow::Side::Isv ? m_options.isvUser : m_options.customerUser;
                const QList<sandbox::Sandbox::Person> people = m_sandbox->people();
                for (qsizetype i = 0; who.isEmpty() && i < people.size(); ++i) {
                    const auto &person = people.at(i);
                    const bool match = !tenant.isEmpty()
                        ? person.tenantId.compare(tenant, Qt::CaseInsensitive) == 0
                        : side == workflow::Side::Isv ? true
                                                      : person.tenantId != people.first().tenantId;
                    if (match)
                        who = person.userPrincipalName;
                }
                m_err << tr("(sandbox: signing in as %1)").arg(who) << '\n';
                m_sandbox->approveDeviceCode(p.userCode, who);
            });
    connect(flow, &auth::DeviceCodeSignIn::succeeded, this,
            [this, flow, side, sides, tenant](const auth::TokenResponse &r) {
                flow->deleteLater();
                const auto account = m_workspace->broker()->accept(
                    r, flow->tenant(), flow->scopes(),
                    QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
                if (!account) {
                    printProblems({tr("The sign-in gave no account.")});
                    finish(AuthError);
                    return;
                }
                if (!tenant.isEmpty() && account->realm.compare(tenant, Qt::CaseInsensitive) != 0) {
                    printProblems(
                        {tr("%1 signed in to tenant %2, but the %3 is %4; sign in with an account of that "
                            "tenant.")
                             .arg(account->username, account->realm, workflow::sideTitle(side), tenant)});
                    finish(AuthError);
                    return;
                }
                m_state->values.insert(tenantKey(side), account->realm);
                m_sessions.insert(int(side),
                                  {m_workspace->pipelineFor(account->homeAccountId, account->realm),
                                   m_workspace->broker()->identity(account->homeAccountId, account->realm)});
                m_err << tr("Signed in to the %1 as %2.").arg(workflow::sideTitle(side), account->username)
                      << '\n';
                signInNext(sides);
            });
    connect(flow, &auth::DeviceCodeSignIn::failed, this, [this, flow](const http::ServiceError &error) {
        flow->deleteLater();
        printProblems({error.userMessage() + u' ' + error.nextAction()});
        finish(AuthError);
    });
    flow->start();
}

void TrackCommand::startRunner()
{
    auto sessions = [this](workflow::Side side) { return m_sessions.value(int(side)); };
    m_runner = std::make_unique<workflow::Runner>(*m_track, *m_state, m_options.runFile, sessions);
    m_err << tr("Run file: %1").arg(QDir::toNativeSeparators(m_options.runFile)) << '\n';
    connect(m_runner.get(), &workflow::Runner::stepStarted, this, [this](const QString &id) {
        if (!Console::showProgress())
            return;
        const auto info = m_track->step(id)->info();
        m_err << tr("Step %1: %2 (%3)").arg(info.number, info.title, workflow::sideTitle(info.side)) << '\n';
        m_err.flush();
    });
    connect(m_runner.get(), &workflow::Runner::stepProgress, this,
            [this](const QString &, const QString &text) {
                if (!Console::showProgress())
                    return;
                m_err << "  " << text << '\n';
                m_err.flush();
            });
    connect(m_runner.get(), &workflow::Runner::stepFinished, this,
            [this](const QString &, workflow::StepState state) {
                // A step that stops the run says why at the end (runFinished).
                if (state == workflow::StepState::Failed || !Console::showProgress())
                    return;
                m_err << "  "
                      << (state == workflow::StepState::AlreadyDone ? tr("already done, nothing changed")
                                                                    : tr("done"))
                      << '\n';
                m_err.flush();
            });
    connect(m_runner.get(), &workflow::Runner::preflightFailed, this, [this](const QStringList &problems) {
        m_err << tr("Before anything changes, these need fixing:") << '\n';
        printProblems(problems);
        m_problemsShown = true;
    });
    m_runner->setConfirmation(m_options.confirm);
    // Every step's roles are read from the services before anything is written (core/roles).
    m_roles = std::make_unique<roles::RoleDetector>();
    m_runner->setRoleDetector(m_roles.get());
    m_runner->setSeparationPolicy(m_options.refuseSeparation ? roles::SeparationPolicy::Refuse
                                                             : roles::SeparationPolicy::Warn);
    if (!m_options.justification.isEmpty())
        m_runner->setSeparationJustification(m_options.justification);
    connect(m_runner.get(), &workflow::Runner::separationWarning, this, [this](const QString &message) {
        m_err << tr("Separation of duties: %1").arg(message) << '\n';
        m_err.flush();
    });
    m_runner->setApproval(
        [this](const workflow::Step &, const workflow::Plan &plan, std::function<void(bool)> decide) {
            for (const workflow::PlannedCall &call : plan.calls)
                m_err << "    " << QString::fromLatin1(call.method) << ' '
                      << call.url.toString(QUrl::RemoveQuery) << "  (" << call.why << ")\n";
            if (plan.confirmation) {
                m_err << "  " << plan.confirmation->warning << '\n';
                for (const QString &affected : plan.confirmation->affected)
                    m_err << "    - " << affected << '\n';
                if (m_options.confirm.isEmpty() && stdinIsTerminal()) {
                    m_err << tr("Type %1 to confirm: ").arg(plan.confirmation->name);
                    m_err.flush();
                    QTextStream in(stdin);
                    m_runner->setConfirmation(in.readLine().trimmed());
                }
            }
            if (m_options.yes) {
                decide(true);
                return;
            }
            if (!stdinIsTerminal()) {
                m_err << tr("Not approved: run with --yes to approve plans without a terminal.") << '\n';
                decide(false);
                return;
            }
            m_err << tr("Apply these changes? [y/N] ");
            m_err.flush();
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed().toLower();
            decide(answer == QLatin1StringView("y") || answer == QLatin1StringView("yes"));
        });
    connect(
        m_runner.get(), &workflow::Runner::finished, this, [this](bool ok, const http::ServiceError &error) {
            if (ok) {
                m_out << Console::success(tr("%1: every step is done.").arg(m_track->info.title),
                                          Console::colorOnStdout())
                      << '\n';
                for (auto it = m_runner->state().values.constBegin();
                     it != m_runner->state().values.constEnd(); ++it)
                    m_out << "  " << it.key() << " = " << it.value() << '\n';
                finish(Ok);
                return;
            }
            // Problems found before anything changed were listed already; say the rest once.
            if (!m_problemsShown)
                m_err << "cmkctl: " << error.userMessage() << '\n';
            if (error.code == QLatin1StringView("SeparationJustificationRequired"))
                m_err << tr(
                    "To go on, give --justification TEXT (it is recorded with the run), or let another "
                    "person run this track.")
                      << '\n';
            if (!error.nextAction().isEmpty() && error.kind != http::ServiceError::Kind::InvalidInput)
                m_err << "cmkctl: " << error.nextAction() << '\n';
            if (error.kind == http::ServiceError::Kind::Http)
                m_err << "cmkctl: " << error.technicalSummary() << '\n';
            const QString runFile = QDir::toNativeSeparators(m_options.runFile);
            if (codeFor(error) == WaitingForOtherTenant)
                m_err << tr("When their file arrives: cmkctl track resume --run-file %1 --handoff FILE")
                             .arg(runFile)
                      << '\n';
            else
                m_err << tr("Continue later with: cmkctl track resume --run-file %1").arg(runFile) << '\n';
            finish(codeFor(error));
        });
    m_runner->start();
}

void TrackCommand::status(const Options &options, const QString &output, std::function<void(int)> done)
{
    m_options = options;
    m_done = std::move(done);
    QString error;
    if (!prepareCloud(options, &error)) {
        printProblems({error});
        finish(Failure);
        return;
    }
    m_state = workflow::RunState::create(QStringLiteral("status"), m_workspace->profile().name, {});
    m_afterSignIn = [this, output] { startStatus(output); };
    m_workspace->broker()->load(this, [this](bool ok, const QString &loadError) {
        if (!ok)
            m_err << "cmkctl: " << loadError << '\n';
        // One account signed in already (keychain or --credential-file): status reads with it.
        const QList<auth::CachedAccount> accounts = m_workspace->broker()->accounts();
        if (accounts.size() == 1)
            m_state->values.insert(tracks::key::CustomerTenantId, accounts.first().realm);
        signInNext({workflow::Side::Customer});
    });
}

void TrackCommand::startStatus(const QString &output)
{
    http::Pipeline *pipeline = m_sessions.value(int(workflow::Side::Customer)).pipeline;
    auto *service = new status::StatusService(pipeline, pipeline, pipeline, this);
    if (m_sandbox) {
        status::StatusOptions options = service->options();
        sandbox::Sandbox *sandbox = m_sandbox;
        options.clock = [sandbox] { return sandbox->now(); }; // the demo's simulated days
        service->setOptions(options);
    }
    connect(service, &status::StatusService::progress, this, [this](int listed, int completed, bool) {
        if (Console::showProgress()) {
            m_err << '\r' << tr("%1 environments listed, %2 complete").arg(listed).arg(completed);
            m_err.flush();
        }
    });
    connect(service, &status::StatusService::finished, this,
            [this, service, output](const status::StatusReport &report) {
                service->deleteLater();
                if (Console::showProgress())
                    m_err << '\n';
                for (const status::StatusProblem &problem : report.problems)
                    m_err << "cmkctl: " << Console::problem(problem.message, Console::colorOnStderr())
                          << '\n';
                if (m_statusSink) {
                    m_workspace->journal()->flush();
                    finish(m_statusSink(report, m_workspace->journal()->recent(),
                                        m_sessions.value(int(workflow::Side::Customer)).identity));
                    return;
                }
                printReport(report, output);
                const bool locked
                    = std::any_of(report.rows.cbegin(), report.rows.cend(),
                                  [](const status::EnvironmentStatus &row) { return row.locked; });
                m_lastCode = !report.complete ? ServiceError : locked ? Locked : Ok;
                ++m_reports;
                const bool again = m_options.watchIntervalMs > 0 && !m_stopWatching
                    && (m_options.watchCount == 0 || m_reports < m_options.watchCount);
                if (!again) {
                    finish(m_lastCode);
                    return;
                }
                QTimer::singleShot(m_options.watchIntervalMs, this, [this, output] {
                    if (m_stopWatching)
                        finish(m_lastCode);
                    else
                        startStatus(output);
                });
            });
    service->start(m_sessions.value(int(workflow::Side::Customer)).identity.tenantId);
}

void TrackCommand::stopWatching()
{
    m_stopWatching = true;
    // Between two reports: end now with the last one's code. While one is read: when it is done.
    if (m_lastCode >= 0)
        finish(m_lastCode);
}

void TrackCommand::printReport(const status::StatusReport &report, const QString &output)
{
    const bool watching = m_options.watchIntervalMs > 0;
    if (output == QLatin1StringView("json")) {
        // Watching: one report per line (JSON lines), so a reader can take each as it comes.
        const QByteArray json = watching
            ? QJsonDocument::fromJson(report.toJson()).toJson(QJsonDocument::Compact)
            : report.toJson();
        // 10,000 environments make 16 MB of JSON: written as bytes, without a UTF-16 copy of it.
        m_out.flush();
        if (QIODevice *device = m_out.device()) {
            device->write(json.trimmed());
            device->write("\n");
        } else {
            m_out << QString::fromUtf8(json).trimmed() << '\n';
        }
        m_out.flush();
        return;
    }
    if (output == QLatin1StringView("csv")) {
        // The dashboard's export writes the same CSV (status::StatusExport). Watching, the header once.
        QByteArray csv = status::StatusExport::csv(report.rows);
        if (m_reports > 0)
            csv.remove(0, csv.indexOf('\n') + 1);
        m_out.flush();
        if (QIODevice *device = m_out.device())
            device->write(csv);
        else
            m_out << QString::fromUtf8(csv);
        m_out.flush();
        return;
    }
    const bool color = Console::colorOnStdout();
    if (watching) {
        if (Console::stdoutIsTerminal())
            m_out << "\x1b[H\x1b[2J"; // redraw in place
        m_out << tr("Status at %1 (every %n second(s); Ctrl-C ends)", nullptr,
                    m_options.watchIntervalMs / 1000)
                     .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
              << '\n';
    }
    for (const status::EnvironmentStatus &row : report.rows) {
        m_out << row.displayName << "  [" << row.sku << ", " << row.location << "]  "
              << status::stateCode(row.state);
        if (!row.policyName.isEmpty())
            m_out << "  " << tr("policy %1").arg(row.policyName);
        if (row.locked)
            m_out << "  " << Console::problem(tr("locked: %1").arg(row.lockReason), color);
        if (row.daysLeft)
            m_out << "  " << tr("%n day(s) before deletion", nullptr, *row.daysLeft);
        m_out << '\n';
        if (!row.nextAction.isEmpty() && row.state != status::State::MicrosoftManaged)
            m_out << "    " << row.nextAction << '\n';
    }
    m_out.flush();
}

void TrackCommand::finish(int code)
{
    m_out.flush();
    m_err.flush();
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(code);
    }
}

int TrackCommand::importHandoff(const QString &file, const QString &output)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        printProblems({tr("The hand-off file %1 cannot be read: %2").arg(file, f.errorString())});
        return UsageError;
    }
    const QByteArray data = f.readAll();
    QString error;
    // Whichever direction it goes: the file says, and its checksum holds it to that.
    std::optional<workflow::Handoff> handoff;
    for (const workflow::Handoff::Direction direction : workflow::Handoff::directions()) {
        QString problem;
        handoff = workflow::Handoff::fromJson(data, direction, &problem);
        if (handoff)
            break;
        if (error.isEmpty())
            error = problem; // a file that fails every direction fails them for the same reason
    }
    if (!handoff) {
        printProblems({error});
        return UsageError;
    }
    if (output == QLatin1StringView("json")) {
        QJsonObject values;
        for (auto it = handoff->values.constBegin(); it != handoff->values.constEnd(); ++it)
            values.insert(it.key(), it.value());
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("direction"),
                                             workflow::Handoff::directionName(handoff->direction)},
                                            {QStringLiteral("createdBy"), handoff->createdBy},
                                            {QStringLiteral("message"), handoff->message},
                                            {QStringLiteral("values"), values}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << tr("Hand-off %1 from %2, %3")
                 .arg(workflow::Handoff::directionName(handoff->direction), handoff->createdBy,
                      QLocale().toString(handoff->createdAt, QLocale::ShortFormat))
          << '\n';
    if (!handoff->message.isEmpty())
        m_out << "  " << handoff->message << '\n';
    for (auto it = handoff->values.constBegin(); it != handoff->values.constEnd(); ++it)
        m_out << "  " << it.key() << " = " << it.value() << '\n';
    return Ok;
}

int TrackCommand::exportHandoff(const QString &runFile, const QString &outFile)
{
    QString error;
    const auto state = workflow::RunState::load(runFile, &error);
    if (!state) {
        printProblems({error});
        return UsageError;
    }
    // The hand-off steps: "handoff" (ISV), "handoff-back" (customer), "handoff-powerplatform".
    bool reached = false;
    bool hasHandoffStep = false;
    for (auto it = state->steps.constBegin(); it != state->steps.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1StringView("handoff")))
            continue;
        hasHandoffStep = true;
        // The ISV's step writes its file and then waits for the customer's (WaitingForCustomer).
        reached = reached || it.value().isFinished()
            || it.value().errorCode.startsWith(QLatin1StringView("WaitingFor"));
    }
    const QString written = state->values.value(tracks::key::HandoffOut);
    if (!hasHandoffStep || written.isEmpty()) {
        printProblems(
            {tr("The run in %1 (track %2) has no hand-off step; only runs that hand over to another "
                "tenant or person write one.")
                 .arg(runFile, state->trackId)});
        return UsageError;
    }
    if (!reached) {
        printProblems(
            {tr("The run in %1 has not reached its hand-off step yet; continue it with \"cmkctl track "
                "resume --run-file %1\".")
                 .arg(runFile)});
        return UsageError;
    }
    if (!outFile.isEmpty()) {
        if (const auto problem = workflow::Handoff::outputPathProblem(outFile)) {
            printProblems({tr("--out %1: %2").arg(outFile, problem->message)});
            return UsageError;
        }
    }
    std::optional<workflow::Handoff> handoff;
    for (const workflow::Handoff::Direction direction : workflow::Handoff::directions()) {
        handoff = workflow::Handoff::load(written, direction);
        if (handoff)
            break;
    }
    if (!handoff) {
        printProblems(
            {tr("The hand-off file the run wrote, %1, is gone or no longer valid; \"cmkctl track resume "
                "--run-file %2\" writes it again.")
                 .arg(written, runFile)});
        return Failure;
    }
    if (outFile.isEmpty()) {
        m_out << QString::fromUtf8(handoff->toJson());
        return Ok;
    }
    if (!handoff->save(outFile, &error)) {
        printProblems({error});
        return Failure;
    }
    m_err << tr("Hand-off %1 written to %2; send it to the other side.")
                 .arg(workflow::Handoff::directionName(handoff->direction), QDir::toNativeSeparators(outFile))
          << '\n';
    return Ok;
}

} // namespace cmk::ctl
