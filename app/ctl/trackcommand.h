#pragma once

#include "app/startupoptions.h"
#include "app/workspace.h"
#include "roles/roledetector.h"
#include "status/statusreport.h"
#include "workflow/runner.h"

#include <QCoreApplication>
#include <QObject>
#include <QTextStream>

#include <functional>
#include <memory>

namespace cmk::sandbox {
class Sandbox;
}

namespace cmk::ctl {

/// `cmkctl track plan|run|resume` and `cmkctl handoff import`: loads inputs, signs in the people
/// each side needs (device code; in the offline demo the sandbox's demo people), runs the track
/// through the workflow runner with progress on stderr, and ends with a documented exit code.
class TrackCommand : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        StartupOptions startup;
        QString trackId;
        QString inputFile;
        QString runFile;
        QString handoffFile; ///< the other tenant's hand-off: the run's handoff.in
        QString exportFormat; ///< az, ps, arm (plan only)
        QString credentialFile; ///< opt-in 0600 file instead of the keychain
        QString isvUser; ///< sandbox demo: who signs in on the ISV side
        QString customerUser; ///< sandbox demo: who signs in on the customer side
        bool yes = false; ///< approve every plan without asking
        QString confirm; ///< the typed confirmation of irreversible steps (--confirm NAME)
        QString justification; ///< why one person holds both duties (--justification TEXT)
        bool refuseSeparation = false; ///< --separation refuse: one person may not hold both duties
    };

    TrackCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~TrackCommand() override;

    /// Plan: inputs checked and every step's calls printed (or exported); nothing is sent.
    int plan(const Options &options);
    /// Starts a run (or resumes one with `resume`); `done` gets the exit code when it ends.
    void run(const Options &options, bool resume, std::function<void(int)> done);
    /// Signs in to the customer tenant and prints every environment's encryption and lock status
    /// (table, json or csv); `done` gets 0, or 5 when an environment is locked.
    void status(const Options &options, const QString &output, std::function<void(int)> done);
    /// Reads and checks a hand-off file; prints its values.
    int importHandoff(const QString &file, const QString &output);
    /// Runs against this already running sandbox instead of starting one (the walked demo).
    void useSandbox(sandbox::Sandbox *sandbox) { m_shared = sandbox; }
    /// status(): instead of printing, hands the report and the calls this command made (sign-in
    /// included) to `sink`, which returns the exit code (evidence export --status).
    using StatusSink
        = std::function<int(const status::StatusReport &report, const QList<http::JournalEntry> &calls,
                            const auth::SignedInIdentity &who)>;
    void setStatusSink(StatusSink sink) { m_statusSink = std::move(sink); }

private:
    bool prepareCloud(const Options &options, QString *error);
    void signInNext(QList<workflow::Side> sides);
    void startRunner();
    void startStatus(const QString &output);
    void finish(int code);
    std::optional<workflow::Values> readInputs(const QString &file, QString *error) const;
    void printProblems(const QStringList &problems);
    /// Every input of the run's unfinished steps checked; problems printed. Sends nothing.
    bool inputsValid(const workflow::RunState &state);

    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    std::unique_ptr<sandbox::Sandbox> m_ownSandbox;
    sandbox::Sandbox *m_shared = nullptr;
    sandbox::Sandbox *m_sandbox = nullptr; ///< the one in use, own or shared
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<roles::RoleDetector> m_roles;
    bool m_problemsShown = false; ///< preflight problems were printed: the final error repeats them
    std::unique_ptr<workflow::Runner> m_runner;
    std::optional<workflow::Track> m_track;
    std::optional<workflow::RunState> m_state;
    QHash<int, workflow::StepRun::SideSession> m_sessions;
    std::function<void()> m_afterSignIn; ///< what runs once every side is signed in (default: the runner)
    std::function<void(int)> m_done;
    StatusSink m_statusSink;
};

} // namespace cmk::ctl
