// The track and sign-in pages' failure modes, in-process against the sandbox demo: a bad input shows
// its error under the field and keeps Run disabled; a sign-in is cancelled; a run is left mid-track
// (the window closed while a plan waits) and continued from "Continue where you left off" with its
// inputs; a step failing on a 403 is retried with the same inputs; the plan is exported without a
// secret; an irreversible step is refused until the name is typed exactly; a person without the
// roles a track needs is told so on the sign-in page.

#include "app/workspace.h"
#include "faults.h"
#include "pages/planexportdialog.h"
#include "pages/steppanel.h"
#include "tracks/keys.h"
#include "trackwalks.h"
#include "widgets/rolepanel.h"
#include "wizard/rundocks.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QStackedWidget>

using namespace cmk;
using namespace cmk::testing;
using workflow::Side;
namespace key = cmk::tracks::key;

namespace {

workflow::Values diskInputs(const QString &handoffOut)
{
    workflow::Values inputs = TrackWalks::managedDisksInputs();
    inputs.insert(key::HandoffOut, handoffOut);
    return inputs;
}

} // namespace

class TestTrackPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("CmkWizardTests")); }
    void init();
    void cleanup() { m_driver.reset(); }
    void badInputIsShownUnderTheFieldAndKeepsRunDisabled_data();
    void badInputIsShownUnderTheFieldAndKeepsRunDisabled();
    void signInIsCancelled();
    void closedMidTrackAndContinuedWithItsInputs();
    void failedStepIsRetriedWithTheSameInputs();
    void planIsExportedWithoutSecrets();
    void irreversibleStepIsRefusedWithoutTheTypedName();
    void missingRoleIsExplainedOnTheSignInPage();
    void oneIdentityWithBothDutiesGoesOnWithAJustification();
    void inputsAreRememberedPerTrack();
    void subnetPickerOffersTheSubnetsAnEndpointCanUse();
    void everyInputOfEveryStepHasAnAccessibleNameAndDescription();
    void keyboardOnlyReachesRunAndApply();

private:
    void toDiskTrack();
    int requests(const QString &method, const QString &pathPart) const;

    std::unique_ptr<WizardDriver> m_driver;
};

void TestTrackPage::init()
{
    m_driver = std::make_unique<WizardDriver>();
    CHECKED(m_driver->start());
}

int TestTrackPage::requests(const QString &method, const QString &pathPart) const
{
    int n = 0;
    for (const sandbox::RequestLogEntry &e : m_driver->sandbox->requestLog()) {
        if (e.method == method && e.path.contains(pathPart, Qt::CaseInsensitive))
            ++n;
    }
    return n;
}

void TestTrackPage::toDiskTrack()
{
    WizardDriver &d = *m_driver;
    CHECKED(d.chooseTrack(QStringLiteral("isv"), QStringLiteral("isv-managed-disks")));
    QVERIFY(!d.wizardButton(QWizard::NextButton)->isEnabled()); // nobody signed in yet
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
}

void TestTrackPage::badInputIsShownUnderTheFieldAndKeepsRunDisabled_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown region") << QString(key::Region) << QStringLiteral("atlantis")
                                    << QStringLiteral("atlantis");
    QTest::newRow("subscription not a GUID")
        << QString(key::IsvSubscriptionId) << QStringLiteral("my-sub") << QStringLiteral("my-sub");
    QTest::newRow("required and empty") << QString(key::IsvResourceGroup) << QString() << QString();
    QTest::newRow("hand-off folder missing")
        << QString(key::HandoffOut) << QStringLiteral("/nonexistent/folder/out.json")
        << QStringLiteral("folder does not exist");
}

void TestTrackPage::badInputIsShownUnderTheFieldAndKeepsRunDisabled()
{
    QFETCH(QString, key);
    QFETCH(QString, bad);
    QFETCH(QString, message);
    WizardDriver &d = *m_driver;
    CHECKED(toDiskTrack());
    CHECKED(d.setInputs(diskInputs(d.path(QStringLiteral("out.json")))));
    auto *run = d.find<QPushButton>(QStringLiteral("runButton"));
    // The page follows the values once the typing's pass of the event loop is over.
    QTRY_VERIFY2(run->isEnabled(), qPrintable(d.inputProblems()));
    auto *error = d.find<MessageBanner>(QStringLiteral("error_") + key);
    // The field may be on another step's panel than the one shown: hidden means hidden by itself.
    QVERIFY(error && error->isHidden());

    CHECKED(d.setInput(key, bad));
    QVERIFY(!error->isHidden());
    QCOMPARE(error->kind(), MessageBanner::Kind::Error);
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QTRY_VERIFY(!run->isEnabled());
    // The step's entry in the list says an input needs fixing; the field's description says what.
    auto *steps = d.find<QListWidget>(QStringLiteral("stepList"));
    bool flagged = false;
    for (int i = 0; i < steps->count(); ++i)
        flagged |= steps->item(i)->data(Qt::AccessibleDescriptionRole).toString()
            == QStringLiteral("an input needs fixing");
    QVERIFY(flagged);
    QVERIFY(d.input(key)->accessibleDescription().contains(message));

    // Fixed: the error goes, Run comes back; nothing was sent meanwhile.
    CHECKED(d.setInput(key, diskInputs(d.path(QStringLiteral("out.json"))).value(key)));
    QVERIFY(error->isHidden());
    QTRY_VERIFY(run->isEnabled());
    QCOMPARE(requests(QStringLiteral("PUT"), QStringLiteral("/")), 0);
}

void TestTrackPage::signInIsCancelled()
{
    // Outside the demo the page offers the browser and a device code; the code's wait is cancelled.
    WizardDriver &d = *m_driver;
    d.closeWindow();
    CHECKED(d.openWindow(false));
    CHECKED(d.chooseTrack(QStringLiteral("customer"), QStringLiteral("customer-grant")));
    auto *panel = d.find<SignInPanel>(QStringLiteral("customerSignInPanel"));
    QVERIFY(panel);
    auto *deviceCode = panel->findChild<QPushButton *>(QStringLiteral("deviceCodeButton"));
    QVERIFY(deviceCode && deviceCode->isVisible());
    QTest::mouseClick(deviceCode, Qt::LeftButton);
    auto *code = panel->findChild<QLabel *>(QStringLiteral("deviceCodeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 10000);
    auto *cancel = panel->findChild<QPushButton *>(QStringLiteral("cancelSignInButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(panel->session()->state(), SignInSession::State::Cancelled);
    QVERIFY(!code->isVisible());
    QVERIFY(panel->findChild<MessageBanner *>(QStringLiteral("signInMessage"))
                ->text()
                .contains(QStringLiteral("cancelled")));
    QVERIFY(!d.wizardButton(QWizard::NextButton)->isEnabled());
    QVERIFY(!d.run()->isSignedIn());
    // The person can still sign in afterwards.
    QVERIFY(deviceCode->isVisible() && deviceCode->isEnabled());
}

void TestTrackPage::closedMidTrackAndContinuedWithItsInputs()
{
    WizardDriver &d = *m_driver;
    CHECKED(toDiskTrack());
    const workflow::Values inputs = diskInputs(d.path(QStringLiteral("out.json")));
    CHECKED(d.setInputs(inputs));
    CHECKED(d.clickRun());
    auto *apply = d.find<QPushButton>(QStringLiteral("applyButton"));
    // Two plans applied, the third waits: the window is closed right then.
    for (int applied = 0; applied < 2; ++applied) {
        QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 20000);
        QTest::mouseClick(apply, Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 20000);
    const QString waiting = d.run()->currentStepId();
    const QString path = d.run()->statePath();
    d.closeWindow();

    // The saved run is offered with how far it got.
    CHECKED(d.openWindow());
    const QList<RunSummary> runs = RunSession::unfinishedRuns(d.model->runDirectory());
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().path, path);
    QVERIFY(runs.first().stepsDone >= 2);
    auto *runList = d.find<QListWidget>(QStringLiteral("runList"));
    QVERIFY(runList->isVisible());
    QVERIFY2(runList->item(0)->text().contains(QStringLiteral("ISV · Managed disks")),
             qPrintable(runList->item(0)->text()));
    CHECKED(d.chooseSavedRun(QStringLiteral("isv-managed-disks")));
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    // Every input as it was; the step that waited is the one shown.
    for (auto it = inputs.constBegin(); it != inputs.constEnd(); ++it)
        QCOMPARE(d.run()->value(it.key()), it.value());
    QCOMPARE(d.input(key::IdentityName)->text(), inputs.value(key::IdentityName));
    auto *steps = d.find<QListWidget>(QStringLiteral("stepList"));
    QVERIFY(steps->currentItem());
    QCOMPARE(steps->currentItem()->data(Qt::UserRole).toString(), waiting);
    QCOMPARE(d.find<QPushButton>(QStringLiteral("runButton"))->text().remove(u'&'), QStringLiteral("Run"));
    CHECKED(d.runToStop(RunSession::Status::WaitingForOtherTenant));
    QVERIFY(QFile::exists(inputs.value(key::HandoffOut)));
}

void TestTrackPage::failedStepIsRetriedWithTheSameInputs()
{
    WizardDriver &d = *m_driver;
    CHECKED(toDiskTrack());
    CHECKED(d.setInputs(diskInputs(d.path(QStringLiteral("out.json")))));
    sandbox::FaultRule fault;
    fault.kind = QStringLiteral("403");
    fault.method = "PUT";
    fault.path = QStringLiteral("*userAssignedIdentities*");
    d.sandbox->addFault(fault);
    CHECKED(d.runToStop(RunSession::Status::Failed));
    auto *banner = d.find<MessageBanner>(QStringLiteral("runBanner"));
    QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("403"))
                 || banner->text().contains(QStringLiteral("ermission"))
                 || banner->text().contains(QStringLiteral("uthoriz")),
             qPrintable(banner->text()));
    auto *runButton = d.find<QPushButton>(QStringLiteral("runButton"));
    QCOMPARE(runButton->text().remove(u'&'), QStringLiteral("Retry"));
    const QString failedStep = d.run()->currentStepId();
    QCOMPARE(d.run()->stepState(failedStep), workflow::StepState::Failed);
    // The inputs are kept; Retry goes on from the failed step to the hand-off.
    QCOMPARE(d.input(key::IdentityName)->text(), QStringLiteral("uami-disks-contoso"));
    CHECKED(d.runToStop(RunSession::Status::WaitingForOtherTenant));
    QVERIFY(d.run()->stepRecord(failedStep).isFinished());
}

void TestTrackPage::planIsExportedWithoutSecrets()
{
    WizardDriver &d = *m_driver;
    CHECKED(toDiskTrack());
    CHECKED(d.setInputs(diskInputs(d.path(QStringLiteral("out.json")))));
    QTest::mouseClick(d.find<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);
    PlanExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = d.window->findChild<PlanExportDialog *>()) && dialog->isVisible());
    QVERIFY2(dialog->text().contains(QStringLiteral("az rest")), qPrintable(dialog->text().left(500)));
    QVERIFY(dialog->text().contains(QStringLiteral("uami-disks-contoso")));
    auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
    format->setCurrentIndex(1);
    QVERIFY(dialog->text().contains(QStringLiteral("Invoke-AzRestMethod")));
    format->setCurrentIndex(2);
    QVERIFY(dialog->text().contains(QStringLiteral("$schema")));
    for (int i = 0; i < 3; ++i) {
        format->setCurrentIndex(i);
        QVERIFY(!dialog->text().contains(QStringLiteral("eyJ")));
        QVERIFY(!dialog->text().contains(QStringLiteral("Bearer ")));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyExportButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->text());
    dialog->close();
}

void TestTrackPage::irreversibleStepIsRefusedWithoutTheTypedName()
{
    WizardDriver &d = *m_driver;
    d.startFastForward(10 * 60 * 1000);
    // Kai's policy first.
    CHECKED(d.chooseTrack(QStringLiteral("customer"), QStringLiteral("pp-keyvault")));
    CHECKED(d.signIn(Side::Customer, Kai));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::CustomerSubscriptionId, CustomerSubscription},
                         {key::CustomerResourceGroup, QStringLiteral("rg-powerplatform")},
                         {key::VaultName, QStringLiteral("kv-contoso-pp")},
                         {key::KeyName, QStringLiteral("pp-cmk")},
                         {key::PolicyName, QStringLiteral("contoso-cmk")},
                         {key::PolicyLocation, QStringLiteral("europe")},
                         {key::PowerPlatformAdminUpn, Priya},
                         {key::HandoffOut, d.path(QStringLiteral("pp.json"))}}));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    const QString policy = d.run()->value(key::PolicyId);

    // Priya's link asks for the policy's name.
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseTrack(QStringLiteral("powerplatform"), QStringLiteral("pp-environments")));
    CHECKED(d.signIn(Side::Customer, Priya));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::PolicyId, policy}, {key::Environments, QStringLiteral("all")}}));
    CHECKED(d.clickRun());
    auto *apply = d.find<QPushButton>(QStringLiteral("applyButton"));
    while (true) {
        QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 20000);
        if (d.run()->pendingPlan()->confirmation)
            break;
        QTest::mouseClick(apply, Qt::LeftButton);
    }
    QVERIFY(apply->text().endsWith(QStringLiteral("...")));
    const int linksBefore = requests(QStringLiteral("POST"), QStringLiteral("/link"));
    QTest::mouseClick(apply, Qt::LeftButton);
    ConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = d.window->findChild<ConfirmationDialog *>()) && dialog->isVisible());
    auto *affected = dialog->findChild<QListWidget *>(QStringLiteral("affectedList"));
    QVERIFY(affected->count() > 0);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationName"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QTest::keyClicks(name, QStringLiteral("Contoso-CMK")); // not exactly the name
    QVERIFY(!confirm->isEnabled());
    QTest::keyClick(name, Qt::Key_Escape);
    QTRY_VERIFY(!d.window->findChild<ConfirmationDialog *>());
    // Nothing was linked; the plan still waits, and declining it stops the run unchanged.
    QCOMPARE(d.run()->status(), RunSession::Status::AwaitingApproval);
    QVERIFY(
        d.find<MessageBanner>(QStringLiteral("runBanner"))->text().contains(QStringLiteral("type the name")));
    QTest::mouseClick(d.find<QPushButton>(QStringLiteral("stopButton")), Qt::LeftButton);
    QTRY_COMPARE(d.run()->status(), RunSession::Status::Cancelled);
    QCOMPARE(requests(QStringLiteral("POST"), QStringLiteral("/link")), linksBefore);
}

void TestTrackPage::missingRoleIsExplainedOnTheSignInPage()
{
    // Riley (support, read-only) cannot make a policy: the page says which steps need what.
    WizardDriver &d = *m_driver;
    QSettings settings;
    settings.setValue(QStringLiteral("inputs/pp-keyvault/customer|subscriptionId"), CustomerSubscription);
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseTrack(QStringLiteral("customer"), QStringLiteral("pp-keyvault")));
    CHECKED(d.signIn(Side::Customer, Riley));
    auto *problems = d.find<MessageBanner>(QStringLiteral("customerRoleProblems"));
    QTRY_VERIFY_WITH_TIMEOUT(problems->isVisible(), 10000);
    QVERIFY2(problems->text().contains(Riley), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(QStringLiteral("Step ")), qPrintable(problems->text()));
}

void TestTrackPage::oneIdentityWithBothDutiesGoesOnWithAJustification()
{
    // Sam holds both duties: the key vault track stops before writing and asks why; the reason
    // typed on the page goes on with the run and is recorded.
    WizardDriver &d = *m_driver;
    CHECKED(d.chooseTrack(QStringLiteral("customer"), QStringLiteral("pp-keyvault")));
    CHECKED(d.signIn(Side::Customer, Sam));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::CustomerSubscriptionId, CustomerSubscription},
                         {key::CustomerResourceGroup, QStringLiteral("rg-powerplatform")},
                         {key::VaultName, QStringLiteral("kv-contoso-sam")},
                         {key::KeyName, QStringLiteral("sam-cmk")},
                         {key::PolicyName, QStringLiteral("sam-policy")},
                         {key::PolicyLocation, QStringLiteral("europe")},
                         {key::PowerPlatformAdminUpn, Priya},
                         {key::HandoffOut, d.path(QStringLiteral("sam.json"))}}));
    // The role panel says what the run has found so far: nothing before it starts.
    RolePanel *roles = d.window->docks()->rolePanel();
    QCOMPARE(roles->separation().state, RolePanel::Separation::State::Pending);
    QVERIFY2(roles->separationText().contains(QStringLiteral("when the run starts")),
             qPrintable(roles->separationText()));
    CHECKED(d.runToStop(RunSession::Status::Failed));
    QCOMPARE(d.run()->lastError().code, QStringLiteral("SeparationJustificationRequired"));
    QCOMPARE(roles->separation().state, RolePanel::Separation::State::Both);
    QVERIFY2(roles->separationText().contains(Sam), qPrintable(roles->separationText()));
    QVERIFY(roles->separation().justification.isEmpty());
    auto *row = d.find<QWidget>(QStringLiteral("justificationRow"));
    QVERIFY(row->isVisible());
    auto *justification = d.find<QLineEdit>(QStringLiteral("justificationEdit"));
    QCOMPARE(QApplication::focusWidget(), justification);
    QTest::keyClicks(justification, QStringLiteral("Weekend duty, ticket 4711"));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    QVERIFY(d.run()->state().separation.has_value());
    QCOMPARE(roles->separation().state, RolePanel::Separation::State::Both);
    QCOMPARE(roles->separation().justification, QStringLiteral("Weekend duty, ticket 4711"));
    QVERIFY(roles->separationText().contains(QStringLiteral("ticket 4711")));
}

void TestTrackPage::subnetPickerOffersTheSubnetsAnEndpointCanUse()
{
    WizardDriver &d = *m_driver;
    CHECKED(d.chooseTrack(QStringLiteral("isv"), QStringLiteral("isv-netapp")));
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    auto *picker = d.find<QComboBox>(QStringLiteral("picker_") + key::SubnetId);
    QVERIFY(picker);
    // Listed from the ISV's virtual networks once the subscription is known.
    CHECKED(d.setInput(key::IsvSubscriptionId, IsvSubscription));
    QTRY_VERIFY_WITH_TIMEOUT(picker->count() > 0, 10000);
    QStringList listed;
    for (int i = 0; i < picker->count(); ++i)
        listed << picker->itemData(i).toString();
    const QString endpoints
        = QStringLiteral("/subscriptions/%1/resourceGroups/rg-anf/providers/Microsoft.Network/"
                         "virtualNetworks/vnet-anf/subnets/snet-endpoints")
              .arg(IsvSubscription);
    QVERIFY2(listed.contains(endpoints, Qt::CaseInsensitive), qPrintable(listed.join(u'\n')));
    // Not the subnet delegated to the NetApp volumes: an endpoint cannot go there.
    for (const QString &id : std::as_const(listed))
        QVERIFY2(!id.endsWith(QLatin1StringView("/snet-anf-volumes")), qPrintable(id));
    const int index = int(listed.indexOf(endpoints));
    QVERIFY(picker->itemText(index).contains(QStringLiteral("10.20.2.0/24")));
    picker->setFocus();
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);
    QCOMPARE(d.run()->value(key::SubnetId).toLower(), endpoints.toLower());
    QVERIFY(d.find<MessageBanner>(QStringLiteral("error_") + key::SubnetId)->isHidden());
}

void TestTrackPage::inputsAreRememberedPerTrack()
{
    WizardDriver &d = *m_driver;
    CHECKED(toDiskTrack());
    const workflow::Values inputs = diskInputs(d.path(QStringLiteral("out.json")));
    CHECKED(d.setInputs(inputs));
    CHECKED(d.runToStop(RunSession::Status::WaitingForOtherTenant));
    d.closeWindow();

    // A new run of the same track starts with them (never a tenant or a hand-off to read).
    CHECKED(d.openWindow());
    auto *tracks = d.find<QListWidget>(QStringLiteral("trackList"));
    QCOMPARE(tracks->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("isv-managed-disks"));
    CHECKED(toDiskTrack());
    QCOMPARE(d.input(key::IdentityName)->text(), inputs.value(key::IdentityName));
    QCOMPARE(d.input(key::Region)->text(), inputs.value(key::Region));
    QVERIFY(d.run()->value(key::HandoffIn).isEmpty());
    QVERIFY(d.find<QPushButton>(QStringLiteral("runButton"))->isEnabled());
}

void TestTrackPage::everyInputOfEveryStepHasAnAccessibleNameAndDescription()
{
    WizardDriver &d = *m_driver;
    Workspace *workspace = d.model->workspace();
    for (const workflow::Track &track : tracks::allTracks(tracks::Waits::Sandbox)) {
        QString error;
        auto run = RunSession::create(workspace, track.info.id, {}, d.path(QStringLiteral("a11y")), &error);
        QVERIFY2(run, qPrintable(error));
        int fields = 0;
        for (const auto &step : run->track().steps) {
            StepPanel panel(run.get(), step.get());
            QVERIFY(!panel.accessibleName().isEmpty());
            for (QWidget *w : panel.findChildren<QWidget *>()) {
                if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w)
                    && !qobject_cast<QPushButton *>(w))
                    continue;
                const QString what = track.info.id + u'/' + step->info().id + u'/' + w->objectName();
                QVERIFY2(!w->objectName().isEmpty()
                             || qobject_cast<QLineEdit *>(w)->parentWidget()->inherits("QComboBox"),
                         qPrintable(what));
                QVERIFY2(!w->accessibleName().isEmpty() || !qobject_cast<QPushButton *>(w)->text().isEmpty(),
                         qPrintable(what));
                if (qobject_cast<QLineEdit *>(w)) {
                    QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(what));
                    ++fields;
                }
            }
        }
        // Every input the track asks for is on some step's panel.
        QVERIFY2(fields > 0 || track.inputs().isEmpty(), qPrintable(track.info.id));
    }
}

void TestTrackPage::keyboardOnlyReachesRunAndApply()
{
    WizardDriver &d = *m_driver;
    CHECKED(toDiskTrack());
    CHECKED(d.setInputs(diskInputs(d.path(QStringLiteral("out.json")))));
    // The step list has the focus; Down moves between steps and the panel follows.
    auto *steps = d.find<QListWidget>(QStringLiteral("stepList"));
    steps->setFocus();
    steps->setCurrentRow(0);
    QTest::keyClick(steps, Qt::Key_Down);
    QCOMPARE(steps->currentRow(), 1);
    QCOMPARE(d.find<QStackedWidget>(QStringLiteral("stepStack"))->currentIndex(), 1);
    // Alt+R runs; the plan waits with the focus on Apply, and Space applies it.
    QTRY_VERIFY(d.find<QPushButton>(QStringLiteral("runButton"))->isEnabled());
    QTest::keyClick(d.window.get(), Qt::Key_R, Qt::AltModifier);
    auto *apply = d.find<QPushButton>(QStringLiteral("applyButton"));
    QTRY_VERIFY_WITH_TIMEOUT(apply->isVisible() && apply->isEnabled(), 20000);
    QTRY_COMPARE(QApplication::focusWidget(), apply);
    const QString first = d.run()->currentStepId();
    QTest::keyClick(apply, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(d.run()->currentStepId() != first || !d.run()->isBusy(), 20000);
    QVERIFY(d.run()->stepRecord(first).isFinished());
}

QTEST_MAIN(TestTrackPage)
#include "tst_trackpage.moc"
