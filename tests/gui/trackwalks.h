#pragma once

// Every track of cmkwizard walked as the sandbox demo's people, through the WizardDriver: the ISV
// tracks with the customer's grant in between (Alex and Kai), and the Power Platform tracks (Kai
// makes the policy, Priya adds, removes, migrates and moves environments, Sam locks, Kai unlocks).
// Shared by the walk tests, which check what each leg leaves behind, and by bench_wizard, which
// measures the event loop during each leg. A leg is one visit of a track page, from choosing the
// track on the start page of a new window to the run's stop: `legStarted` names it as it begins. Helpers use
// QVERIFY: check QTest::currentTestFailed() after them (CHECKED).

#include "tracks/keys.h"
#include "tracks/lock.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QFile>

#include <functional>

namespace cmk::testing {

class TrackWalks
{
public:
    explicit TrackWalks(WizardDriver &driver)
        : d(driver)
    {
    }

    /// Called with a leg's name (track and person) before the leg begins.
    std::function<void(const QString &)> legStarted;

    /// A new window, `upn` signed in on `side`, on the track page of `trackId`.
    void open(const QString &personaId, const QString &trackId, workflow::Side side, const QString &upn)
    {
        d.closeWindow();
        CHECKED(d.openWindow());
        begin(trackId, upn);
        CHECKED(d.chooseTrack(personaId, trackId));
        CHECKED(d.signIn(side, upn));
        CHECKED(d.clickNext());
    }

    /// A new window on the saved run of `trackId`, `upn` signed in on `side`, on its track page.
    void resume(const QString &trackId, workflow::Side side, const QString &upn)
    {
        d.closeWindow();
        CHECKED(d.openWindow());
        begin(trackId + QStringLiteral(" (continued)"), upn);
        CHECKED(d.chooseSavedRun(trackId));
        CHECKED(d.signIn(side, upn));
        CHECKED(d.clickNext());
    }

    // The ISV tracks.

    static workflow::Values managedDisksInputs()
    {
        namespace key = tracks::key;
        return {{key::IsvSubscriptionId, IsvSubscription},
                {key::IsvResourceGroup, QStringLiteral("rg-disks")},
                {key::Region, QStringLiteral("westeurope")},
                {key::AppDisplayName, QStringLiteral("Fabrikam disks CMK")},
                {key::IdentityName, QStringLiteral("uami-disks-contoso")},
                {key::DiskEncryptionSetName, QStringLiteral("des-contoso")},
                {key::AutoKeyRotation, QStringLiteral("true")}};
    }

    /// Alex runs the ISV track `trackId` until it waits for the customer, writing `toCustomer`.
    void isvToHandoff(const QString &trackId, workflow::Values inputs, const QString &toCustomer)
    {
        CHECKED(open(QStringLiteral("isv"), trackId, workflow::Side::Isv, Alex));
        inputs.insert(tracks::key::HandoffOut, toCustomer);
        CHECKED(d.setInputs(inputs));
        CHECKED(d.runToStop(RunSession::Status::WaitingForOtherTenant));
    }

    /// Kai grants with Alex's file in vault `vaultName` and writes the reply `toIsv`; the run stops in
    /// `expected` (Cancelled when it was left at `stopAtProgress`).
    void customerGrant(const QString &toCustomer, const QString &vaultName, const QString &toIsv,
                       RunSession::Status expected = RunSession::Status::Succeeded,
                       const QString &stopAtProgress = QString())
    {
        namespace key = tracks::key;
        CHECKED(open(QStringLiteral("customer"), QStringLiteral("customer-grant"), workflow::Side::Customer,
                     Kai));
        CHECKED(d.setInputs({{key::HandoffIn, toCustomer},
                             {key::CustomerSubscriptionId, CustomerSubscription},
                             {key::CustomerResourceGroup, QStringLiteral("rg-keys")},
                             {key::VaultName, vaultName},
                             {key::KeyName, QStringLiteral("cmk-fabrikam")},
                             {key::HandoffOut, toIsv}}));
        CHECKED(d.runToStop(expected, QString(), 30000, stopAtProgress));
    }

    /// Alex continues the saved run of `trackId` with Kai's reply `toIsv` (none: already given).
    void isvContinue(const QString &trackId, const QString &toIsv,
                     RunSession::Status expected = RunSession::Status::Succeeded,
                     const QString &stopAtProgress = QString())
    {
        CHECKED(resume(trackId, workflow::Side::Isv, Alex));
        if (!toIsv.isEmpty())
            CHECKED(d.setInput(tracks::key::HandoffIn, toIsv));
        CHECKED(d.runToStop(expected, QString(), 30000, stopAtProgress));
    }

    /// Managed disks: Alex to the hand-off, Kai's grant, Alex to the encrypted disk encryption set.
    void managedDisks()
    {
        const QString toCustomer = d.path(QStringLiteral("disks-to-customer.json"));
        const QString toIsv = d.path(QStringLiteral("disks-to-isv.json"));
        CHECKED(isvToHandoff(QStringLiteral("isv-managed-disks"), managedDisksInputs(), toCustomer));
        CHECKED(customerGrant(toCustomer, QStringLiteral("kv-contoso-managed"), toIsv));
        CHECKED(isvContinue(QStringLiteral("isv-managed-disks"), toIsv));
        CHECKED(d.finish());
    }

    /// NetApp with a private endpoint: the run goes back and forth between Alex and Kai until the
    /// endpoint is approved and the account is encrypted.
    void netApp()
    {
        namespace key = tracks::key;
        const QString toCustomer = d.path(QStringLiteral("anf-to-customer.json"));
        const QString toIsv = d.path(QStringLiteral("anf-to-isv.json"));
        const QString subnet
            = QStringLiteral("/subscriptions/%1/resourceGroups/rg-anf/providers/Microsoft.Network/"
                             "virtualNetworks/vnet-anf/subnets/snet-endpoints")
                  .arg(IsvSubscription);
        // 1. Alex, up to the hand-off.
        CHECKED(isvToHandoff(QStringLiteral("isv-netapp"),
                             {{key::IsvSubscriptionId, IsvSubscription},
                              {key::IsvResourceGroup, QStringLiteral("rg-anf")},
                              {key::Region, QStringLiteral("westeurope")},
                              {key::AppDisplayName, QStringLiteral("Fabrikam storage CMK")},
                              {key::IdentityName, QStringLiteral("uami-anf-contoso")},
                              {key::SubnetId, subnet},
                              {key::NetAppAccountName, QStringLiteral("anf-contoso")}},
                             toCustomer));
        // 2. Kai grants and writes the reply; the endpoint is not there yet: Kai stops waiting and leaves.
        CHECKED(customerGrant(toCustomer, QStringLiteral("kv-contoso-anf"), toIsv,
                              RunSession::Status::Cancelled, QStringLiteral("Waiting for the ISV")));
        QVERIFY(QFile::exists(toIsv));
        // 3. Alex continues with Kai's file: the endpoint is created and waits for Kai's approval.
        CHECKED(isvContinue(QStringLiteral("isv-netapp"), toIsv, RunSession::Status::Cancelled,
                            QStringLiteral("Waiting for the customer")));
        // 4. Kai continues: the endpoint is approved, the grant is complete.
        CHECKED(resume(QStringLiteral("customer-grant"), workflow::Side::Customer, Kai));
        CHECKED(d.runToStop(RunSession::Status::Succeeded));
        // 5. Alex continues to the encrypted NetApp account.
        CHECKED(isvContinue(QStringLiteral("isv-netapp"), QString()));
        CHECKED(d.finish());
    }

    // The Power Platform tracks.

    /// Kai's key vault track for `policy`; the policy's ID.
    void makePolicy(const QString &policy, const QString &keyName, QString *policyId)
    {
        namespace key = tracks::key;
        CHECKED(
            open(QStringLiteral("customer"), QStringLiteral("pp-keyvault"), workflow::Side::Customer, Kai));
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

    /// Picks the environment named `displayName` from the environments picker.
    void pickEnvironment(const QString &displayName)
    {
        namespace key = tracks::key;
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

    /// Every Power Platform track, each to its verified end (the sandbox's clock fast-forwarded).
    void powerPlatform()
    {
        namespace key = tracks::key;
        const auto pp = QStringLiteral("powerplatform");
        const auto customer = QStringLiteral("customer");
        const workflow::Side side = workflow::Side::Customer;

        // Kai: the policy and the grants, handed to Priya.
        QString policy;
        CHECKED(makePolicy(QStringLiteral("contoso-cmk"), QStringLiteral("pp-cmk"), &policy));

        // Priya adds Contoso Sales Test; the link is irreversible enough to ask for the policy's name.
        CHECKED(open(pp, QStringLiteral("pp-environments"), side, Priya));
        CHECKED(d.setInput(key::PolicyId, policy));
        CHECKED(pickEnvironment(QStringLiteral("Contoso Sales Test")));
        const QString test = d.run()->value(key::Environments);
        CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-cmk")));
        CHECKED(d.finish());
        QCOMPARE(d.run()->value(key::EnvironmentsChosen), test);

        // Priya takes it out again.
        CHECKED(open(pp, QStringLiteral("pp-remove"), side, Priya));
        CHECKED(d.setInputs({{key::PolicyId, policy}, {key::Environments, test}}));
        CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-cmk")));
        CHECKED(d.finish());

        // Priya migrates every BYOK environment to the policy.
        CHECKED(open(pp, QStringLiteral("pp-migrate-byok"), side, Priya));
        CHECKED(d.setInputs({{key::PolicyId, policy}, {key::Environments, QStringLiteral("all")}}));
        CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-cmk")));
        CHECKED(d.finish());
        QVERIFY(!d.run()->value(key::EnvironmentsChosen).isEmpty());

        // Kai makes a second policy with a new key; Priya moves everything to it.
        QString newPolicy;
        CHECKED(makePolicy(QStringLiteral("contoso-new"), QStringLiteral("pp-new"), &newPolicy));
        CHECKED(open(pp, QStringLiteral("pp-change-key"), side, Priya));
        CHECKED(d.setInputs({{key::PolicyId, newPolicy},
                             {key::PreviousPolicyId, policy},
                             {key::Environments, QStringLiteral("all")}}));
        CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-new")));
        CHECKED(d.finish());

        // Sam locks the new policy's environments after typing its name.
        CHECKED(open(customer, QStringLiteral("pp-lock"), side, Sam));
        CHECKED(d.setInputs(
            {{key::PolicyId, newPolicy}, {key::LockMethod, QString(tracks::LockMethod::RevokeAccess)}}));
        CHECKED(d.runToStop(RunSession::Status::Succeeded, QStringLiteral("contoso-new")));
        CHECKED(d.finish());
        QVERIFY(!d.run()->value(key::LockRevoked).isEmpty());

        // Kai restores the access; the support request is written.
        const QString support = d.path(QStringLiteral("support.txt"));
        CHECKED(open(customer, QStringLiteral("pp-unlock"), side, Kai));
        CHECKED(d.setInputs({{key::PolicyId, newPolicy},
                             {key::Region, QStringLiteral("westeurope")},
                             {key::SupportRequestOut, support}}));
        CHECKED(d.runToStop(RunSession::Status::Succeeded));
        CHECKED(d.finish());
        QVERIFY(QFile::exists(support));
    }

private:
    void begin(const QString &leg, const QString &upn)
    {
        if (legStarted)
            legStarted(QStringLiteral("%1 (%2)").arg(leg, upn.section(u'@', 0, 0)));
    }

    WizardDriver &d;
};

} // namespace cmk::testing
