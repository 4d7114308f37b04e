// bench_pipeline: what the pipeline costs per request (ids, token from the cache, retry and
// timeout bookkeeping, per-host queue, the journal on disk) next to a bare
// QNetworkAccessManager GET of the same URL with the same token in the same run, one request
// at a time and eight in flight; and how many token requests a run of mixed calls makes. Both
// send the headers every Azure call carries, so the server does the same work for each.
// Against cmk-sandbox in its own process. Usage: bench_pipeline [requests-per-round]

#include "auth/browsersignin.h"
#include "auth/credentialstore.h"
#include "auth/tokenbroker.h"
#include "benchsession.h"
#include "http/journal.h"
#include "http/networkaccess.h"
#include "http/pipeline.h"
#include "sandboxclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cmk;
using namespace cmk::testing;

namespace {

/// Runs `count` requests with `inFlight` outstanding through `start`, which calls its argument
/// when a request is done; returns microseconds per request.
double perRequestUs(int count, int inFlight, const std::function<void(std::function<void(bool)>)> &start,
                    int *failures)
{
    int sent = 0, done = 0;
    QEventLoop loop;
    std::function<void()> next = [&] {
        ++sent;
        start([&](bool ok) {
            if (!ok)
                ++*failures;
            if (++done == count)
                loop.quit();
            else if (sent < count)
                next();
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < inFlight && sent < count; ++i)
        next();
    loop.exec();
    return double(timer.nsecsElapsed()) / 1000.0 / count;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? qMax(100, atoi(argv[1])) : 2000;
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(QStringLiteral(CMK_SANDBOX), {QStringLiteral("--scenario"), QStringLiteral("demo")});
    if (!sandbox.waitForReadyRead(60000)) {
        std::fprintf(stderr, "bench_pipeline: the sandbox did not start\n");
        return 1;
    }
    const QJsonObject announcement = QJsonDocument::fromJson(sandbox.readLine()).object();
    const auto profile = CloudProfile::fromJson(
        QJsonDocument(announcement.value(QStringLiteral("cloudProfile")).toObject()).toJson());
    if (!profile) {
        std::fprintf(stderr, "bench_pipeline: no profile in the announcement\n");
        return 1;
    }

    // The product's wiring: one network access manager, a journal on disk, a token broker.
    // The product's wiring, and the person the benchmark calls as.
    testing::BenchSession session(*profile);
    http::Pipeline *signedIn
        = session.signIn(QStringLiteral("sam@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Both-1"));
    if (!signedIn) {
        std::fprintf(stderr, "bench_pipeline: sign-in failed\n");
        return 1;
    }
    http::Pipeline &pipeline = *signedIn;
    auth::TokenBroker &broker = session.broker;
    http::Journal &journal = session.journal;
    const auto &account = session.account;
    const QString tenant = account->realm;

    const QUrl url = profile->armEndpoint.resolved(
        QUrl(QStringLiteral("subscriptions/bbbbbbbb-0000-0000-0000-000000000002?api-version=2022-12-01")));
    QString token;
    broker.acquire(account->homeAccountId, tenant, profile->armScope, false, &app,
                   [&](const http::TokenResult &t) { token = t.accessToken; });
    const QSslConfiguration tls = http::ProfileNetworkAccessManager::tlsConfiguration(*profile);
    QNetworkAccessManager bareNam;
    int failures = 0;

    const auto bare = [&](std::function<void(bool)> done) {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        // The headers every Azure call carries, so the server does the same work for both.
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("User-Agent", "CmkWizard/bench");
        request.setRawHeader("x-ms-client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setRawHeader("x-ms-return-client-request-id", "true");
        request.setRawHeader("x-ms-correlation-request-id",
                             QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        QNetworkReply *reply = bareNam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
            reply->readAll();
            done(reply->error() == QNetworkReply::NoError);
            reply->deleteLater();
        });
    };
    const auto viaPipeline = [&](std::function<void(bool)> done) {
        http::RequestSpec spec;
        spec.url = url;
        spec.operation = QStringLiteral("read subscription");
        http::Call *call = pipeline.send(spec);
        QObject::connect(call, &http::Call::finished, call, [done](const http::Result &r) { done(r.ok()); });
    };

    // Warm both connection pools, then alternate rounds so drift hits both alike.
    perRequestUs(200, 8, bare, &failures);
    perRequestUs(200, 8, viaPipeline, &failures);
    std::vector<double> bare1, pipe1, bare8, pipe8;
    for (int round = 0; round < 5; ++round) {
        bare1.push_back(perRequestUs(count / 4, 1, bare, &failures));
        pipe1.push_back(perRequestUs(count / 4, 1, viaPipeline, &failures));
        bare8.push_back(perRequestUs(count, 8, bare, &failures));
        pipe8.push_back(perRequestUs(count, 8, viaPipeline, &failures));
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };

    // Token requests per run: 60 calls spread over ARM, Graph and Power Platform, 20 at once.
    const int before = broker.endpoint()->requestCount();
    int pending = 0;
    QEventLoop mixed;
    const QList<QPair<http::ServiceKind, QUrl>> targets {
        {http::ServiceKind::Arm, url},
        {http::ServiceKind::Graph, profile->graphEndpoint.resolved(QUrl(QStringLiteral("v1.0/me")))},
        {http::ServiceKind::PowerPlatform,
         profile->powerPlatformEndpoint.resolved(QUrl(QStringLiteral(
             "providers/Microsoft.BusinessAppPlatform/scopes/admin/environments?api-version=2023-06-01")))}};
    for (int i = 0; i < 60; ++i) {
        http::RequestSpec spec;
        spec.service = targets.at(i % 3).first;
        spec.url = targets.at(i % 3).second;
        http::Call *call = pipeline.send(spec);
        ++pending;
        QObject::connect(call, &http::Call::finished, &mixed, [&](const http::Result &r) {
            if (!r.ok())
                ++failures;
            if (--pending == 0)
                mixed.quit();
        });
    }
    mixed.exec();
    const int tokenRequests = broker.endpoint()->requestCount() - before;

    sandbox.terminate();
    sandbox.waitForFinished(10000);

    const double r1 = median(pipe1) / median(bare1);
    const double r8 = median(pipe8) / median(bare8);
    std::printf("bench/pipeline (ARM GET over HTTPS to cmk-sandbox; medians of 5 alternating rounds)\n");
    std::printf("  bare QNAM GET, 1 in flight     : %8.0f us/request\n", median(bare1));
    std::printf("  pipeline GET, 1 in flight      : %8.0f us/request  (%.2fx; target <= 1.2x: %s)\n",
                median(pipe1), r1, r1 <= 1.2 ? "met" : "MISSED");
    std::printf("  bare QNAM GET, 8 in flight     : %8.0f us/request\n", median(bare8));
    std::printf("  pipeline GET, 8 in flight      : %8.0f us/request  (%.2fx; target <= 1.2x: %s)\n",
                median(pipe8), r8, r8 <= 1.2 ? "met" : "MISSED");
    std::printf(
        "  token requests, 60 mixed calls : %8d for 2 new audiences (Graph, Power Platform) in 1 tenant "
        "(target: one per tenant and audience: %s)\n",
        tokenRequests, tokenRequests == 2 ? "met" : "MISSED");
    std::printf("  journal lines written          : %8lld\n", qint64(journal.recent().size()));
    std::printf("  failed requests                : %8d\n", failures);
    return failures == 0 ? 0 : 1;
}
