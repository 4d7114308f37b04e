// Walks every Power Platform track in cmkwizard as the sandbox demo's different people: Kai (key vault
// admin) makes the policy, Priya (Power Platform admin) adds, removes, migrates and moves
// environments, Sam locks them after typing the policy's name, Kai unlocks. Environments are picked
// from the list the cloud gives (the environments picker).

#include "topology/topology.h"
#include "tracks/keys.h"
#include "tracks/lock.h"
#include "widgets/journalview.h"
#include "widgets/rolepanel.h"
#include "widgets/topologyview.h"
#include "wizard/rundocks.h"
#include "wizarddriver.h"

#include <QComboBox>
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
    /// Kai's key vault track for `policy`; the policy's ID.
    void makePolicy(const QString &policy, const QString &keyName, QString *policyId);
    /// A new window, `upn` signed in on the customer side, on the track page of `trackId`.
    void open(const QString &personaId, const QString &trackId, const QString &upn);
    /// Picks the environment named `displayName` from the environments picker.
    void pickEnvironment(const QString &displayName);

    std::unique_ptr<WizardDriver> m_driver;
};

void TestWalkPowerPlatform::init()
{
    m_driver = std::make_unique<WizardDriver>();
    CHECKED(m_driver->start());
    // Ten simulated minutes every 50 ms on top of the demo's hour per second.
    m_driver->startFastForward(10 * 60 * 1000);
}

void TestWalkPowerPlatform::open(const QString &personaId, const QString &trackId, const QString &upn)
{
    WizardDriver &d = *m_driver;
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseTrack(personaId, trackId));
    CHECKED(d.signIn(Side::Customer, upn));
    CHECKED(d.clickNext());
}

void TestWalkPowerPlatform::makePolicy(const QString &policy, const QString &keyName, QString *policyId)
{
    WizardDriver &d = *m_driver;
    CHECKED(open(QStringLiteral("customer"), QStringLiteral("pp-keyvault"), Kai));
    CHECKED(d.setInputs({{key::CustomerSubscriptionId, CustomerSubscription},
                         {key::CustomerResourceGroup, QStringLiteral("rg-powerplatform")},
                         {key::VaultName, QStringLiteral("kv-contoso-pp")},
                         {key::KeyName, keyName},
                         {key::PolicyName, policy},
                         {key::PolicyLocation, QStringLiteral("europe")},
                         {key::PowerPlatformAdminUpn, Priya},
                         {key::HandoffOut, d.path(policy + QStringLiteral(".json"))}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    CHECKED(d.finish());
    *policyId = d.run()->value(key::PolicyId);
    QVERIFY(policyId->endsWith(u'/' + policy));
    QVERIFY(QFile::exists(d.path(policy + QStringLiteral(".json"))));
}

void TestWalkPowerPlatform::pickEnvironment(const QString &displayName)
{
    WizardDriver &d = *m_driver;
    auto *picker = d.find<QComboBox>(QStringLiteral("picker_") + key::Environments);
    QVERIFY(picker);
    // Listed from the Power Platform admin API once Priya is signed in.
    QTRY_VERIFY_WITH_TIMEOUT(picker->count() > 0, 10000);
    const int index = picker->findText(displayName, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(displayName));
    picker->setFocus();
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);
    QVERIFY(!d.run()->value(key::Environments).isEmpty());
    QCOMPARE(d.run()->value(key::Environments), picker->itemData(index).toString());
}

void TestWalkPowerPlatform::everyPowerPlatformTrack()
{
    WizardDriver &d = *m_driver;
    d.closeWindow();

    // Kai: the policy and the grants, handed to Priya.
    QString policy;
    CHECKED(makePolicy(QStringLiteral("contoso-cmk"), QStringLiteral("pp-cmk"), &policy));

    // Priya adds Contoso Sales Test; the link is irreversible enough to ask for the policy's name.
    CHECKED(open(QStringLiteral("powerplatform"), QStringLiteral("pp-environments"), Priya));
    CHECKED(d.setInput(key::PolicyId, policy));
    CHECKED(pickEnvironment(QStringLiteral("Contoso Sales Test")));
    const QString test = d.run()->value(key::Environments);
    CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-cmk")));
    CHECKED(d.finish());
    QCOMPARE(d.run()->value(key::EnvironmentsChosen), test);

    // Priya takes it out again.
    CHECKED(open(QStringLiteral("powerplatform"), QStringLiteral("pp-remove"), Priya));
    CHECKED(d.setInputs({{key::PolicyId, policy}, {key::Environments, test}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-cmk")));
    CHECKED(d.finish());

    // Priya migrates every BYOK environment to the policy.
    CHECKED(open(QStringLiteral("powerplatform"), QStringLiteral("pp-migrate-byok"), Priya));
    CHECKED(d.setInputs({{key::PolicyId, policy}, {key::Environments, QStringLiteral("all")}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-cmk")));
    CHECKED(d.finish());
    QVERIFY(!d.run()->value(key::EnvironmentsChosen).isEmpty());

    // Kai makes a second policy with a new key; Priya moves everything to it.
    QString newPolicy;
    CHECKED(makePolicy(QStringLiteral("contoso-new"), QStringLiteral("pp-new"), &newPolicy));
    CHECKED(open(QStringLiteral("powerplatform"), QStringLiteral("pp-change-key"), Priya));
    CHECKED(d.setInputs({{key::PolicyId, newPolicy},
                         {key::PreviousPolicyId, policy},
                         {key::Environments, QStringLiteral("all")}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-new")));
    CHECKED(d.finish());

    // Sam locks the new policy's environments after typing its name.
    CHECKED(open(QStringLiteral("customer"), QStringLiteral("pp-lock"), Sam));
    CHECKED(d.setInputs(
        {{key::PolicyId, newPolicy}, {key::LockMethod, QString(tracks::LockMethod::RevokeAccess)}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-new")));
    CHECKED(d.finish());
    QVERIFY(!d.run()->value(key::LockRevoked).isEmpty());

    // Kai restores the access; the support request is written.
    const QString support = d.path(QStringLiteral("support.txt"));
    CHECKED(open(QStringLiteral("customer"), QStringLiteral("pp-unlock"), Kai));
    CHECKED(d.setInputs({{key::PolicyId, newPolicy},
                         {key::Region, QStringLiteral("westeurope")},
                         {key::SupportRequestOut, support}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    CHECKED(d.finish());
    QVERIFY(QFile::exists(support));
}

void TestWalkPowerPlatform::encryptionIsLeftAndFollowedLater()
{
    // Encryption takes simulated hours: Priya leaves while it is under way (the clock stops moving
    // on), closes the app, and later continues the saved run, which follows the same operations.
    WizardDriver &d = *m_driver;
    d.closeWindow();
    QString policy;
    CHECKED(makePolicy(QStringLiteral("contoso-cmk"), QStringLiteral("pp-cmk"), &policy));
    d.fastForward->stop();
    CHECKED(open(QStringLiteral("powerplatform"), QStringLiteral("pp-environments"), Priya));
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
    CHECKED(open(QStringLiteral("customer"), QStringLiteral("pp-keyvault"), Kai));
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
    QVERIFY(docks->journalView()->model()->rowCount() > 0);
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
