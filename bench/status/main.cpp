// bench_status: the status service on the scale scenario (10,000 environments, 50 enterprise
// policies, 20 vaults) with 20 ms added to every answer, against cmk-sandbox in its own process,
// signed in as Riley (support: Global Reader, Reader on the subscription). Prints the full run's
// wall time, its requests next to the minimum computed from the sandbox's own state (pages +
// distinct policies + vaults + keys + access lists + role definitions), a serial per-environment
// client measured in the same run on an evenly spread sample and extrapolated linearly, the
// speed-up, and the peak resident memory; then the same through the real `cmkctl status --output
// json` process (signed in once with `cmkctl auth login`, a credential file), its wall time,
// requests from the sandbox's log and the cmkctl process's peak resident memory; PASS/FAIL
// against the targets, exit 0 either way.
// Usage: bench_status [--latency MS] [--sample N] [--runs N] [--in-flight N]

#include "auth/browsersignin.h"
#include "auth/credentialstore.h"
#include "auth/tokenbroker.h"
#include "benchsession.h"
#include "http/journal.h"
#include "http/networkaccess.h"
#include "http/pipeline.h"
#include "sandboxclient.h"
#include "services/armclient.h"
#include "services/powerplatformclient.h"
#include "status/statusservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace cmk;
using namespace cmk::testing;

namespace {

long peakRssKb()
{
#ifdef Q_OS_UNIX
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
#else
    return -1;
#endif
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

const char *verdict(bool ok)
{
    return ok ? "PASS" : "FAIL";
}

/// The fewest requests any client needs, from the sandbox's state: environment pages of 1000,
/// each linked policy, its vault and key version, one access list per (RBAC vault, identity), and
/// each role definition assigned to those identities there.
struct Minimum
{
    int pages = 0, policies = 0, vaults = 0, keys = 0, accessLists = 0, roleDefinitions = 0;
    int total() const { return pages + policies + vaults + keys + accessLists + roleDefinitions; }
};

Minimum minimumFrom(const QJsonObject &state)
{
    Minimum m;
    const QJsonArray environments = state.value(QStringLiteral("environments")).toArray();
    m.pages = int((environments.size() + 999) / 1000);
    QHash<QString, QJsonObject> resources;
    QList<QJsonObject> assignments;
    for (const QJsonValue &v : state.value(QStringLiteral("resources")).toArray()) {
        const QJsonObject r = v.toObject();
        resources.insert(r.value(QStringLiteral("id")).toString().toLower(),
                         r.value(QStringLiteral("body")).toObject());
        if (r.value(QStringLiteral("type")).toString()
            == QLatin1StringView("Microsoft.Authorization/roleAssignments"))
            assignments
                << r.value(QStringLiteral("body")).toObject().value(QStringLiteral("properties")).toObject();
    }
    QSet<QString> policies, vaults, keys, access, roles;
    for (const QJsonValue &v : environments) {
        const QString policy = v.toObject().value(QStringLiteral("policy")).toString();
        if (!policy.isEmpty())
            policies.insert(policy);
    }
    for (const QString &policy : std::as_const(policies)) {
        const QJsonObject body = resources.value(policy);
        const QJsonObject kv = body.value(QStringLiteral("properties"))
                                   .toObject()
                                   .value(QStringLiteral("encryption"))
                                   .toObject()
                                   .value(QStringLiteral("keyVault"))
                                   .toObject();
        const QString vault = kv.value(QStringLiteral("id")).toString().toLower();
        const QJsonObject key = kv.value(QStringLiteral("key")).toObject();
        vaults.insert(vault);
        keys.insert(vault + u'|' + key.value(QStringLiteral("name")).toString() + u'|'
                    + key.value(QStringLiteral("version")).toString());
        const QString principal = body.value(QStringLiteral("identity"))
                                      .toObject()
                                      .value(QStringLiteral("systemAssignedIdentityPrincipalId"))
                                      .toString();
        const bool rbac = resources.value(vault)
                              .value(QStringLiteral("properties"))
                              .toObject()
                              .value(QStringLiteral("enableRbacAuthorization"))
                              .toBool();
        if (!rbac)
            continue;
        access.insert(vault + u'|' + principal);
        for (const QJsonObject &a : std::as_const(assignments)) {
            const QString scope = a.value(QStringLiteral("scope")).toString().toLower();
            if (a.value(QStringLiteral("principalId")).toString().compare(principal, Qt::CaseInsensitive) == 0
                && (vault == scope || vault.startsWith(scope + u'/') || scope.startsWith(vault + u'/')))
                roles.insert(
                    a.value(QStringLiteral("roleDefinitionId")).toString().section(u'/', -1).toLower());
        }
    }
    m.policies = int(policies.size());
    m.vaults = int(vaults.size());
    m.keys = int(keys.size());
    m.accessLists = int(access.size());
    m.roleDefinitions = int(roles.size());
    return m;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int latency = option(args, QStringLiteral("--latency"), 20);
    const int sampleSize = option(args, QStringLiteral("--sample"), 300);
    const int runs = qMax(1, option(args, QStringLiteral("--runs"), 3));
    const int inFlight = option(args, QStringLiteral("--in-flight"), status::StatusOptions().maxInFlight);

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QStringLiteral(CMK_SANDBOX),
                  {QStringLiteral("--scenario"), QStringLiteral("scale"), QStringLiteral("--latency"),
                   QString::number(latency)});
    if (!sandbox.waitForReadyRead(120000)) {
        std::fprintf(stderr, "bench_status: the sandbox did not start\n");
        return 1;
    }
    const QJsonObject announcement = QJsonDocument::fromJson(sandbox.readLine()).object();
    const auto profile = CloudProfile::fromJson(
        QJsonDocument(announcement.value(QStringLiteral("cloudProfile")).toObject()).toJson());
    const QUrl adminApi(announcement.value(QStringLiteral("adminApi")).toString());
    if (!profile) {
        std::fprintf(stderr, "bench_status: no profile in the announcement\n");
        return 1;
    }

    // The product's wiring, and the person the benchmark calls as.
    testing::BenchSession session(*profile);
    http::Pipeline *signedIn = session.signIn(QStringLiteral("riley@contoso.onmicrosoft.com"),
                                              QStringLiteral("Sandbox-Support-1"));
    if (!signedIn) {
        std::fprintf(stderr, "bench_status: sign-in failed\n");
        return 1;
    }
    http::Pipeline &pipeline = *signedIn;
    const QString tenant = session.account->realm;
    SandboxHttp browser(*profile); // the sandbox's admin API

    const QUrl requests = adminApi.resolved(QUrl(QStringLiteral("requests")));
    const auto serviceRequests = [&]() {
        int count = 0;
        for (const QJsonValue &v : browser.get(requests).json().value(QStringLiteral("value")).toArray()) {
            const QString service = v.toObject().value(QStringLiteral("service")).toString();
            if (service != QLatin1StringView("identity") && service != QLatin1StringView("login"))
                ++count;
        }
        return count;
    };
    const auto pageServerSeconds = [&]() {
        qint64 ms = 0;
        for (const QJsonValue &v : browser.get(requests).json().value(QStringLiteral("value")).toArray()) {
            if (v.toObject().value(QStringLiteral("service")).toString()
                == QLatin1StringView("powerplatform"))
                ms += v.toObject().value(QStringLiteral("latencyMs")).toInteger();
        }
        return double(ms) / 1000.0;
    };
    const Minimum minimum = minimumFrom(browser.get(adminApi.resolved(QUrl(QStringLiteral("state")))).json());

    // The status service, `runs` times (fresh caches each run; tokens stay cached after the first).
    status::StatusOptions options;
    options.maxInFlight = inFlight;
    std::vector<double> wall, listed, serverListing;
    std::vector<int> sent;
    status::StatusReport report;
    int batches = 0;
    for (int run = 0; run < runs; ++run) {
        browser.send("DELETE", requests);
        status::StatusService service(&pipeline, &pipeline, nullptr);
        service.setOptions(options);
        QEventLoop done;
        QObject::connect(&service, &status::StatusService::rowsReady, &done,
                         [&](const QList<status::EnvironmentStatus> &) { ++batches; });
        QObject::connect(&service, &status::StatusService::finished, &done,
                         [&](const status::StatusReport &r) {
                             report = r;
                             done.quit();
                         });
        QElapsedTimer timer;
        double listedAt = -1;
        QObject::connect(&service, &status::StatusService::progress, &done, [&](int, int, bool listingDone) {
            if (listingDone && listedAt < 0)
                listedAt = double(timer.nsecsElapsed()) / 1e9;
        });
        timer.start();
        service.start(tenant);
        done.exec();
        wall.push_back(double(timer.nsecsElapsed()) / 1e9);
        listed.push_back(listedAt);
        sent.push_back(serviceRequests());
        serverListing.push_back(pageServerSeconds());
    }
    const long rssAfterStatus = peakRssKb();
    const int environments = int(report.rows.size());

    // The same through the cmkctl process, as a script would run it.
    QTemporaryDir ctlDir;
    const QString profileFile = ctlDir.filePath(QStringLiteral("profile.json"));
    const QString credentials = ctlDir.filePath(QStringLiteral("signins.json"));
    {
        QFile f(profileFile);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(announcement.value(QStringLiteral("cloudProfile")).toObject()).toJson());
    }
    QProcessEnvironment ctlEnv = QProcessEnvironment::systemEnvironment();
    ctlEnv.insert(QStringLiteral("HOME"), ctlDir.path()); // its journal stays in the temporary directory
    ctlEnv.remove(QStringLiteral("XDG_DATA_HOME"));
    const auto cmkctl = [&](const QStringList &arguments, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(ctlEnv);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(CMK_CMKCTL),
                QStringList {QStringLiteral("--profile"), profileFile, QStringLiteral("--credential-file"),
                             credentials}
                    + arguments);
        p.waitForFinished(300000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const int loginCode = cmkctl({QStringLiteral("auth"), QStringLiteral("login"), QStringLiteral("--as"),
                                  QStringLiteral("riley@contoso.onmicrosoft.com")},
                                 nullptr);
    std::vector<double> ctlWall;
    std::vector<int> ctlSent;
    int ctlCode = -1;
    int ctlRows = -1;
    for (int run = 0; loginCode == 0 && run < runs; ++run) {
        browser.send("DELETE", requests);
        QByteArray json;
        QElapsedTimer timer;
        timer.start();
        ctlCode
            = cmkctl({QStringLiteral("status"), QStringLiteral("--output"), QStringLiteral("json")}, &json);
        ctlWall.push_back(double(timer.nsecsElapsed()) / 1e9);
        ctlSent.push_back(serviceRequests());
        ctlRows = int(
            QJsonDocument::fromJson(json).object().value(QStringLiteral("environments")).toArray().size());
    }
#ifdef Q_OS_UNIX
    rusage children {};
    getrusage(RUSAGE_CHILDREN, &children); // the largest finished child: a cmkctl (the sandbox still runs)
    const long ctlPeakKb = children.ru_maxrss;
#else
    const long ctlPeakKb = -1;
#endif

    // The serial per-environment client: GET the environment by id, then its policy, vault and key,
    // one request at a time, on an evenly spread sample of environments.
    services::PowerPlatformClient pp(&pipeline);
    services::ArmClient arm(&pipeline);
    QObject context;
    const int sample = qMin(sampleSize, environments);
    const int stride = qMax(1, environments / qMax(1, sample));
    int serialRequests = 0, serialFailures = 0;
    browser.send("DELETE", requests);
    QElapsedTimer serialTimer;
    serialTimer.start();
    for (int i = 0; i < sample; ++i) {
        const status::EnvironmentStatus &row = report.rows.at(i * stride);
        QEventLoop loop;
        const auto fail = [&](const http::ServiceError &) {
            ++serialFailures;
            loop.quit();
        };
        ++serialRequests;
        pp.environment(
            *EnvironmentId::parse(row.id), &context,
            [&](const services::Reply<services::PowerPlatformEnvironment> &e) {
                if (!e.ok())
                    return fail(e.error);
                if (!e.value->customerManagedKey) {
                    loop.quit();
                    return;
                }
                const auto policyId = ResourceId::parse(e.value->customerManagedKey->policyResourceId);
                ++serialRequests;
                arm.getEnterprisePolicy(
                    *policyId, &context, [&](const services::Reply<services::EnterprisePolicy> &p) {
                        if (!p.ok())
                            return fail(p.error);
                        const services::EnterprisePolicy policy = *p.value;
                        ++serialRequests;
                        arm.getVault(policy.keyVault, &context,
                                     [&, policy](const services::Reply<services::KeyVault> &v) {
                                         if (!v.ok())
                                             return fail(v.error);
                                         ++serialRequests;
                                         arm.getVaultKey(policy.keyVault, policy.keyName, policy.keyVersion,
                                                         &context,
                                                         [&](const services::Reply<services::VaultKey> &k) {
                                                             if (!k.ok())
                                                                 return fail(k.error);
                                                             loop.quit();
                                                         });
                                     });
                    });
            });
        loop.exec();
    }
    const double serialSample = double(serialTimer.nsecsElapsed()) / 1e9;
    const int serialLogged = serviceRequests();
    const double serialExtrapolated = serialSample * environments / qMax(1, sample);
    const long peakKb = peakRssKb();

    sandbox.terminate();
    sandbox.waitForFinished(10000);

    std::vector<double> sorted = wall;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted[sorted.size() / 2];
    const int maxSent = *std::max_element(sent.begin(), sent.end());
    const double ratio = double(maxSent) / qMax(1, minimum.total());
    const double speedUp = serialExtrapolated / median;
    const status::StatusSummary summary = report.summary();

    std::printf("bench/status (scale scenario against cmk-sandbox, %d ms added to every answer, %d reads in "
                "flight)\n",
                latency, inFlight);
    std::printf(
        "  environments: %d (complete: %s, problems: %d); locked %d, encrypted %d, microsoft-managed %d, "
        "not-eligible %d\n",
        environments, report.complete ? "yes" : "no", summary.problems,
        summary.byState.value(QStringLiteral("locked")), summary.byState.value(QStringLiteral("encrypted")),
        summary.byState.value(QStringLiteral("microsoft-managed")),
        summary.byState.value(QStringLiteral("not-eligible")));
    std::printf("  full status, wall time per run:");
    for (double w : wall)
        std::printf(" %.2f s", w);
    std::printf("  (median %.2f s; rows streamed in %d batches over %d runs)\n", median, batches, runs);
    std::printf("  of which the environment list (%d pages, one after the other):", minimum.pages);
    for (double l : listed)
        std::printf(" %.2f s", l);
    std::printf(" (the sandbox's own time answering them, latency included:");
    for (double l : serverListing)
        std::printf(" %.2f s", l);
    std::printf(")\n");
    std::printf("  requests per run:");
    for (int s : sent)
        std::printf(" %d", s);
    std::printf("; minimum %d = %d pages + %d policies + %d vaults + %d keys + %d access lists + %d role "
                "definitions; ratio %.3f\n",
                minimum.total(), minimum.pages, minimum.policies, minimum.vaults, minimum.keys,
                minimum.accessLists, minimum.roleDefinitions, ratio);
    std::printf(
        "  serial per-environment client (environment, then its policy, vault and key, one at a time):\n");
    std::printf("    measured on a sample of %d environments (every %d-th): %.2f s, %d requests (sandbox "
                "logged %d), %d failures\n",
                sample, stride, serialSample, serialRequests, serialLogged, serialFailures);
    std::printf("    extrapolated linearly to %d environments: %.1f s\n", environments, serialExtrapolated);
    std::printf("  speed-up over the serial client: %.1fx\n", speedUp);
    std::printf("  peak resident memory: %.1f MB (%.1f MB after the status runs)\n", double(peakKb) / 1024.0,
                double(rssAfterStatus) / 1024.0);
    std::sort(ctlWall.begin(), ctlWall.end());
    const double ctlMedian = ctlWall.empty() ? -1 : ctlWall[ctlWall.size() / 2];
    const int ctlMaxSent = ctlSent.empty() ? 0 : *std::max_element(ctlSent.begin(), ctlSent.end());
    const double ctlRatio = double(ctlMaxSent) / qMax(1, minimum.total());
    const double ctlSpeedUp = ctlMedian > 0 ? serialExtrapolated / ctlMedian : 0;
    std::printf(
        "  through the process: cmkctl status --output json (login exit %d; last exit %d, %d environments "
        "in its JSON)\n",
        loginCode, ctlCode, ctlRows);
    std::printf("    wall time per run, process start to exit (sorted):");
    for (double w : ctlWall)
        std::printf(" %.2f s", w);
    std::printf("\n    requests per run:");
    for (int s : ctlSent)
        std::printf(" %d", s);
    std::printf(
        " (ratio to the minimum %.3f); speed-up over the serial client %.1fx; peak resident memory of "
        "cmkctl %.1f MB\n",
        ctlRatio, ctlSpeedUp, double(ctlPeakKb) / 1024.0);
    std::printf("  %s full status <= 3 s (median %.2f s)\n", verdict(median <= 3.0), median);
    std::printf("  %s requests <= 1.1x the minimum (%.3f)\n", verdict(ratio <= 1.1), ratio);
    std::printf("  %s >= 10x faster than the serial client (%.1fx)\n", verdict(speedUp >= 10.0), speedUp);
    std::printf("  %s peak memory <= 200 MB (%.1f MB)\n", verdict(peakKb >= 0 && peakKb <= 200 * 1024),
                double(peakKb) / 1024.0);
    const bool ctlComplete = ctlRows == environments && (ctlCode == 0 || ctlCode == 5);
    std::printf("  %s cmkctl: complete report (%d of %d environments, exit %d)\n", verdict(ctlComplete),
                ctlRows, environments, ctlCode);
    std::printf("  %s cmkctl: full status <= 3 s (median %.2f s)\n",
                verdict(ctlMedian > 0 && ctlMedian <= 3.0), ctlMedian);
    std::printf("  %s cmkctl: requests <= 1.1x the minimum (%.3f)\n",
                verdict(ctlRatio <= 1.1 && ctlMaxSent > 0), ctlRatio);
    std::printf("  %s cmkctl: >= 10x faster than the serial client (%.1fx)\n", verdict(ctlSpeedUp >= 10.0),
                ctlSpeedUp);
    std::printf("  %s cmkctl: peak memory <= 200 MB (%.1f MB)\n",
                verdict(ctlPeakKb > 0 && ctlPeakKb <= 200 * 1024), double(ctlPeakKb) / 1024.0);
    return 0;
}
