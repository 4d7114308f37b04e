// bench_tracks: how much longer than the services make it wait does a track take? The sandbox runs
// at real time (time scale 1) with every long-running operation lasting --lro-ms and declaring
// its remaining time (Retry-After, x-ms-retry-after-ms). For each measured phase the critical path
// is the sum of the operations it had to wait for, one after the other (the tracks' steps are
// sequential), taken from the sandbox's request log; the figure is wall time / that sum
// (target <= 1.1). Measured: the customer's grant (vault to hand-back; the sandbox declares no
// wait on its path, so only its wall time is shown) and the ISV's finish of the managed-disks
// track (disk encryption set and verification). Not measured: the ISV's first
// part, whose wait is a preview feature registration (15 simulated minutes; the clock is moved).
// Usage: bench_tracks [--lro-ms N] [--rounds N]

#include "coreharness.h"
#include "tracks/catalog.h"
#include "tracks/keys.h"
#include "workflow/runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <cstdio>

using namespace cmk;
using namespace cmk::testing;
using namespace cmk::workflow;

namespace {

struct Phase
{
    bool ok = false;
    QString error;
    qint64 wallMs = 0;
    int operations = 0; ///< long-running operations waited for
};

/// Operation IDs polled in the sandbox's log from `from` on: each is one long-running operation.
int operationsSince(const sandbox::Sandbox &sandbox, qsizetype from)
{
    QSet<QString> ids;
    const QList<sandbox::RequestLogEntry> log = sandbox.requestLog();
    for (qsizetype i = from; i < log.size(); ++i) {
        const QString &path = log.at(i).path;
        for (const QLatin1StringView marker :
             {QLatin1StringView("/operationStatuses/"), QLatin1StringView("/operationResults/")}) {
            const qsizetype at = path.indexOf(marker);
            if (at >= 0)
                ids.insert(path.mid(at + marker.size()).section(u'?', 0, 0));
        }
    }
    return int(ids.size());
}

bool verbose = false;

Phase runPhase(CoreHarness &h, const Track &track, RunState state, const QString &path,
               const std::function<StepRun::SideSession(Side)> &sessions)
{
    Phase phase;
    Runner runner(track, std::move(state), path, sessions);
    bool ended = false;
    // An event loop, not QTest::qWaitFor: that one sleeps 10 ms between rounds of events, which
    // would be measured as the track's time.
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, [&](bool ok, const http::ServiceError &error) {
        ended = true;
        loop.quit();
        phase.ok = ok;
        phase.error = error.code + QStringLiteral(": ") + error.message;
    });
    // The preview feature's registration: move the simulated clock instead of waiting 15 minutes.
    QObject::connect(&runner, &Runner::stepProgress, [&h](const QString &id, const QString &) {
        if (id == QLatin1StringView("feature-registration") || id == QLatin1StringView("registration"))
            h.sandbox.advanceClock(20 * 60 * 1000);
    });
    const qsizetype from = h.sandbox.requestLog().size();
    QElapsedTimer timer;
    timer.start();
    runner.start();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!ended)
        loop.exec();
    if (!ended)
        phase.error = QStringLiteral("did not end in two minutes");
    phase.wallMs = timer.elapsed();
    phase.operations = operationsSince(h.sandbox, from);
    if (verbose) {
        const QList<sandbox::RequestLogEntry> log = h.sandbox.requestLog();
        const qint64 start = from < log.size() ? log.at(from).timeMs : 0;
        for (qsizetype i = from; i < log.size(); ++i)
            std::printf("  %6lld ms %-6s %3d %s\n", static_cast<long long>(log.at(i).timeMs - start),
                        qPrintable(log.at(i).method), log.at(i).status, qPrintable(log.at(i).path.left(110)));
    }
    return phase;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("lro-ms"), QStringLiteral("Duration of each long-running operation."),
                        QStringLiteral("ms"), QStringLiteral("1500")},
                       {QStringLiteral("rounds"), QStringLiteral("Rounds to run."), QStringLiteral("n"),
                        QStringLiteral("3")},
                       {QStringLiteral("verbose"), QStringLiteral("Print each measured request.")}});
    parser.process(app);
    const int lroMs = parser.value(QStringLiteral("lro-ms")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    verbose = parser.isSet(QStringLiteral("verbose"));
    if (lroMs < 100 || rounds < 1) {
        std::fprintf(stderr, "bench_tracks: --lro-ms must be at least 100 and --rounds at least 1\n");
        return 2;
    }

    std::printf("bench_tracks: wall time / declared critical path (long-running operations of %d ms)\n",
                lroMs);
    std::printf("%-34s %9s %11s %6s %7s\n", "phase", "wall ms", "declared ms", "ops", "ratio");
    bool allOk = true;
    double worst = 0;
    for (int round = 0; round < rounds; ++round) {
        sandbox::Sandbox::Options options;
        options.scenario = QStringLiteral("demo");
        options.timeScale = 1;
        options.lroMs = lroMs;
        CoreHarness h(options);
        QTemporaryDir dir;
        const QString alex = h.signIn(Alex);
        const QString kai = h.signIn(Kai);
        http::Pipeline *isv = h.pipelineFor(alex, IsvTenant);
        http::Pipeline *customer = h.pipelineFor(kai, CustomerTenant);
        auto sessions = [&](Side side) {
            StepRun::SideSession s;
            const bool isvSide = side == Side::Isv;
            s.pipeline = isvSide ? isv : customer;
            s.identity
                = h.broker->session(isvSide ? alex : kai, isvSide ? IsvTenant : CustomerTenant)->identity();
            return s;
        };

        const Track disks = *tracks::trackById(u"isv-managed-disks", tracks::Waits::Sandbox);
        const Track grant = *tracks::trackById(u"customer-grant", tracks::Waits::Sandbox);
        const QString toCustomer = dir.filePath(QStringLiteral("to-customer.json"));
        const QString toIsv = dir.filePath(QStringLiteral("to-isv.json"));
        const QString isvRun = dir.filePath(QStringLiteral("isv.json"));
        const Values diskInputs {
            {tracks::key::IsvSubscriptionId, QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001")},
            {tracks::key::IsvResourceGroup, QStringLiteral("rg-disks")},
            {tracks::key::Region, QStringLiteral("westeurope")},
            {tracks::key::AppDisplayName, QStringLiteral("Fabrikam disks CMK")},
            {tracks::key::IdentityName, QStringLiteral("uami-disks-contoso")},
            {tracks::key::DiskEncryptionSetName, QStringLiteral("des-contoso")},
            {tracks::key::HandoffOut, toCustomer}};
        // Not measured: the ISV's first part (its wait is the feature registration).
        const Phase first = runPhase(h, disks, RunState::create(disks.info.id, h.profile.name, diskInputs),
                                     isvRun, sessions);
        if (!first.error.startsWith(QLatin1StringView("WaitingForCustomer"))) {
            std::fprintf(stderr, "bench_tracks: the ISV's first part did not reach the hand-off: %s\n",
                         qPrintable(first.error));
            return 1;
        }
        const Values grantInputs {
            {tracks::key::HandoffIn, toCustomer},
            {tracks::key::CustomerSubscriptionId, QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002")},
            {tracks::key::CustomerResourceGroup, QStringLiteral("rg-keys")},
            {tracks::key::VaultName, QStringLiteral("kv-contoso-bench")},
            {tracks::key::KeyName, QStringLiteral("cmk-fabrikam")},
            {tracks::key::HandoffOut, toIsv}};
        const Phase customerPhase
            = runPhase(h, grant, RunState::create(grant.info.id, h.profile.name, grantInputs),
                       dir.filePath(QStringLiteral("customer.json")), sessions);
        QString error;
        RunState resumed = *RunState::load(isvRun, &error);
        resumed.values.insert(tracks::key::HandoffIn, toIsv);
        const Phase isvPhase = runPhase(h, disks, resumed, isvRun, sessions);

        for (const auto &[name, phase] : {std::pair {"customer-grant (whole track)", customerPhase},
                                          std::pair {"isv-managed-disks (after hand-off)", isvPhase}}) {
            const qint64 declared = qint64(phase.operations) * lroMs;
            allOk = allOk && phase.ok;
            if (declared == 0) { // nothing to wait for: only the requests' own time
                std::printf("%-34s %9lld %11s %6d %7s%s\n", name, static_cast<long long>(phase.wallMs), "-",
                            0, "-", phase.ok ? "" : qPrintable(QStringLiteral("  FAILED ") + phase.error));
                continue;
            }
            const double ratio = double(phase.wallMs) / double(declared);
            worst = std::max(worst, ratio);
            std::printf("%-34s %9lld %11lld %6d %7.3f%s\n", name, static_cast<long long>(phase.wallMs),
                        static_cast<long long>(declared), phase.operations, ratio,
                        phase.ok ? "" : qPrintable(QStringLiteral("  FAILED ") + phase.error));
        }
    }
    std::printf("worst ratio %.3f (target <= 1.100)\n", worst);
    return allOk ? 0 : 1;
}
