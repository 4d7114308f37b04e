// bench_wizard: every track of cmkwizard walked offscreen as the sandbox demo's people, with the walks
// the GUI tests use (tests/gui/trackwalks.h): clicks, typing, sign-in, Run, Apply, typed
// confirmations, hand-offs, closing and continuing saved runs. The wizard talks to the in-process
// sandbox exactly as `cmkwizard --sandbox` does (the simulated cloud answers on the same thread).
// For each leg (one visit of a track page, from choosing the track to the run's stop) an event-loop
// probe (a 0 ms timer) records the longest gap between its ticks, the longest the window could not
// repaint or take input, and the costliest single event in the GUI thread's CPU time. The baseline
// in the same run: the same wizard idle on its start page, measured the same way (the driver's
// polling leaves gaps of up to ~10 ms by itself). PASS/FAIL against 50 ms; exit 0 unless a walk
// fails.
// Usage: bench_wizard [--runs N] [--why]   (QT_QPA_PLATFORM defaults to offscreen; --why prints
// every event over 50 ms CPU with its receiver)

#include "eventloopprobe.h"
#include "trackwalks.h"

#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace cmk;
using namespace cmk::testing;
using cmk::bench::StallProbe;
using cmk::bench::TimingApplication;
using cmk::bench::verdict;

namespace {

struct Leg
{
    QString name;
    double wallMs = 0;
    double longestGapMs = 0;
    int gapsOver50 = 0;
    double costliestCpuMs = 0;
    QString costliest;
};

class WizardBench : public QObject
{
    Q_OBJECT

public:
    QList<Leg> legs;
    Leg idle;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("CmkWizardBench")); }
    void init();
    void cleanup();
    void idleStartPage();
    void managedDisks();
    void netApp();
    void powerPlatform();

private:
    void beginLeg(const QString &name);
    void endLeg();

    std::unique_ptr<WizardDriver> m_driver;
    StallProbe m_probe;
    QElapsedTimer m_legClock;
    QString m_leg;
};

void WizardBench::init()
{
    m_driver = std::make_unique<WizardDriver>();
    CHECKED(m_driver->start());
    // Typed as a person types: the event loop runs between keys (a whole name typed within one pass
    // of the loop is a stall no keyboard can cause).
    m_driver->keyDelayMs = 1;
    // Ten simulated minutes every 50 ms on top of the demo's hour per second, as the walk tests.
    m_driver->startFastForward(10 * 60 * 1000);
}

void WizardBench::cleanup()
{
    endLeg();
    m_driver.reset();
}

void WizardBench::beginLeg(const QString &name)
{
    endLeg();
    m_leg = name;
    m_legClock.start();
    m_probe.start();
}

void WizardBench::endLeg()
{
    if (m_leg.isEmpty())
        return;
    m_probe.stop();
    Leg leg {m_leg,
             m_legClock.nsecsElapsed() / 1e6,
             m_probe.longestMs(),
             m_probe.over50(),
             StallProbe::costliestEventCpuMs(),
             StallProbe::costliestEvent()};
    m_leg.clear();
    if (leg.name == QLatin1StringView("idle"))
        idle = leg;
    else
        legs.append(leg);
}

void WizardBench::idleStartPage()
{
    beginLeg(QStringLiteral("idle"));
    QTest::qWait(2000);
    endLeg();
}

void WizardBench::managedDisks()
{
    TrackWalks walks(*m_driver);
    walks.legStarted = [this](const QString &name) { beginLeg(name); };
    CHECKED(walks.managedDisks());
}

void WizardBench::netApp()
{
    TrackWalks walks(*m_driver);
    walks.legStarted = [this](const QString &name) { beginLeg(name); };
    CHECKED(walks.netApp());
}

void WizardBench::powerPlatform()
{
    TrackWalks walks(*m_driver);
    walks.legStarted = [this](const QString &name) { beginLeg(name); };
    CHECKED(walks.powerPlatform());
}

} // namespace

int main(int argc, char *argv[])
{
    bench::offscreenUnlessSet();
    TimingApplication app(argc, argv);
    const QStringList args = app.arguments();
    app.why = args.contains(QStringLiteral("--why"));
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    const int runs = runsAt >= 0 && runsAt + 1 < args.size() ? qMax(1, args.at(runsAt + 1).toInt()) : 1;

    std::printf("bench_wizard: every track walked in cmkwizard against the in-process sandbox (demo), %s, "
                "QT_QPA_PLATFORM=%s\n",
                bench::buildType(), qgetenv("QT_QPA_PLATFORM").constData());
    double worstGap = 0;
    double worstCpu = 0;
    QString worstCpuWhere;
    for (int run = 1; run <= runs; ++run) {
        WizardBench bench;
        // Only failures are printed: the figures are the output.
        if (QTest::qExec(&bench, {args.first(), QStringLiteral("-silent")}) != 0) {
            std::fprintf(stderr, "bench_wizard: a walk failed (see above)\n");
            return 1;
        }
        std::printf("run %d\n  %-44s %8s %12s %8s %14s  %s\n", run, "leg (track, person)", "wall",
                    "longest gap", ">50 ms", "costliest CPU", "costliest event");
        const auto print = [](const Leg &leg) {
            std::printf("  %-44s %6.1f s %9.1f ms %8d %11.1f ms  %s\n", qPrintable(leg.name),
                        leg.wallMs / 1000, leg.longestGapMs, leg.gapsOver50, leg.costliestCpuMs,
                        qPrintable(leg.costliest));
        };
        print(bench.idle);
        for (const Leg &leg : std::as_const(bench.legs)) {
            print(leg);
            worstGap = std::max(worstGap, leg.longestGapMs);
            if (leg.costliestCpuMs > worstCpu) {
                worstCpu = leg.costliestCpuMs;
                worstCpuWhere = leg.name + QStringLiteral(": ") + leg.costliest;
            }
        }
    }
    std::printf("%s costliest event of any leg %.1f ms CPU (%s; target <= 50 ms)\n", verdict(worstCpu <= 50),
                worstCpu, qPrintable(worstCpuWhere));
    std::printf("%s longest event-loop gap of any leg %.1f ms wall (target <= 50 ms; includes the time the "
                "machine gave to other processes and the driver's polling)\n",
                verdict(worstGap <= 50), worstGap);
    return 0;
}

#include "main.moc"
