// bench_sandbox: request rate of simple authenticated GETs against cmk-sandbox (its own
// process) on the scale scenario, next to an unauthenticated health GET as the baseline in the
// same run, and the sandbox's peak memory. Usage: bench_sandbox [requests-per-kind]

#include "sandboxclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <functional>

using namespace cmk;
using namespace cmk::testing;

namespace {

/// Sends `count` GETs with up to `inFlight` outstanding; returns requests per second.
double rate(QNetworkAccessManager &nam, const CloudProfile &profile, const QUrl &url, const QByteArray &token,
            int count, int inFlight, int *failures)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(profile.caCertificates());
    int sent = 0, done = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> sendOne = [&] {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.get(request);
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->error() != QNetworkReply::NoError)
                ++*failures;
            reply->deleteLater();
            if (++done == count)
                loop.quit();
            else if (sent < count)
                sendOne();
        });
    };
    timer.start();
    for (int i = 0; i < inFlight && sent < count; ++i)
        sendOne();
    loop.exec();
    return double(count) * 1000.0 / double(qMax<qint64>(1, timer.elapsed()));
}

qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? qMax(100, atoi(argv[1])) : 4000;
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer startup;
    startup.start();
    sandbox.start(QStringLiteral(CMK_SANDBOX), {QStringLiteral("--scenario"), QStringLiteral("scale")});
    if (!sandbox.waitForReadyRead(60000)) {
        std::fprintf(stderr, "bench_sandbox: the sandbox did not start\n");
        return 1;
    }
    const qint64 startupMs = startup.elapsed();
    const QJsonObject announcement = QJsonDocument::fromJson(sandbox.readLine()).object();
    const auto profile = CloudProfile::fromJson(
        QJsonDocument(announcement.value(QStringLiteral("cloudProfile")).toObject()).toJson());
    if (!profile) {
        std::fprintf(stderr, "bench_sandbox: no profile in the announcement\n");
        return 1;
    }
    SandboxHttp http(*profile);
    SandboxSession session(*profile, http);
    const QString rt
        = session.signIn(QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"));
    const QByteArray arm = session.token(rt, profile->armScope);
    const QByteArray bap = session.token(rt, profile->powerPlatformScope);
    const qint64 afterLoad = peakKiB(sandbox.processId());

    QNetworkAccessManager nam;
    int failures = 0;
    const QUrl health = profile->armEndpoint.resolved(QUrl(QStringLiteral("_sandbox/health")));
    const QUrl subscription = profile->armEndpoint.resolved(
        QUrl(QStringLiteral("subscriptions/bbbbbbbb-0000-0000-0000-000000000002?api-version=2022-12-01")));
    const HttpResult list = http.get(profile->powerPlatformEndpoint.resolved(QUrl(
                                         QStringLiteral("providers/Microsoft.BusinessAppPlatform/scopes/"
                                                        "admin/environments?api-version=2023-06-01&$top=1"))),
                                     bap);
    const QString envId = list.json()[QStringLiteral("value")][0][QStringLiteral("name")].toString();
    const QUrl environment = profile->powerPlatformEndpoint.resolved(QUrl(
        QStringLiteral(
            "providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/%1?api-version=2023-06-01")
            .arg(envId)));

    rate(nam, *profile, health, {}, 200, 16, &failures); // warm the connections
    const double baseline = rate(nam, *profile, health, {}, count, 16, &failures);
    const double armRate = rate(nam, *profile, subscription, arm, count, 16, &failures);
    const double bapRate = rate(nam, *profile, environment, bap, count, 16, &failures);
    const qint64 peak = peakKiB(sandbox.processId());
    sandbox.terminate();
    sandbox.waitForFinished(10000);

    std::printf("bench/sandbox (scale scenario: 10,000 environments, 50 policies, 20 vaults; %d GETs each, "
                "16 in flight, HTTPS)\n",
                count);
    std::printf("  start-up to announcement       : %8lld ms\n", startupMs);
    std::printf("  baseline: health (no auth)     : %8.0f requests/s\n", baseline);
    std::printf("  ARM GET subscription (bearer)  : %8.0f requests/s  (%.2fx baseline; target >= 2000: %s)\n",
                armRate, armRate / baseline, armRate >= 2000 ? "met" : "MISSED");
    std::printf("  BAP GET environment (bearer)   : %8.0f requests/s  (%.2fx baseline; target >= 2000: %s)\n",
                bapRate, bapRate / baseline, bapRate >= 2000 ? "met" : "MISSED");
    std::printf("  sandbox memory after loading   : %8lld MiB\n", afterLoad / 1024);
    std::printf("  sandbox peak memory            : %8lld MiB (target <= 300: %s)\n", peak / 1024,
                peak / 1024 <= 300 ? "met" : "MISSED");
    std::printf("  failed requests                : %8d\n", failures);
    return failures == 0 ? 0 : 1;
}
