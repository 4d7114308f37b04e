// bench/startup: time from process start to the first painted wizard page, for cmkwizard and
// for a bare QWizard measured in the same run, interleaved. Prints both and the ratio.
// Usage: bench_startup [runs]   (QT_QPA_PLATFORM defaults to offscreen)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double timeToFirstPaint(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        if (p.canReadLine() && p.readLine().startsWith("first-paint")) {
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            p.waitForFinished(10000);
            return ms;
        }
        p.waitForReadyRead(10000);
        if (timer.elapsed() > 30000)
            break;
    }
    p.kill();
    p.waitForFinished();
    std::fprintf(stderr, "bench_startup: %s never painted: %s\n", qPrintable(program),
                 p.readAllStandardError().constData());
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 15;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("CMK_REPORT_FIRST_PAINT"), QStringLiteral("1"));

    std::vector<double> wizard, bare;
    // One warm-up of each so both start with the same file cache.
    timeToFirstPaint(QStringLiteral(CMK_WIZARD), {}, env);
    timeToFirstPaint(QStringLiteral(CMK_BARE_WIZARD), {}, env);
    for (int i = 0; i < runs; ++i) {
        bare.push_back(timeToFirstPaint(QStringLiteral(CMK_BARE_WIZARD), {}, env));
        wizard.push_back(timeToFirstPaint(QStringLiteral(CMK_WIZARD), {}, env));
        if (bare.back() < 0 || wizard.back() < 0)
            return 1;
    }
    const double w = median(wizard), b = median(bare);
    std::printf(
        "bench/startup (%d runs each, platform %s, median time from process start to first painted page)\n",
        runs, qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))));
    std::printf("  bare QWizard baseline : %8.1f ms (min %.1f)\n", b,
                *std::min_element(bare.begin(), bare.end()));
    std::printf("  cmkwizard             : %8.1f ms (min %.1f)\n", w,
                *std::min_element(wizard.begin(), wizard.end()));
    std::printf("  ratio                 : %8.2fx   (target <= 1.50x: %s)\n", w / b,
                w / b <= 1.5 ? "met" : "MISSED");
    return 0;
}
