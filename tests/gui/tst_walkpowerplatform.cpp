// Walks every Power Platform track in cmkwizard as the sandbox demo's different people: Kai (key vault
// admin) makes the policy, Priya (Power Platform admin) adds, removes, migrates and moves
// environments, Sam locks them after typing the policy's name, Kai unlocks. Environments are picked
// from the list the cloud gives (the environments picker).

#include "topology/topology.h"
#include "tracks/keys.h"
#include "trackwalks.h"
#include "widgets/journalview.h"
#include "widgets/rolepanel.h"
#include "widgets/topologyview.h"
#include "wizard/rundocks.h"

#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace cmk;
using namespace cmk::testing;
using workflow::Side;
namespace key = cmk::tracks::key;

class TestWalkPowerPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("CmkWizardTests")); }
    void init();
    void cleanup() { m_driver.reset(); }
    void everyPowerPlatformTrack();
    void encryptionIsLeftAndFollowedLater();
    void panelsFollowTheRun();

private:
    std::unique_ptr<WizardDriver> m_driver;
};

void TestWalkPowerPlatform::init()
{
    m_driver = std::make_unique<WizardDriver>();
    CHECKED(m_driver->start());
    // Ten simulated minutes every 50 ms on top of the demo's hour per second.
    m_driver->startFastForward(10 * 60 * 1000);
}

void TestWalkPowerPlatform::everyPowerPlatformTrack()
{
    TrackWalks walks(*m_driver);
    CHECKED(walks.powerPlatform());
}

void TestWalkPowerPlatform::encryptionIsLeftAndFollowedLater()
{
    // Encryption takes simulated hours: Priya leaves while it is under way (the clock stops moving
    // on), closes the app, and later continues the saved run, which follows the same operations.
    WizardDriver &d = *m_driver;
    TrackWalks walks(d);
    QString policy;
    CHECKED(walks.makePolicy(QStringLiteral("contoso-cmk"), QStringLiteral("pp-cmk"), &policy));
    d.fastForward->stop();
    CHECKED(walks.open(QStringLiteral("powerplatform"), QStringLiteral("pp-environments"), Side::Customer,
                       Priya));
    CHECKED(d.setInputs({{key::PolicyId, policy}, {key::Environments, QStringLiteral("all")}}));
    CHECKED(d.runToStop(RunSession::Status::Cancelled, QStringLiteral("contoso-cmk"), 30000,
                        QStringLiteral("under way")));
    const QString linkStep = d.run()->currentStepId();
    QCOMPARE(d.run()->stepState(linkStep), workflow::StepState::Running);
    const int links = [&] {
        int n = 0;
        for (const sandbox::RequestLogEntry &e : d.sandbox->requestLog())
            n += e.method == QLatin1StringView("POST") && e.path.endsWith(QLatin1StringView("/link"));
        return n;
    }();
    QVERIFY(links > 0);
    d.closeWindow();

    d.fastForward->start();
    CHECKED(d.openWindow());
    CHECKED(d.chooseSavedRun(QStringLiteral("pp-environments")));
    CHECKED(d.signIn(Side::Customer, Priya));
    CHECKED(d.clickNext());
    // The confirmation is asked again: it holds for one attempt of one plan.
    CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-cmk")));
    int linksAfter = 0;
    for (const sandbox::RequestLogEntry &e : d.sandbox->requestLog())
        linksAfter += e.method == QLatin1StringView("POST") && e.path.endsWith(QLatin1StringView("/link"));
    QCOMPARE(linksAfter, links); // the operations under way were followed, none sent twice
}

QTEST_MAIN(TestWalkPowerPlatform)
#include "tst_walkpowerplatform.moc"

void TestWalkPowerPlatform::panelsFollowTheRun()
{
    WizardDriver &d = *m_driver;
    CHECKED(
        TrackWalks(d).open(QStringLiteral("customer"), QStringLiteral("pp-keyvault"), Side::Customer, Kai));
    RunDocks *docks = d.window->docks();
    QVERIFY(docks);

    // The role panel is in view from the start and names who signed in, with the roles read.
    QVERIFY(docks->rolesDock()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(docks->rolePanel()->sideText(Side::Customer).contains(Kai), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(docks->rolePanel()->identity(Side::Customer).rolesKnown, 10000);
    QVERIFY(!docks->rolePanel()->identity(Side::Customer).roles.isEmpty());

    // Before the run only the tenant is known; the journal and the picture open with Ctrl+2/3.
    const auto doneNodes = [docks] {
        int done = 0;
        for (const topology::Node &node : docks->topologyView()->topology().nodes())
            done += node.state == topology::NodeState::Done ? 1 : 0;
        return done;
    };
    QVERIFY(!docks->topologyView()->topology().nodes().isEmpty());
    const int doneBefore = doneNodes();
    QVERIFY2(doneBefore <= 1, qPrintable(QString::number(doneBefore)));
    QVERIFY(!docks->topologyDock()->isVisible());
    QTest::keyClick(d.window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(docks->topologyDock()->isVisible());

    CHECKED(d.setInputs({{key::CustomerSubscriptionId, CustomerSubscription},
                         {key::CustomerResourceGroup, QStringLiteral("rg-powerplatform")},
                         {key::VaultName, QStringLiteral("kv-contoso-pp")},
                         {key::KeyName, QStringLiteral("pp-panels")},
                         {key::PolicyName, QStringLiteral("contoso-panels")},
                         {key::PolicyLocation, QStringLiteral("europe")},
                         {key::PowerPlatformAdminUpn, Priya},
                         {key::HandoffOut, d.path(QStringLiteral("panels.json"))}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));

    // The picture followed the run: the vault, the key and the policy are drawn as done.
    QVERIFY2(doneNodes() >= doneBefore + 3, qPrintable(QString::number(doneNodes())));
    // Kai is a key vault admin only: separation holds, and the panel says so.
    QCOMPARE(docks->rolePanel()->separation().state, RolePanel::Separation::State::Separate);

    // The journal shows the run's calls; the audit evidence carries Kai and their request ids.
    // The journal shows this run's calls only: not the sign-in's or the pickers' lists.
    JournalView *journal = docks->journalView();
    const QList<http::JournalEntry> shown = journal->visibleEntries();
    QVERIFY(!shown.isEmpty());
    for (const http::JournalEntry &e : shown)
        QCOMPARE(e.runId, d.run()->state().runId);
    QVERIFY(journal->model()->rowCount() > shown.size());
    QString error;
    const QString html = d.path(QStringLiteral("evidence.html"));
    QVERIFY2(docks->exportEvidence(html, &error), qPrintable(error));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    QVERIFY(report.contains(Kai.toUtf8()));
    QVERIFY(report.contains("contoso-panels"));
    QVERIFY(!report.contains("eyJ"));
    const QString json = d.path(QStringLiteral("evidence.json"));
    QVERIFY2(docks->exportEvidence(json, &error), qPrintable(error));
    QJsonParseError parseError;
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject evidence = QJsonDocument::fromJson(jsonFile.readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(evidence.value(QStringLiteral("format")).toString(), QStringLiteral("cmk-evidence"));

    // An evidence file where none can be written says where and why.
    QVERIFY(!docks->exportEvidence(QStringLiteral("/nonexistent-dir/evidence.html"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir")), qPrintable(error));
}
