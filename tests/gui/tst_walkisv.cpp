// Walks the ISV tracks in cmkwizard with the customer's grant in between, as two different people of
// the sandbox demo: Alex (ISV) runs until the hand-off, closes the app; Kai (customer) grants with
// Alex's file; Alex continues from "Continue where you left off" with Kai's file to the verified end.

#include "tracks/keys.h"
#include "widgets/handoffpanels.h"
#include "wizarddriver.h"

#include <QFile>

using namespace cmk;
using namespace cmk::testing;
using workflow::Side;
namespace key = cmk::tracks::key;

class TestWalkIsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("CmkWizardTests")); }
    void init();
    void cleanup() { m_driver.reset(); }
    void isvTrackThenCustomerGrantThenResume_data();
    void isvTrackThenCustomerGrantThenResume();
    void netAppPrivateEndpointGoesBackAndForth();

private:
    std::unique_ptr<WizardDriver> m_driver;
};

void TestWalkIsv::init()
{
    m_driver = std::make_unique<WizardDriver>();
    CHECKED(m_driver->start());
}

void TestWalkIsv::isvTrackThenCustomerGrantThenResume_data()
{
    QTest::addColumn<QString>("trackId");
    QTest::addColumn<workflow::Values>("isvInputs");
    QTest::newRow("managed disks") << QStringLiteral("isv-managed-disks")
                                   << workflow::Values {
                                          {key::IsvSubscriptionId, IsvSubscription},
                                          {key::IsvResourceGroup, QStringLiteral("rg-disks")},
                                          {key::Region, QStringLiteral("westeurope")},
                                          {key::AppDisplayName, QStringLiteral("Fabrikam disks CMK")},
                                          {key::IdentityName, QStringLiteral("uami-disks-contoso")},
                                          {key::DiskEncryptionSetName, QStringLiteral("des-contoso")},
                                          {key::AutoKeyRotation, QStringLiteral("true")}};
}

void TestWalkIsv::isvTrackThenCustomerGrantThenResume()
{
    QFETCH(QString, trackId);
    QFETCH(workflow::Values, isvInputs);
    WizardDriver &d = *m_driver;
    const QString toCustomer = d.path(QStringLiteral("to-customer.json"));
    const QString toIsv = d.path(QStringLiteral("to-isv.json"));

    // Alex, the ISV engineer, runs until the track waits for the customer.
    CHECKED(d.chooseTrack(QStringLiteral("isv"), trackId));
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    isvInputs.insert(key::HandoffOut, toCustomer);
    CHECKED(d.setInputs(isvInputs));
    CHECKED(d.runToStop(RunSession::Status::WaitingForOtherTenant));
    QVERIFY(QFile::exists(toCustomer));
    QVERIFY(d.find<QWidget>(QStringLiteral("handoffBox"))->isVisible());
    // The export panel shows what the file carries and the admin-consent URL to pass on.
    auto *exportPanel = d.find<HandoffExportPanel>(QStringLiteral("handoffExportPanel"));
    QVERIFY(exportPanel && exportPanel->isVisible());
    QVERIFY2(exportPanel->consentUrl().toString().contains(QStringLiteral("adminconsent")),
             qPrintable(exportPanel->consentUrl().toString()));
    QVERIFY(d.find<QWidget>(QStringLiteral("consentRow"))->isVisible());
    // Nothing secret in the run file or the hand-off.
    for (const QString &file : {d.run()->statePath(), toCustomer}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY2(!text.contains("eyJ") && !text.contains("refresh_token") && !text.contains("code_verifier"),
                 qPrintable(file));
    }
    const QString isvRun = d.run()->statePath();
    QVERIFY(QFile::exists(isvRun));

    // The app is closed while it waits; Kai, the customer's key vault admin, grants access.
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseTrack(QStringLiteral("customer"), QStringLiteral("customer-grant")));
    CHECKED(d.signIn(Side::Customer, Kai));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::HandoffIn, toCustomer},
                         {key::CustomerSubscriptionId, CustomerSubscription},
                         {key::CustomerResourceGroup, QStringLiteral("rg-keys")},
                         {key::VaultName, QStringLiteral("kv-contoso-") + trackId.section(u'-', 1, 1)},
                         {key::KeyName, QStringLiteral("cmk-fabrikam")},
                         {key::HandoffOut, toIsv}}));
    // What Alex's file carries shows under the field.
    auto *imported = d.find<HandoffImportPanel>(QStringLiteral("handoff_") + key::HandoffIn);
    QVERIFY(imported && !imported->isHidden());
    QVERIFY(imported->handoff().has_value());
    QCOMPARE(imported->handoff()->values.value(key::AppDisplayName), isvInputs.value(key::AppDisplayName));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    CHECKED(d.finish());
    QVERIFY(QFile::exists(toIsv));
    QCOMPARE(d.run()->stepRecord(d.run()->track().steps.front()->info().id).by.userPrincipalName, Kai);

    // Alex continues the saved run with Kai's file, signed in again, to the verified end.
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseSavedRun(trackId));
    QCOMPARE(d.run()->statePath(), isvRun);
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    QCOMPARE(d.input(key::AppDisplayName) ? d.run()->value(key::AppDisplayName) : QString(),
             isvInputs.value(key::AppDisplayName));
    CHECKED(d.setInput(key::HandoffIn, toIsv));
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    CHECKED(d.finish());
    for (const auto &step : d.run()->track().steps)
        QVERIFY2(d.run()->stepRecord(step->info().id).isFinished(), qPrintable(step->info().id));
    // Nothing unfinished is offered any more.
    QVERIFY(RunSession::unfinishedRuns(d.model->runDirectory()).isEmpty());
}

void TestWalkIsv::netAppPrivateEndpointGoesBackAndForth()
{
    WizardDriver &d = *m_driver;
    const QString toCustomer = d.path(QStringLiteral("anf-to-customer.json"));
    const QString toIsv = d.path(QStringLiteral("anf-to-isv.json"));
    const QString subnet
        = QStringLiteral("/subscriptions/%1/resourceGroups/rg-anf/providers/Microsoft.Network/"
                         "virtualNetworks/vnet-anf/subnets/snet-endpoints")
              .arg(IsvSubscription);

    // 1. Alex, up to the hand-off.
    CHECKED(d.chooseTrack(QStringLiteral("isv"), QStringLiteral("isv-netapp")));
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::IsvSubscriptionId, IsvSubscription},
                         {key::IsvResourceGroup, QStringLiteral("rg-anf")},
                         {key::Region, QStringLiteral("westeurope")},
                         {key::AppDisplayName, QStringLiteral("Fabrikam storage CMK")},
                         {key::IdentityName, QStringLiteral("uami-anf-contoso")},
                         {key::SubnetId, subnet},
                         {key::NetAppAccountName, QStringLiteral("anf-contoso")},
                         {key::HandoffOut, toCustomer}}));
    CHECKED(d.runToStop(RunSession::Status::WaitingForOtherTenant));

    // 2. Kai grants and writes the reply; the endpoint is not there yet: Kai stops waiting and leaves.
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseTrack(QStringLiteral("customer"), QStringLiteral("customer-grant")));
    CHECKED(d.signIn(Side::Customer, Kai));
    CHECKED(d.clickNext());
    CHECKED(d.setInputs({{key::HandoffIn, toCustomer},
                         {key::CustomerSubscriptionId, CustomerSubscription},
                         {key::CustomerResourceGroup, QStringLiteral("rg-keys")},
                         {key::VaultName, QStringLiteral("kv-contoso-anf")},
                         {key::KeyName, QStringLiteral("cmk-fabrikam")},
                         {key::HandoffOut, toIsv}}));
    CHECKED(
        d.runToStop(RunSession::Status::Cancelled, QString(), 30000, QStringLiteral("Waiting for the ISV")));
    QVERIFY(QFile::exists(toIsv));

    // 3. Alex continues with Kai's file: the endpoint is created and waits for Kai's approval.
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseSavedRun(QStringLiteral("isv-netapp")));
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    CHECKED(d.setInput(key::HandoffIn, toIsv));
    CHECKED(d.runToStop(RunSession::Status::Cancelled, QString(), 30000,
                        QStringLiteral("Waiting for the customer")));

    // 4. Kai continues: the endpoint is approved, the grant is complete.
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseSavedRun(QStringLiteral("customer-grant")));
    CHECKED(d.signIn(Side::Customer, Kai));
    CHECKED(d.clickNext());
    CHECKED(d.runToStop(RunSession::Status::Succeeded));

    // 5. Alex continues to the encrypted NetApp account.
    d.closeWindow();
    CHECKED(d.openWindow());
    CHECKED(d.chooseSavedRun(QStringLiteral("isv-netapp")));
    CHECKED(d.signIn(Side::Isv, Alex));
    CHECKED(d.clickNext());
    CHECKED(d.runToStop(RunSession::Status::Succeeded));
    CHECKED(d.finish());
    QVERIFY(!d.run()->value(key::NetAppAccountId).isEmpty());
    QVERIFY(RunSession::unfinishedRuns(d.model->runDirectory()).isEmpty());
}

QTEST_MAIN(TestWalkIsv)
#include "tst_walkisv.moc"
