// cmk-sandbox: runs the sandbox until SIGINT or SIGTERM and prints one JSON line describing it.

#include "cmkversion.h"
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto ignored = ::write(signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cmk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CMK_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cmk-sandbox",
        "A local, simulated Azure, Entra ID, Key Vault and Power Platform for tests and demos. "
        "Listens on 127.0.0.1 only and prints one JSON line describing itself."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"), QCoreApplication::translate("cmk-sandbox", "First port (0: any free port)."),
        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption noTlsOption(
        QStringLiteral("no-tls"),
        QCoreApplication::translate("cmk-sandbox", "Serve plain http (for unit tests only)."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QCoreApplication::translate("cmk-sandbox", "Seed data: %1.")
            .arg(cmk::sandbox::Sandbox::scenarios().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("empty"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QCoreApplication::translate("cmk-sandbox", "Write the state to <file> on exit."),
        QStringLiteral("file"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency"),
        QCoreApplication::translate("cmk-sandbox", "Answer every request <ms> milliseconds late."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate(
            "cmk-sandbox", "Inject faults: kind[:method[:path[:count]]], comma-separated; kinds: %1.")
            .arg(QStringLiteral("429, 500, 503, reset, hang, lro-failed, busy")),
        QStringLiteral("spec"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("cmk-sandbox", "Seed for generated ids and random faults."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption timeScaleOption(
        QStringLiteral("time-scale"),
        QCoreApplication::translate(
            "cmk-sandbox", "Simulated seconds per real second for long work (encryption, registration)."),
        QStringLiteral("x"), QStringLiteral("1"));
    parser.addOptions({portOption, noTlsOption, scenarioOption, stateOption, latencyOption, faultsOption,
                       seedOption, timeScaleOption});
    parser.process(app);

    cmk::sandbox::Sandbox::Options options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "cmk-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }
    options.port = quint16(port);
    options.tls = !parser.isSet(noTlsOption);
    options.scenario = parser.value(scenarioOption);
    options.stateFile = parser.value(stateOption);
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0 || options.latencyMs > 600000) {
        std::fprintf(stderr, "cmk-sandbox: --latency must be a number of milliseconds from 0 to 600000\n");
        return 2;
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "cmk-sandbox: --seed must be a non-negative whole number\n");
        return 2;
    }
    options.timeScale = parser.value(timeScaleOption).toDouble(&ok);
    if (!ok || options.timeScale <= 0 || options.timeScale > 1e7) {
        std::fprintf(
            stderr,
            "cmk-sandbox: --time-scale must be a number above 0 (1 = real time, 3600 = an hour a second)\n");
        return 2;
    }
    options.faults = parser.value(faultsOption);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("cmk-sandbox: socketpair");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    cmk::sandbox::Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error)) {
        std::fprintf(stderr, "cmk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", sandbox.announcement().constData());
    std::fflush(stdout);
    const int rc = app.exec();
    sandbox.stop();
    return rc;
}
