// Walks the ISV tracks in cmkwizard with the customer's grant in between, as two different people of
// the sandbox demo: Alex (ISV) runs until the hand-off, closes the app; Kai (customer) grants with
// Alex's file; Alex continues from "Continue where you left off" with Kai's file to the verified end.

#include "tracks/keys.h"
#include "trackwalks.h"
#include "widgets/handoffpanels.h"

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
    QTest::newRow("managed disks") << QStringLiteral("isv-managed-disks") << TrackWalks::managedDisksInputs();
}

void TestWalkIsv::isvTrackThenCustomerGrantThenResume()
{
    QFETCH(QString, trackId);
    QFETCH(workflow::Values, isvInputs);
    WizardDriver &d = *m_driver;
    TrackWalks walks(d);
    const QString toCustomer = d.path(QStringLiteral("to-customer.json"));
    const QString toIsv = d.path(QStringLiteral("to-isv.json"));

    // Alex, the ISV engineer, runs until the track waits for the customer.
    CHECKED(walks.isvToHandoff(trackId, isvInputs, toCustomer));
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
    CHECKED(
        walks.customerGrant(toCustomer, QStringLiteral("kv-contoso-") + trackId.section(u'-', 1, 1), toIsv));
    CHECKED(d.finish());
    // What Alex's file carried shows under the field.
    auto *imported = d.find<HandoffImportPanel>(QStringLiteral("handoff_") + key::HandoffIn);
    QVERIFY(imported && !imported->isHidden());
    QVERIFY(imported->handoff().has_value());
    QCOMPARE(imported->handoff()->values.value(key::AppDisplayName), isvInputs.value(key::AppDisplayName));
    QVERIFY(QFile::exists(toIsv));
    QCOMPARE(d.run()->stepRecord(d.run()->track().steps.front()->info().id).by.userPrincipalName, Kai);

    // Alex continues the saved run with Kai's file, signed in again, to the verified end.
    CHECKED(walks.resume(trackId, Side::Isv, Alex));
    QCOMPARE(d.run()->statePath(), isvRun);
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
    TrackWalks walks(d);
    // Alex, Kai, Alex, Kai, Alex: each leg stops where the other tenant has to act.
    CHECKED(walks.netApp());
    QVERIFY(!d.run()->value(key::NetAppAccountId).isEmpty());
    QVERIFY(RunSession::unfinishedRuns(d.model->runDirectory()).isEmpty());
}

QTEST_MAIN(TestWalkIsv)
#include "tst_walkisv.moc"
