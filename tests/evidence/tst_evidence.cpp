// Audit evidence of real runs against the in-process sandbox over real loopback HTTPS: Sam, holding
// both duties, runs the key vault admin track with a justification; Kai makes a policy and Priya
// adds an environment after the typed confirmation; Priya reads the tenant's status. The evidence
// names the people, the roles they held, the separation decision with its justification, the
// confirmations, each step's outcome and every call with the request id the journal recorded; it is
// escaped, and a run and journal seeded with token-shaped strings come out scrubbed.

#include "clientreply.h"
#include "coreharness.h"
#include "evidence/evidencereport.h"
#include "evidence/journalfiles.h"
#include "evidence/secretscrub.h"
#include "roles/roledetector.h"
#include "services/powerplatformclient.h"
#include "status/statusservice.h"
#include "testhelpers.h"
#include "tracks/keys.h"
#include "tracks/powerplatform.h"
#include "tracks/ppenvironments.h"
#include "workflow/runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cmk;
using namespace cmk::evidence;
using namespace cmk::testing;
using namespace cmk::workflow;
using namespace std::chrono_literals;
namespace key = cmk::tracks::key;

namespace {

const DemoUser Priya {QStringLiteral("priya@contoso.onmicrosoft.com"), QStringLiteral("Sandbox-Pp-1"),
                      CustomerTenant};
const QString Justification = QStringLiteral("Only administrator on duty this weekend (ticket 4711)");

tracks::Pacing fastPacing()
{
    tracks::Pacing pacing;
    pacing.firstPoll = 50ms;
    pacing.maxPoll = 200ms;
    pacing.registrationTimeout = 60s;
    pacing.propagationAttempts = 4;
    return pacing;
}

/// The scanner of this test, independent of the product's: anything token-shaped in `text`.
QStringList leaksIn(const QString &text, const QStringList &knownSecrets)
{
    QStringList leaks;
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}"));
    static const QRegularExpression markers(
        QStringLiteral("refresh_token|client_secret|code_verifier|access_token|device_code|Bearer "
                       "|(?<![.\\w])Authorization[\"']?\\s*[:=]|[\"']Authorization[\"']|sbx-rt\\."),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = jwt.match(text); m.hasMatch())
        leaks << QStringLiteral("a JWT (%1...)").arg(m.captured(0).left(6));
    auto it = markers.globalMatch(text);
    while (it.hasNext())
        leaks << QStringLiteral("\"%1\"").arg(it.next().captured(0));
    for (const QString &secret : knownSecrets) {
        if (secret.size() >= 8 && text.contains(secret))
            leaks << QStringLiteral("a known secret (%1...)").arg(secret.left(4));
    }
    return leaks;
}

struct RunOutcome
{
    bool finished = false;
    bool ok = false;
    http::ServiceError error;
};

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void runEvidenceNamesPeopleRolesSeparationAndEveryCall();
    void confirmationsAndTwoPeopleAreInTheEvidence();
    void aRunnerDestroyedMidRunStopsTagging();
    void statusEvidenceHasEveryEnvironmentAndItsCalls();
    void seededSecretsAreScrubbedFromJsonAndHtml_data();
    void seededSecretsAreScrubbedFromJsonAndHtml();
    void htmlEscapesEveryValue();
    void journalIsReadAcrossRotationOldestFirst();
    void untaggedJournalFallsBackToTheRunsWindowAndTenants();
    void saveIsAtomicAndSaysWhyItFails();
    void formatNames();

private:
    std::unique_ptr<Runner> runnerFor(const DemoUser &who, Track track, const Values &inputs,
                                      const QString &statePath);
    RunOutcome run(Runner &runner, int timeoutMs = 30000);
    Values keyVaultInputs(const QString &policyName, const QString &vaultName, const QString &keyName) const;

    std::unique_ptr<CoreHarness> h;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_homes;
};

void TestEvidence::init()
{
    sandbox::Sandbox::Options options;
    options.scenario = QStringLiteral("demo");
    options.lroMs = 200;
    options.timeScale = 3600;
    h = std::make_unique<CoreHarness>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_homes.clear();
}

void TestEvidence::cleanup()
{
    if (h) {
        const QStringList leaks = h->journalLeaks();
        h.reset();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
}

Values TestEvidence::keyVaultInputs(const QString &policyName, const QString &vaultName,
                                    const QString &keyName) const
{
    return {{key::CustomerSubscriptionId, CustomerSubscription},
            {key::CustomerResourceGroup, QStringLiteral("rg-powerplatform")},
            {key::VaultName, vaultName},
            {key::KeyName, keyName},
            {key::PolicyName, policyName},
            {key::PolicyLocation, QStringLiteral("europe")},
            {key::PowerPlatformAdminUpn, Priya.upn},
            {key::HandoffOut, m_dir->filePath(policyName + QStringLiteral(".json"))}};
}

std::unique_ptr<Runner> TestEvidence::runnerFor(const DemoUser &who, Track track, const Values &inputs,
                                                const QString &statePath)
{
    if (!m_homes.contains(who.upn))
        m_homes.insert(who.upn, h->signIn(who));
    const QString home = m_homes.value(who.upn);
    http::Pipeline *pipeline = h->pipelineFor(home, CustomerTenant);
    const auth::SignedInIdentity identity = h->broker->session(home, CustomerTenant)->identity();
    const QString trackId = track.info.id;
    return std::make_unique<Runner>(std::move(track), RunState::create(trackId, h->profile.name, inputs),
                                    statePath, [pipeline, identity](Side) {
                                        StepRun::SideSession session;
                                        session.pipeline = pipeline;
                                        session.identity = identity;
                                        return session;
                                    });
}

RunOutcome TestEvidence::run(Runner &runner, int timeoutMs)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    RunOutcome outcome;
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return outcome;
    outcome.finished = true;
    outcome.ok = finished.first().at(0).toBool();
    outcome.error = finished.first().at(1).value<http::ServiceError>();
    return outcome;
}

// ---- Tests -----------------------------------------------------------------------------------------

void TestEvidence::runEvidenceNamesPeopleRolesSeparationAndEveryCall()
{
    roles::RoleDetector detector;
    const QString statePath = m_dir->filePath(QStringLiteral("sam.json"));
    auto runner = runnerFor(Sam, tracks::powerPlatformKeyVaultTrack(fastPacing()),
                            keyVaultInputs(QStringLiteral("contoso-sam"), QStringLiteral("kv-contoso-sam"),
                                           QStringLiteral("sam-cmk")),
                            statePath);
    runner->setRoleDetector(&detector);
    runner->setSeparationJustification(Justification);
    const RunOutcome ran = run(*runner);
    QVERIFY2(ran.ok, qPrintable(ran.error.technicalSummary()));
    QString error;
    const auto state = RunState::load(statePath, &error);
    QVERIFY2(state, qPrintable(error));

    // The journal on disk: the run's entries are tagged with its id; the sign-in before it is not.
    h->journal->flush();
    const QList<http::JournalEntry> all = readJournal(h->journalDir.path(), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<http::JournalEntry> calls = entriesOfRun(all, *state);
    QVERIFY(calls.size() >= 10);
    QVERIFY(calls.size() < all.size()); // the sign-in is not part of the run
    for (const http::JournalEntry &e : calls)
        QCOMPARE(e.runId, state->runId);
    QVERIFY(h->journal->runId().isEmpty()); // untagged once the run ended

    const EvidenceReport report = EvidenceReport::fromRun(*state, calls);
    QCOMPARE(report.outcome, QStringLiteral("complete"));
    QCOMPARE(report.steps.size(), qsizetype(8));
    for (const EvidenceReport::StepOutcome &s : report.steps) {
        QVERIFY2(s.state == QLatin1StringView("applied") || s.state == QLatin1StringView("already-done"),
                 qPrintable(s.id + u' ' + s.state));
        QCOMPARE(s.by.userPrincipalName, Sam.upn);
        QVERIFY(s.startedAt.isValid() && s.finishedAt.isValid() && s.startedAt <= s.finishedAt);
    }

    // JSON: format, people with roles, the separation decision, every call with its ids.
    const QByteArray json = report.toJson();
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(json, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("cmk-evidence"));
    QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("run"));
    QCOMPARE(doc.value(QStringLiteral("run")).toObject().value(QStringLiteral("runId")).toString(),
             state->runId);

    const QJsonArray people = doc.value(QStringLiteral("people")).toArray();
    QCOMPARE(people.size(), 1);
    const QJsonObject sam = people.first().toObject();
    QCOMPARE(sam.value(QStringLiteral("userPrincipalName")).toString(), Sam.upn);
    QCOMPARE(sam.value(QStringLiteral("steps")).toArray().size(), 8);
    QCOMPARE(sam.value(QStringLiteral("rolesSource")).toString(), QStringLiteral("run"));
    const QStringList samRoles = sam.value(QStringLiteral("roles")).toVariant().toStringList();
    QVERIFY2(samRoles.contains(QStringLiteral("Power Platform Administrator")),
             qPrintable(samRoles.join(u'|')));
    QVERIFY2(std::any_of(samRoles.cbegin(), samRoles.cend(),
                         [](const QString &r) {
                             return r.startsWith(QLatin1StringView("Owner at /subscriptions/"));
                         }),
             qPrintable(samRoles.join(u'|')));
    QVERIFY(sam.value(QStringLiteral("calls")).toInt() > 0);

    const QJsonObject separation = doc.value(QStringLiteral("separation")).toObject();
    QCOMPARE(separation.value(QStringLiteral("justification")).toString(), Justification);
    QCOMPARE(separation.value(QStringLiteral("outcome")).toString(), QStringLiteral("proceeded"));
    QCOMPARE(separation.value(QStringLiteral("policy")).toString(), QStringLiteral("warn"));
    QCOMPARE(separation.value(QStringLiteral("identity"))
                 .toObject()
                 .value(QStringLiteral("userPrincipalName"))
                 .toString(),
             Sam.upn);
    QVERIFY(!separation.value(QStringLiteral("keyVaultAdmin")).toArray().isEmpty());

    const QJsonArray jsonCalls = doc.value(QStringLiteral("calls")).toArray();
    QCOMPARE(jsonCalls.size(), calls.size());
    int withRequestId = 0;
    bool noteSeen = false;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject c = jsonCalls.at(i).toObject();
        QCOMPARE(c.value(QStringLiteral("requestId")).toString(), calls.at(i).requestId);
        QCOMPARE(c.value(QStringLiteral("correlationId")).toString(), calls.at(i).correlationId);
        QCOMPARE(c.value(QStringLiteral("method")).toString(), calls.at(i).method);
        QCOMPARE(c.value(QStringLiteral("status")).toInt(), calls.at(i).status);
        withRequestId += calls.at(i).requestId.isEmpty() ? 0 : 1;
        noteSeen = noteSeen || calls.at(i).note.contains(Justification);
    }
    QVERIFY(withRequestId >= calls.size() / 2);
    QVERIFY(noteSeen); // the runner's separation note is one of the run's entries
    QCOMPARE(doc.value(QStringLiteral("finalState"))
                 .toObject()
                 .value(QStringLiteral("values"))
                 .toObject()
                 .value(key::PolicyName)
                 .toString(),
             QStringLiteral("contoso-sam"));

    // HTML: every section, the justification, each request id.
    const QString html = report.toHtml();
    for (const char *section : {"id=\"summary\"", "id=\"people\"", "id=\"separation\"",
                                "id=\"confirmations\"", "id=\"steps\"", "id=\"calls\"", "id=\"final\""})
        QVERIFY2(html.contains(QLatin1StringView(section)), section);
    QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>")));
    QVERIFY(html.contains(Justification.toHtmlEscaped()));
    QVERIFY(html.contains(Sam.upn));
    for (const http::JournalEntry &e : calls) {
        if (!e.requestId.isEmpty())
            QVERIFY2(html.contains(e.requestId.toHtmlEscaped()), qPrintable(e.requestId));
    }
    QVERIFY(!html.contains(QLatin1StringView("<script")));
    QVERIFY(!html.contains(QLatin1StringView("http://"))); // self-contained: nothing fetched

    // No secret: neither token-shaped text nor any token the sign-in returned.
    QVERIFY2(leaksIn(QString::fromUtf8(json), h->secrets).isEmpty(),
             qPrintable(leaksIn(QString::fromUtf8(json), h->secrets).join(u'\n')));
    QVERIFY2(leaksIn(html, h->secrets).isEmpty(), qPrintable(leaksIn(html, h->secrets).join(u'\n')));

    const QString path = m_dir->filePath(QStringLiteral("evidence.html"));
    QVERIFY2(report.save(path, EvidenceReport::Format::Html, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), html);
}

void TestEvidence::confirmationsAndTwoPeopleAreInTheEvidence()
{
    auto kai = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()),
                         keyVaultInputs(QStringLiteral("contoso-cmk"), QStringLiteral("kv-contoso-pp"),
                                        QStringLiteral("pp-cmk")),
                         m_dir->filePath(QStringLiteral("kai.json")));
    const RunOutcome policy = run(*kai);
    QVERIFY2(policy.ok, qPrintable(policy.error.technicalSummary()));

    // Priya adds Contoso Sales Test after typing the policy's name.
    if (!m_homes.contains(Priya.upn))
        m_homes.insert(Priya.upn, h->signIn(Priya));
    services::PowerPlatformClient pp(h->pipelineFor(m_homes.value(Priya.upn), CustomerTenant));
    const auto list = testing::awaitReply<QList<services::PowerPlatformEnvironment>>(
        [&](services::Callback<QList<services::PowerPlatformEnvironment>> done) {
            pp.environments(0, this, done);
        });
    QVERIFY(list.ok());
    QString test;
    for (const auto &e : *list.value) {
        if (e.displayName == QLatin1StringView("Contoso Sales Test"))
            test = e.id.toString();
    }
    QVERIFY(!test.isEmpty());
    const QString statePath = m_dir->filePath(QStringLiteral("priya.json"));
    auto add = runnerFor(
        Priya, tracks::powerPlatformEnvironmentsTrack(tracks::EnvironmentChange::Add, fastPacing()),
        {{key::PolicyId, kai->state().values.value(key::PolicyId)}, {key::Environments, test}}, statePath);
    add->setConfirmation(QStringLiteral("contoso-cmk"));
    QSignalSpy added(add.get(), &Runner::finished);
    add->start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto log = h->sandbox.requestLog();
            return std::any_of(log.cbegin(), log.cend(), [](const sandbox::RequestLogEntry &e) {
                return e.method == QLatin1StringView("POST") && e.path.contains(QLatin1StringView("/link"));
            });
        },
        20000));
    h->sandbox.advanceClock(5LL * 3600 * 1000);
    QVERIFY(added.wait(20000) || !added.isEmpty());
    QVERIFY2(added.first().at(0).toBool(),
             qPrintable(added.first().at(1).value<http::ServiceError>().technicalSummary()));

    QString error;
    const auto state = RunState::load(statePath, &error);
    QVERIFY2(state, qPrintable(error));
    h->journal->flush();
    const auto all = readJournal(h->journalDir.path());
    const EvidenceReport report = EvidenceReport::fromRun(*state, entriesOfRun(all, *state));
    QCOMPARE(report.confirmations.size(), qsizetype(1));
    const EvidenceReport::Confirmation c = report.confirmations.first();
    QCOMPARE(c.stepId, QStringLiteral("link"));
    QCOMPARE(c.typedName, QStringLiteral("contoso-cmk"));
    QVERIFY(c.confirmedAt.isValid());
    QCOMPARE(c.planDigest.size(), 16);
    QVERIFY(c.stepEnded);
    QVERIFY(!report.separation); // Priya holds one duty only
    QVERIFY(!report.finalValues.contains(QStringLiteral("audit.confirmed.link")));

    // Kai's run and Priya's run are told apart by their ids: no call of one is in the other.
    const auto kaiCalls = entriesOfRun(all, kai->state());
    const auto priyaCalls = entriesOfRun(all, *state);
    QVERIFY(!kaiCalls.isEmpty() && !priyaCalls.isEmpty());
    const QString kaiObject = kai->state().steps.first().by.objectId;
    for (const http::JournalEntry &e : priyaCalls)
        QVERIFY(e.callerObjectId.isEmpty() || e.callerObjectId != kaiObject);

    const QJsonObject doc = QJsonDocument::fromJson(report.toJson()).object();
    const QJsonObject confirmation = doc.value(QStringLiteral("confirmations")).toArray().first().toObject();
    QCOMPARE(confirmation.value(QStringLiteral("typedName")).toString(), QStringLiteral("contoso-cmk"));
    QCOMPARE(doc.value(QStringLiteral("separation")), QJsonValue(QJsonValue::Null));
    const QString html = report.toHtml();
    QVERIFY(html.contains(QStringLiteral("contoso-cmk")));
    QVERIFY(html.contains(c.planDigest));
    QVERIFY(leaksIn(html, h->secrets).isEmpty());
}

void TestEvidence::aRunnerDestroyedMidRunStopsTagging()
{
    auto runner = runnerFor(Kai, tracks::powerPlatformKeyVaultTrack(fastPacing()),
                            keyVaultInputs(QStringLiteral("contoso-gone"), QStringLiteral("kv-contoso-gone"),
                                           QStringLiteral("gone-cmk")),
                            QString());
    const QString runId = runner->state().runId;
    QSignalSpy started(runner.get(), &Runner::stepStarted);
    runner->start();
    QCOMPARE(h->journal->runId(), runId);
    QVERIFY(started.wait(20000) || !started.isEmpty());
    runner.reset();
    QVERIFY(h->journal->runId().isEmpty());
    // What is recorded afterwards belongs to no run.
    http::JournalEntry later;
    later.time = QDateTime::currentDateTimeUtc();
    later.method = QStringLiteral("GET");
    h->journal->record(later);
    QVERIFY(h->journal->recent().last().runId.isEmpty());
}

void TestEvidence::statusEvidenceHasEveryEnvironmentAndItsCalls()
{
    const QString home = h->signIn(Priya);
    QVERIFY(!home.isEmpty());
    http::Pipeline *pipeline = h->pipelineFor(home, CustomerTenant);
    h->journal->flush();
    const qsizetype before = h->journal->recent().size();
    status::StatusService service(pipeline, pipeline, nullptr);
    status::StatusOptions options = service.options();
    options.clock = [this] { return h->sandbox.now(); };
    service.setOptions(options);
    QSignalSpy finished(&service, &status::StatusService::finished);
    service.start(CustomerTenant);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    const auto report = finished.first().at(0).value<status::StatusReport>();
    QVERIFY(!report.rows.isEmpty());
    const QList<http::JournalEntry> calls = h->journal->recent().mid(before);
    QVERIFY(!calls.isEmpty());

    roles::RoleDetector detector;
    std::optional<roles::RoleProfile> profile;
    detector.detect(pipeline, h->broker->session(home, CustomerTenant)->identity(),
                    {QStringLiteral("/subscriptions/") + CustomerSubscription}, false, this,
                    [&profile](const roles::RoleProfile &p) { profile = p; });
    QVERIFY(QTest::qWaitFor([&] { return profile.has_value(); }, 20000));

    const EvidenceReport evidence = EvidenceReport::fromStatus(report, calls, {*profile});
    QCOMPARE(evidence.kind, EvidenceReport::Kind::Status);
    QCOMPARE(evidence.people.size(), qsizetype(1));
    QCOMPARE(evidence.people.first().userPrincipalName, Priya.upn);
    QVERIFY(evidence.people.first().roles.contains(QStringLiteral("Power Platform Administrator")));
    const QJsonObject doc = QJsonDocument::fromJson(evidence.toJson()).object();
    QCOMPARE(doc.value(QStringLiteral("kind")).toString(), QStringLiteral("status"));
    const QJsonObject status
        = doc.value(QStringLiteral("finalState")).toObject().value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("tenantId")).toString(), CustomerTenant);
    QCOMPARE(doc.value(QStringLiteral("calls")).toArray().size(), calls.size());
    const QString html = evidence.toHtml();
    for (const status::EnvironmentStatus &row : report.rows)
        QVERIFY2(html.contains(row.displayName.toHtmlEscaped()), qPrintable(row.displayName));
    QVERIFY(html.contains(QLatin1StringView("id=\"calls\"")));
    QVERIFY(!html.contains(QLatin1StringView("id=\"separation\""))); // a run's section only
    QVERIFY(leaksIn(html, h->secrets).isEmpty());
    QVERIFY2(leaksIn(QString::fromUtf8(evidence.toJson()), h->secrets).isEmpty(),
             qPrintable(leaksIn(QString::fromUtf8(evidence.toJson()), h->secrets).join(u'\n')));
}

void TestEvidence::seededSecretsAreScrubbedFromJsonAndHtml_data()
{
    QTest::addColumn<QString>("seed");
    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzYW0ifQ.c2lnbmF0dXJlLXNlY3JldA");
    QTest::newRow("jwt") << jwt;
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer ") + jwt;
    QTest::newRow("bearer opaque") << QStringLiteral("sent Bearer sbx-at.0123456789abcdef");
    QTest::newRow("refresh token field") << QStringLiteral("refresh_token=0.AAAAsecretrefresh&scope=x");
    QTest::newRow("refresh token json") << QStringLiteral("{\"refresh_token\": \"0.AAAAsecretrefresh\"}");
    QTest::newRow("client secret") << QStringLiteral("client_secret=Abc~123.secretvalue");
    QTest::newRow("code verifier") << QStringLiteral(
        "code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QTest::newRow("authorization json") << QStringLiteral("\"Authorization\":\"Basic dXNlcjpwYXNz\"");
    QTest::newRow("access token") << QStringLiteral("access_token=opaque-token-value");
}

void TestEvidence::seededSecretsAreScrubbedFromJsonAndHtml()
{
    QFETCH(QString, seed);
    // The product's scanner sees the seed (so the check below can fail), and so does this test's.
    QVERIFY(!secrets::find(seed).isEmpty());
    QVERIFY(!leaksIn(seed, {}).isEmpty());

    // Seeded wherever a string reaches the evidence: a value, a justification, an error message,
    // the journal's URL, note, operation and error code.
    RunState run = RunState::create(QStringLiteral("pp-keyvault"), QStringLiteral("AzureCloud"),
                                    {{QStringLiteral("vault.name"), QStringLiteral("kv-contoso")},
                                     {QStringLiteral("note"), QStringLiteral("kept ") + seed}});
    run.values.insert(QStringLiteral("audit.confirmed.link"),
                      QStringLiteral("contoso-cmk (2026-11-23T15:00:00Z) #0123456789abcdef"));
    StepRecord failed;
    failed.state = StepState::Failed;
    failed.by = {QStringLiteral("customer"), CustomerTenant, QStringLiteral("0000-sam"), Sam.upn};
    failed.errorCode = QStringLiteral("InvalidToken");
    failed.errorMessage = QStringLiteral("The service said: ") + seed;
    run.steps.insert(QStringLiteral("key-vault"), failed);
    roles::SeparationDecision decision;
    decision.side = QStringLiteral("customer");
    decision.tenantId = CustomerTenant;
    decision.objectId = QStringLiteral("0000-sam");
    decision.userPrincipalName = Sam.upn;
    decision.outcome = roles::SeparationDecision::Outcome::Proceeded;
    decision.justification = QStringLiteral("ticket 4711, pasted by mistake: ") + seed;
    decision.decidedAt = QDateTime::currentDateTimeUtc();
    run.separation = decision;

    http::JournalEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.service = QStringLiteral("identity");
    e.method = QStringLiteral("POST");
    e.url = QStringLiteral("https://login.example/token?") + seed;
    e.status = 400;
    e.requestId = QStringLiteral("req-1234");
    e.note = seed;
    e.operation = seed;
    e.runId = run.runId;

    const EvidenceReport report = EvidenceReport::fromRun(run, {e});
    const QString json = QString::fromUtf8(report.toJson());
    const QString html = report.toHtml();
    const QByteArray csv = journalToCsv({e});
    const QByteArray journalJson = journalToJson({e});
    for (const QString &out : {json, html, QString::fromUtf8(csv), QString::fromUtf8(journalJson)}) {
        QVERIFY2(leaksIn(out, {}).isEmpty(), qPrintable(leaksIn(out, {}).join(u'\n')));
        QVERIFY(secrets::find(out).isEmpty());
        QVERIFY(out.contains(QStringLiteral("[redacted]")));
        QVERIFY(out.contains(QStringLiteral("req-1234"))); // what is not secret stays
        QVERIFY(!out.contains(QStringLiteral("dXNlcjpwYXNz")));
    }
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8())
                 .object()
                 .value(QStringLiteral("separation"))
                 .toObject()
                 .value(QStringLiteral("justification"))
                 .toString(),
             QStringLiteral("ticket 4711, pasted by mistake: ") + secrets::scrub(seed));
    QVERIFY(secrets::scrub(seed).contains(secrets::Redacted));
    QVERIFY(QJsonDocument::fromJson(json.toUtf8()).isObject()); // scrubbing keeps the JSON valid
    QVERIFY(QJsonDocument::fromJson(journalJson).isObject());
    QString error;
    QVERIFY2(report.save(m_dir->filePath(QStringLiteral("e.json")), EvidenceReport::Format::Json, &error),
             qPrintable(error));
}

void TestEvidence::htmlEscapesEveryValue()
{
    RunState run = RunState::create(
        QStringLiteral("pp-keyvault"), QStringLiteral("<b>cloud</b>"),
        {{QStringLiteral("vault.name"), QStringLiteral("kv\"><script>alert(1)</script>")}});
    roles::SeparationDecision decision;
    decision.userPrincipalName = QStringLiteral("sam@contoso.onmicrosoft.com");
    decision.outcome = roles::SeparationDecision::Outcome::Proceeded;
    decision.justification = QStringLiteral("<img src=x onerror=alert(2)> & more");
    run.separation = decision;
    http::JournalEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.method = QStringLiteral("GET");
    e.url = QStringLiteral("https://arm.example/x?a=<i>");
    e.requestId = QStringLiteral("<u>id</u>");
    const QString html = EvidenceReport::fromRun(run, {e}).toHtml();
    QVERIFY(!html.contains(QLatin1StringView("<script")));
    QVERIFY(!html.contains(QLatin1StringView("<img")));
    QVERIFY(!html.contains(QLatin1StringView("<b>cloud")));
    QVERIFY(!html.contains(QLatin1StringView("<u>id")));
    QVERIFY(!html.contains(QLatin1StringView("<i>")));
    QVERIFY(html.contains(QLatin1StringView("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1StringView("&lt;img src=x onerror=alert(2)&gt; &amp; more")));
    QVERIFY(html.contains(QLatin1StringView("&lt;u&gt;id&lt;/u&gt;")));
}

void TestEvidence::journalIsReadAcrossRotationOldestFirst()
{
    QTemporaryDir dir;
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-100);
    {
        http::Journal journal(dir.path());
        journal.setRotation(600, 10); // a few entries per file
        for (int i = 0; i < 30; ++i) {
            http::JournalEntry e;
            e.time = t0.addSecs(i);
            e.service = QStringLiteral("arm");
            e.method = QStringLiteral("GET");
            e.url = QStringLiteral("https://arm.example/%1").arg(i);
            e.requestId = QString::number(i);
            journal.record(e);
            journal.flush();
        }
    }
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("journal.2.jsonl")))); // it did rotate
    QFile junk(dir.filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(junk.open(QIODevice::Append));
    junk.write("not json\n\n");
    junk.close();
    QString error;
    const auto all = readJournal(dir.path(), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), qsizetype(30));
    for (int i = 0; i < 30; ++i)
        QCOMPARE(all.at(i).requestId, QString::number(i));
    const auto recent = readJournal(dir.path(), t0.addSecs(25));
    QCOMPARE(recent.size(), qsizetype(5));
    QCOMPARE(recent.first().requestId, QStringLiteral("25"));

    QVERIFY(readJournal(dir.filePath(QStringLiteral("missing")), {}, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("missing")));
}

void TestEvidence::untaggedJournalFallsBackToTheRunsWindowAndTenants()
{
    RunState run = RunState::create(QStringLiteral("pp-keyvault"), QStringLiteral("AzureCloud"), {});
    run.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    run.updatedAt = run.createdAt.addSecs(30);
    StepRecord done;
    done.state = StepState::Applied;
    done.by = {QStringLiteral("customer"), CustomerTenant, QStringLiteral("0000-kai"), Kai.upn};
    run.steps.insert(QStringLiteral("key-vault"), done);
    const auto entry
        = [](const QDateTime &t, const QString &tenant, const QString &id, const QString &runId = {}) {
              http::JournalEntry e;
              e.time = t;
              e.tenantId = tenant;
              e.requestId = id;
              e.runId = runId;
              return e;
          };
    const QList<http::JournalEntry> untagged {
        entry(run.createdAt.addSecs(-5), CustomerTenant, QStringLiteral("before")),
        entry(run.createdAt.addSecs(5), CustomerTenant, QStringLiteral("inside")),
        entry(run.createdAt.addSecs(6), IsvTenant, QStringLiteral("other-tenant")),
        entry(run.updatedAt.addSecs(30), CustomerTenant, QStringLiteral("after"))};
    const auto picked = entriesOfRun(untagged, run);
    QCOMPARE(picked.size(), qsizetype(1));
    QCOMPARE(picked.first().requestId, QStringLiteral("inside"));

    // Tagged entries win: the window is not looked at.
    QList<http::JournalEntry> tagged = untagged;
    tagged << entry(run.updatedAt.addSecs(90), CustomerTenant, QStringLiteral("tagged"), run.runId)
           << entry(run.createdAt.addSecs(7), CustomerTenant, QStringLiteral("another run"),
                    QStringLiteral("x"));
    const auto byId = entriesOfRun(tagged, run);
    QCOMPARE(byId.size(), qsizetype(1));
    QCOMPARE(byId.first().requestId, QStringLiteral("tagged"));
}

void TestEvidence::saveIsAtomicAndSaysWhyItFails()
{
    const RunState run = RunState::create(QStringLiteral("pp-keyvault"), QStringLiteral("AzureCloud"), {});
    const EvidenceReport report = EvidenceReport::fromRun(run, {});
    QString error;
    const QString missing = m_dir->filePath(QStringLiteral("no/such/dir/e.html"));
    QVERIFY(!report.save(missing, EvidenceReport::Format::Html, &error));
    QVERIFY2(error.contains(QStringLiteral("e.html")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));

    // An existing file is replaced whole.
    const QString path = m_dir->filePath(QStringLiteral("e.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();
    QVERIFY2(report.save(path, EvidenceReport::Format::Json, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("cmk-evidence"));
    QCOMPARE(doc.value(QStringLiteral("outcome")).toString(), QStringLiteral("in-progress"));
}

void TestEvidence::formatNames()
{
    QCOMPARE(EvidenceReport::formatFromName(u"html"), EvidenceReport::Format::Html);
    QCOMPARE(EvidenceReport::formatFromName(u"JSON"), EvidenceReport::Format::Json);
    QVERIFY(!EvidenceReport::formatFromName(u"pdf"));
    QVERIFY(!EvidenceReport::formatFromName(u""));
    QCOMPARE(EvidenceReport::formatName(EvidenceReport::Format::Html), QStringLiteral("html"));
    // Resource paths are not credentials.
    const QString roleUrl = QStringLiteral("https://management.example/subscriptions/x/providers/"
                                           "Microsoft.Authorization/roleAssignments?api-version=1");
    QCOMPARE(secrets::scrub(roleUrl), roleUrl);
    QVERIFY(secrets::find(roleUrl).isEmpty());
    const QString prose = QStringLiteral("The client does not have authorization to perform action x.");
    QCOMPARE(secrets::scrub(prose), prose);
}

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
