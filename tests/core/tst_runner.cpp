// The workflow runner on steps whose "cloud" is a map in this test: inputs refused before any
// request, preflight problems reported together, check-plan-apply-verify, zero writes on a
// re-run, the run file saved after every step and read back by a new runner after a "crash",
// a saved long-running operation resumed, approval, cancel, retry after a failure.

#include "http/pipeline.h"
#include "workflow/runner.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cmk;
using namespace cmk::workflow;

namespace {

/// The fake cloud: what exists, and how many writes reached it.
struct World
{
    QMap<QString, QString> objects;
    int writes = 0;
    QMap<QString, int> applyFailures; ///< step id -> how many applies fail first
    QStringList preflightProblems; ///< step ids whose preflight fails
};

class FakeStep : public Step
{
public:
    FakeStep(World *world, QString id, QString number, QStringList dependsOn, bool longRunning = false)
        : m_world(world)
        , m_id(std::move(id))
        , m_number(std::move(number))
        , m_dependsOn(std::move(dependsOn))
        , m_longRunning(longRunning)
    {
    }

    Info info() const override
    {
        return {m_id,
                m_number,
                QStringLiteral("Step %1").arg(m_number),
                Side::Isv,
                QStringLiteral("Owner"),
                m_dependsOn,
                {m_id + QStringLiteral(".id")},
                QStringLiteral("A test step. It records its id."),
                {}};
    }
    QList<InputSpec> inputs() const override
    {
        if (m_id != QLatin1StringView("first"))
            return {};
        InputSpec region {
            QStringLiteral("region"), QStringLiteral("Region"), QStringLiteral("Choose a region."), true,
            [](const QString &value) -> std::optional<ParseError> {
                if (value == QLatin1StringView("westeurope") || value == QLatin1StringView("eastus"))
                    return std::nullopt;
                return ParseError {
                    ParseErrorCategory::UnknownValue,
                    QStringLiteral("%1 is not a region; use westeurope or eastus.").arg(value)};
            }};
        return {region};
    }
    void preflight(StepRun &run) const override
    {
        QTimer::singleShot(1, &run, [this, &run] {
            if (m_world->preflightProblems.contains(m_id)) {
                http::ServiceError e;
                e.kind = http::ServiceError::Kind::InvalidInput;
                e.message = QStringLiteral("%1 lacks a role").arg(m_id);
                run.failed(e);
            } else {
                run.succeeded();
            }
        });
    }
    void check(StepRun &run) const override
    {
        QTimer::singleShot(1, &run, [this, &run] {
            const QString key = m_id + QStringLiteral(".id");
            const bool done = m_world->objects.contains(m_id);
            run.checked(done, done ? Values {{key, m_world->objects.value(m_id)}} : Values {});
        });
    }
    Plan plan(const Values &values, const CloudProfile &) const override
    {
        PlannedCall call;
        call.method = "PUT";
        call.url = QUrl(QStringLiteral("https://management.azure.com/fake/%1?region=%2")
                            .arg(m_id, values.value(QStringLiteral("region"))));
        call.why = QStringLiteral("create %1").arg(m_id);
        return Plan {{call}, {}, std::nullopt};
    }
    void apply(StepRun &run) const override
    {
        QTimer::singleShot(1, &run, [this, &run] {
            ++m_world->writes;
            if (m_world->applyFailures.value(m_id) > 0) {
                --m_world->applyFailures[m_id];
                http::ServiceError e = http::ServiceError::fromResponse(
                    http::ServiceKind::Arm, 409,
                    R"({"error":{"code":"AnotherOperationInProgress","message":"busy"}})", {});
                run.failed(e);
                return;
            }
            if (m_longRunning) {
                http::OperationState op;
                op.style = http::OperationState::Style::Location;
                op.pollUrl = QUrl(QStringLiteral("https://management.azure.com/operations/%1").arg(m_id));
                op.startedAt = QDateTime::currentDateTimeUtc();
                op.method = "PUT";
                run.saveOperation(op);
                QTimer::singleShot(30, &run, [this, &run] { finishOperation(run); });
                return;
            }
            m_world->objects.insert(m_id, m_id + QStringLiteral("-object"));
            run.succeeded({{m_id + QStringLiteral(".id"), m_id + QStringLiteral("-object")}});
        });
    }
    void resume(StepRun &run, const http::OperationState &operation) const override
    {
        ++resumes;
        QVERIFY(operation.pollUrl.path().endsWith(m_id));
        QTimer::singleShot(1, &run, [this, &run] { finishOperation(run); });
    }
    void finishOperation(StepRun &run) const
    {
        m_world->objects.insert(m_id, m_id + QStringLiteral("-object"));
        run.succeeded({{m_id + QStringLiteral(".id"), m_id + QStringLiteral("-object")}});
    }

    mutable int resumes = 0;

private:
    World *m_world;
    QString m_id;
    QString m_number;
    QStringList m_dependsOn;
    bool m_longRunning;
};

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void runsEveryStepAndSavesTheRun();
    void rerunWritesNothing();
    void badInputsStopBeforeAnything_data();
    void badInputsStopBeforeAnything();
    void preflightReportsEverythingAtOnce();
    void failedStepIsRetriedWithItsInputs();
    void crashAndResume();
    void savedOperationIsResumed();
    void approvalIsAsked();
    void cancelLeavesTheStepToCheckAgain();
    void unsavableRunStops();
    void runFileIsValidated_data();
    void runFileIsValidated();
    void trackShapeIsChecked();

private:
    Track makeTrack(bool longRunningSecond = false);
    std::unique_ptr<Runner> makeRunner(const Track &track, RunState state, const QString &path);
    bool run(Runner &runner, int timeoutMs = 5000);

    World m_world;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<http::Pipeline> m_pipeline;
    QString m_path;
};

void TestRunner::init()
{
    m_world = World();
    m_pipeline
        = std::make_unique<http::Pipeline>(&m_nam, *CloudProfile::builtIn(u"AzureCloud"), nullptr, nullptr);
    m_path
        = m_dir.filePath(QStringLiteral("run-%1.json").arg(QLatin1StringView(QTest::currentTestFunction())));
    QFile::remove(m_path);
}

Track TestRunner::makeTrack(bool longRunningSecond)
{
    Track track;
    track.info.id = QStringLiteral("fake");
    track.steps.push_back(
        std::make_shared<FakeStep>(&m_world, QStringLiteral("first"), QStringLiteral("1"), QStringList {}));
    track.steps.push_back(std::make_shared<FakeStep>(&m_world, QStringLiteral("second"), QStringLiteral("2"),
                                                     QStringList {QStringLiteral("first")},
                                                     longRunningSecond));
    track.steps.push_back(std::make_shared<FakeStep>(&m_world, QStringLiteral("third"), QStringLiteral("3"),
                                                     QStringList {QStringLiteral("second")}));
    return track;
}

std::unique_ptr<Runner> TestRunner::makeRunner(const Track &track, RunState state, const QString &path)
{
    http::Pipeline *pipeline = m_pipeline.get();
    return std::make_unique<Runner>(track, std::move(state), path, [pipeline](Side side) {
        StepRun::SideSession s;
        s.pipeline = pipeline;
        s.identity.tenantId
            = side == Side::Isv ? QStringLiteral("isv-tenant") : QStringLiteral("customer-tenant");
        s.identity.objectId = QStringLiteral("alex-oid");
        s.identity.userPrincipalName = QStringLiteral("alex@example.test");
        return s;
    });
}

bool TestRunner::run(Runner &runner, int timeoutMs)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return false;
    return finished.first().at(0).toBool();
}

void TestRunner::runsEveryStepAndSavesTheRun()
{
    auto runner = makeRunner(makeTrack(),
                             RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"),
                                              {{QStringLiteral("region"), QStringLiteral("westeurope")}}),
                             m_path);
    QSignalSpy plans(runner.get(), &Runner::planReady);
    QSignalSpy steps(runner.get(), &Runner::stepFinished);
    QVERIFY(run(*runner));
    QCOMPARE(m_world.writes, 3);
    QCOMPARE(plans.size(), 3);
    QCOMPARE(plans.first().at(1).value<Plan>().calls.first().url.query(),
             QStringLiteral("region=westeurope"));
    QCOMPARE(steps.size(), 3);
    // Outputs of each step are in the run's values, and who ran it is recorded.
    QCOMPARE(runner->state().values.value(QStringLiteral("second.id")), QStringLiteral("second-object"));
    QString error;
    const auto saved = RunState::load(m_path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->steps.value(QStringLiteral("third")).state, StepState::Applied);
    QCOMPARE(saved->steps.value(QStringLiteral("first")).by.userPrincipalName,
             QStringLiteral("alex@example.test"));
    QCOMPARE(saved->steps.value(QStringLiteral("first")).by.tenantId, QStringLiteral("isv-tenant"));
    QCOMPARE(saved->values.value(QStringLiteral("third.id")), QStringLiteral("third-object"));
}

void TestRunner::rerunWritesNothing()
{
    const Values inputs {{QStringLiteral("region"), QStringLiteral("eastus")}};
    auto first = makeRunner(
        makeTrack(), RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"), inputs), m_path);
    QVERIFY(run(*first));
    const int writes = m_world.writes;
    // A new run of the same track: everything exists, so every step is found done.
    auto second = makeRunner(makeTrack(),
                             RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"), inputs),
                             QString());
    QSignalSpy plans(second.get(), &Runner::planReady);
    QVERIFY(run(*second));
    QCOMPARE(m_world.writes, writes);
    QCOMPARE(plans.size(), 0);
    for (const auto &step : second->state().steps)
        QCOMPARE(step.state, StepState::AlreadyDone);
    QCOMPARE(second->state().values.value(QStringLiteral("first.id")), QStringLiteral("first-object"));
}

void TestRunner::badInputsStopBeforeAnything_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing") << QString() << "Region is missing";
    QTest::newRow("blank") << QStringLiteral("   ") << "Region is missing";
    QTest::newRow("unknown") << QStringLiteral("mars") << "mars is not a region";
}

void TestRunner::badInputsStopBeforeAnything()
{
    QFETCH(QString, region);
    QFETCH(QString, fragment);
    Values inputs;
    if (!region.isNull())
        inputs.insert(QStringLiteral("region"), region);
    auto runner = makeRunner(
        makeTrack(), RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"), inputs), m_path);
    QSignalSpy rejected(runner.get(), &Runner::inputsRejected);
    QSignalSpy started(runner.get(), &Runner::stepStarted);
    QVERIFY(!run(*runner));
    QCOMPARE(rejected.size(), 1);
    const auto problems = rejected.first().at(0).value<QList<InputProblem>>();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(fragment), qPrintable(problems.first().message));
    QCOMPARE(problems.first().key, QStringLiteral("region"));
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_world.writes, 0);
}

void TestRunner::preflightReportsEverythingAtOnce()
{
    m_world.preflightProblems = {QStringLiteral("first"), QStringLiteral("third")};
    auto runner = makeRunner(makeTrack(),
                             RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"),
                                              {{QStringLiteral("region"), QStringLiteral("eastus")}}),
                             m_path);
    QSignalSpy preflight(runner.get(), &Runner::preflightFailed);
    QVERIFY(!run(*runner));
    QCOMPARE(preflight.size(), 1);
    const QStringList problems = preflight.first().at(0).toStringList();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).contains(QStringLiteral("first lacks a role")));
    QVERIFY(problems.at(1).contains(QStringLiteral("third lacks a role")));
    QCOMPARE(m_world.writes, 0);
}

void TestRunner::failedStepIsRetriedWithItsInputs()
{
    m_world.applyFailures.insert(QStringLiteral("second"), 1);
    const Values inputs {{QStringLiteral("region"), QStringLiteral("eastus")}};
    auto runner = makeRunner(
        makeTrack(), RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"), inputs), m_path);
    QSignalSpy finished(runner.get(), &Runner::finished);
    QVERIFY(!run(*runner));
    const auto error = finished.first().at(1).value<http::ServiceError>();
    QCOMPARE(error.code, QStringLiteral("AnotherOperationInProgress"));
    QCOMPARE(runner->state().steps.value(QStringLiteral("second")).state, StepState::Failed);
    QCOMPARE(runner->state().steps.value(QStringLiteral("second")).errorCode,
             QStringLiteral("AnotherOperationInProgress"));
    // Retry: the same runner continues at the failed step, with the same inputs.
    QVERIFY(run(*runner));
    QCOMPARE(runner->state().steps.value(QStringLiteral("second")).attempts, 2);
    QCOMPARE(runner->state().steps.value(QStringLiteral("first")).attempts, 1);
    QCOMPARE(runner->state().values.value(QStringLiteral("region")), QStringLiteral("eastus"));
}

void TestRunner::crashAndResume()
{
    const Values inputs {{QStringLiteral("region"), QStringLiteral("eastus")}};
    auto runner = makeRunner(
        makeTrack(), RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"), inputs), m_path);
    // The process dies the moment step 2 starts.
    connect(runner.get(), &Runner::stepStarted, this, [&](const QString &id) {
        if (id == QLatin1StringView("second"))
            QTimer::singleShot(0, this, [&] { runner.reset(); });
    });
    runner->start();
    QVERIFY(QTest::qWaitFor([&] { return !runner; }, 5000));
    QString error;
    auto saved = RunState::load(m_path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->steps.value(QStringLiteral("first")).state, StepState::Applied);
    QCOMPARE(saved->steps.value(QStringLiteral("second")).state, StepState::Running);
    // Reopened: a new runner on the saved file finishes the track; nothing is created twice.
    auto resumed = makeRunner(makeTrack(), *saved, m_path);
    QVERIFY(run(*resumed));
    QCOMPARE(m_world.writes, 3);
    QCOMPARE(resumed->state().steps.value(QStringLiteral("first")).attempts, 1);
}

void TestRunner::savedOperationIsResumed()
{
    const Values inputs {{QStringLiteral("region"), QStringLiteral("eastus")}};
    Track track = makeTrack(true);
    auto runner = makeRunner(
        track, RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"), inputs), m_path);
    runner->start();
    // Stop while the second step waits for its operation (saved to the run file).
    QVERIFY(QTest::qWaitFor(
        [&] { return runner->state().steps.value(QStringLiteral("second")).operation.has_value(); }, 5000));
    runner.reset();
    QString error;
    auto saved = RunState::load(m_path, &error);
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->steps.value(QStringLiteral("second")).operation);
    auto resumed = makeRunner(track, *saved, m_path);
    QVERIFY(run(*resumed));
    const auto *second = static_cast<const FakeStep *>(track.step(u"second"));
    QCOMPARE(second->resumes, 1);
    QCOMPARE(m_world.writes, 3); // the operation was followed, not started again
    QVERIFY(!resumed->state().steps.value(QStringLiteral("second")).operation);
}

void TestRunner::approvalIsAsked()
{
    auto runner = makeRunner(makeTrack(),
                             RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"),
                                              {{QStringLiteral("region"), QStringLiteral("eastus")}}),
                             m_path);
    QStringList asked;
    runner->setApproval([&](const Step &step, const Plan &plan, std::function<void(bool)> decide) {
        asked << step.info().id;
        QVERIFY(!plan.isEmpty());
        // Later, as a person would: approve the first, refuse the second.
        QTimer::singleShot(5, this,
                           [decide, id = step.info().id] { decide(id == QLatin1StringView("first")); });
    });
    QSignalSpy finished(runner.get(), &Runner::finished);
    QVERIFY(!run(*runner));
    QCOMPARE(asked, (QStringList {QStringLiteral("first"), QStringLiteral("second")}));
    QCOMPARE(m_world.writes, 1);
    QCOMPARE(finished.first().at(1).value<http::ServiceError>().code, QStringLiteral("NotApproved"));
}

void TestRunner::cancelLeavesTheStepToCheckAgain()
{
    auto runner = makeRunner(makeTrack(true),
                             RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"),
                                              {{QStringLiteral("region"), QStringLiteral("eastus")}}),
                             m_path);
    QSignalSpy finished(runner.get(), &Runner::finished);
    connect(runner.get(), &Runner::stepStarted, this, [&](const QString &id) {
        if (id == QLatin1StringView("second"))
            runner->cancel();
    });
    runner->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(1).value<http::ServiceError>().kind, http::ServiceError::Kind::Cancelled);
    QCOMPARE(runner->state().steps.value(QStringLiteral("second")).state, StepState::Running);
    QVERIFY(!runner->isRunning());
}

void TestRunner::unsavableRunStops()
{
    auto runner = makeRunner(makeTrack(),
                             RunState::create(QStringLiteral("fake"), QStringLiteral("AzureCloud"),
                                              {{QStringLiteral("region"), QStringLiteral("eastus")}}),
                             m_dir.filePath(QStringLiteral("no/such/dir/run.json")));
    QSignalSpy finished(runner.get(), &Runner::finished);
    QVERIFY(!run(*runner));
    QCOMPARE(finished.first().at(1).value<http::ServiceError>().code, QStringLiteral("RunStateNotSaved"));
    QCOMPARE(m_world.writes, 0); // it stopped before changing anything it could not record
}

void TestRunner::runFileIsValidated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not json") << QByteArray("{") << "not a CMK Wizard run file";
    QTest::newRow("other format") << QByteArray(R"({"format":"something"})") << "not a CMK Wizard run file";
    QTest::newRow("newer") << QByteArray(
        R"({"format":"cmk-run","formatVersion":9,"runId":"r","trackId":"t"})")
                           << "newer CMK Wizard";
    QTest::newRow("no track") << QByteArray(R"({"format":"cmk-run","formatVersion":1,"runId":"r"})")
                              << "names no run or track";
    QTest::newRow("value not text") << QByteArray(
        R"({"format":"cmk-run","formatVersion":1,"runId":"r","trackId":"t","values":{"a":1}})")
                                    << "\"a\" is not text";
    QTest::newRow("unknown state") << QByteArray(
        R"({"format":"cmk-run","formatVersion":1,"runId":"r","trackId":"t","steps":{"s":{"state":"maybe"}}})")
                                   << "unknown state";
}

void TestRunner::runFileIsValidated()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    QString error;
    QVERIFY(!RunState::fromJson(json, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestRunner::trackShapeIsChecked()
{
    QVERIFY(makeTrack().validate().isEmpty());
    Track bad;
    bad.info.id = QStringLiteral("bad");
    bad.steps.push_back(std::make_shared<FakeStep>(&m_world, QStringLiteral("a"), QStringLiteral("1"),
                                                   QStringList {QStringLiteral("b")}));
    bad.steps.push_back(
        std::make_shared<FakeStep>(&m_world, QStringLiteral("b"), QStringLiteral("2"), QStringList {}));
    bad.steps.push_back(
        std::make_shared<FakeStep>(&m_world, QStringLiteral("b"), QStringLiteral("3"), QStringList {}));
    const QStringList problems = bad.validate();
    QCOMPARE(problems.size(), 2);
}

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
