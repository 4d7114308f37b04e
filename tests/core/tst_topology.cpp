// The topology model: which nodes and edges a track's setup has, and their states as steps run.

#include "topology/topology.h"
#include "tracks/catalog.h"
#include "tracks/keys.h"

#include <QTest>

using namespace cmk;
using namespace cmk::topology;
using workflow::StepRecord;
using workflow::StepState;
namespace k = cmk::tracks::key;

namespace QTest {
template<> inline char *toString(const NodeState &state)
{
    return qstrdup(qPrintable(nodeStateName(state)));
}
} // namespace QTest

class TestTopology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isvManagedDisksShape();
    void isvManagedDisksStatesFollowTheRun();
    void deterministic();
    void powerPlatformKeyVaultShape();
    void powerPlatformEnvironmentsAreNodes();
    void lockTrackLocksKeyAccessAndEnvironments();
    void unlockTrackUnlocksAfterRestore();

private:
    static workflow::Track track(const char *id)
    {
        auto t = tracks::trackById(QString::fromLatin1(id));
        if (!t)
            qFatal("no track %s", id);
        return *t;
    }
    static StepRecord record(StepState state)
    {
        StepRecord r;
        r.state = state;
        return r;
    }
    static QStringList nodeIds(const Topology &t)
    {
        QStringList ids;
        for (const Node &n : t.nodes())
            ids << n.id;
        ids.sort();
        return ids;
    }
};

void TestTopology::isvManagedDisksShape()
{
    const Topology t = Topology::build(track("isv-managed-disks"), {}, {});
    QCOMPARE(
        nodeIds(t),
        QStringList({QStringLiteral("app"), QStringLiteral("des"), QStringLiteral("fic"),
                     QStringLiteral("identity"), QStringLiteral("key"), QStringLiteral("tenant:customer"),
                     QStringLiteral("tenant:isv"), QStringLiteral("vault")}));
    QVERIFY(!t.node(u"netapp"));
    QVERIFY(!t.node(u"policy"));
    QCOMPARE(t.columnCount(), 2);
    QCOMPARE(t.node(u"tenant:isv")->column, 0);
    QCOMPARE(t.node(u"tenant:isv")->row, 0);
    QCOMPARE(t.node(u"app")->column, 0);
    QCOMPARE(t.node(u"vault")->column, 1);
    QCOMPARE(t.node(u"tenant:customer")->row, 0);
    for (const auto &[from, to] : std::initializer_list<std::pair<const char16_t *, const char16_t *>> {
             {u"fic", u"app"},
             {u"fic", u"identity"},
             {u"des", u"key"},
             {u"des", u"identity"},
             {u"vault", u"key"},
             {u"tenant:isv", u"app"},
             {u"tenant:customer", u"vault"}}) {
        QVERIFY2(t.hasEdge(from, to), qPrintable(QString::fromUtf16(from) + u"->" + QString::fromUtf16(to)));
    }
    QVERIFY(!t.hasEdge(u"des", u"private-endpoint"));
    for (const Node &n : t.nodes())
        QCOMPARE(n.state, NodeState::NotStarted);
    QVERIFY(t.node(u"des")->stepIds.contains(QStringLiteral("disk-encryption-set")));
    QCOMPARE(t.columnTitles(),
             QStringList({QStringLiteral("ISV tenant"), QStringLiteral("Customer tenant")}));
}

void TestTopology::isvManagedDisksStatesFollowTheRun()
{
    Topology t = Topology::build(track("isv-managed-disks"), {}, {});
    workflow::Values values;
    values.insert(k::IsvTenantId, QStringLiteral("11111111-1111-1111-1111-111111111111"));
    values.insert(k::AppId, QStringLiteral("0f0f0f0f-0000-0000-0000-000000000001"));
    values.insert(k::AppDisplayName, QStringLiteral("Fabrikam CMK"));
    QMap<QString, StepRecord> steps;
    steps.insert(QStringLiteral("app-registration"), record(StepState::Applied));
    steps.insert(QStringLiteral("managed-identity"), record(StepState::Pending));
    t.updateFrom(values, steps, QStringLiteral("managed-identity"));
    QCOMPARE(t.node(u"app")->state, NodeState::Done);
    QCOMPARE(t.node(u"app")->detail, QStringLiteral("Fabrikam CMK"));
    QCOMPARE(t.node(u"identity")->state, NodeState::InProgress);
    QCOMPARE(t.node(u"fic")->state, NodeState::NotStarted);
    QCOMPARE(t.node(u"tenant:isv")->state, NodeState::Done);
    QCOMPARE(t.node(u"tenant:customer")->state, NodeState::NotStarted);
    QCOMPARE(t.node(u"vault")->detail, QString());

    // The hand-off brings the customer's vault and key; the disk encryption set fails.
    values.insert(k::IdentityId,
                  QStringLiteral("/subscriptions/a/resourceGroups/rg/providers/"
                                 "Microsoft.ManagedIdentity/userAssignedIdentities/fabrikam-cmk-id"));
    values.insert(
        k::VaultId,
        QStringLiteral("/subscriptions/b/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/contoso-kv"));
    values.insert(k::KeyUrl, QStringLiteral("https://contoso-kv.vault.azure.net/keys/cmk/0123456789abcdef"));
    values.insert(k::CustomerTenantId, QStringLiteral("22222222-2222-2222-2222-222222222222"));
    for (const char *done :
         {"feature-registration", "region", "managed-identity", "federated-credential", "handoff"})
        steps.insert(QLatin1StringView(done), record(StepState::Applied));
    steps.insert(QStringLiteral("disk-encryption-set"), record(StepState::Failed));
    t.updateFrom(values, steps);
    QCOMPARE(t.node(u"identity")->state, NodeState::Done);
    QCOMPARE(t.node(u"identity")->detail, QStringLiteral("fabrikam-cmk-id"));
    QCOMPARE(t.node(u"fic")->state, NodeState::Done);
    QCOMPARE(t.node(u"vault")->state, NodeState::Done);
    QCOMPARE(t.node(u"vault")->detail, QStringLiteral("contoso-kv"));
    QCOMPARE(t.node(u"key")->detail, QStringLiteral("cmk"));
    QCOMPARE(t.node(u"des")->state, NodeState::Failed);
    QCOMPARE(t.node(u"tenant:customer")->state, NodeState::Done);
}

void TestTopology::deterministic()
{
    // From a saved run as from its parts.
    workflow::RunState run
        = workflow::RunState::create(QStringLiteral("isv-netapp"), QStringLiteral("AzureCloud"), {});
    run.steps[QStringLiteral("app-registration")].state = StepState::Applied;
    QCOMPARE(Topology::fromRun(track("isv-netapp"), run).node(u"app")->state, NodeState::Done);

    const auto a = Topology::build(track("isv-netapp"), {}, {});
    const auto b = Topology::build(track("isv-netapp"), {}, {});
    QCOMPARE(a.nodes().size(), b.nodes().size());
    for (qsizetype i = 0; i < a.nodes().size(); ++i) {
        QCOMPARE(a.nodes().at(i).id, b.nodes().at(i).id);
        QCOMPARE(a.nodes().at(i).column, b.nodes().at(i).column);
        QCOMPARE(a.nodes().at(i).row, b.nodes().at(i).row);
    }
    QVERIFY(a.node(u"netapp"));
    QVERIFY(a.node(u"private-endpoint"));
    QVERIFY(a.hasEdge(u"private-endpoint", u"vault"));
    QVERIFY(a.hasEdge(u"netapp", u"private-endpoint"));
    QVERIFY(!a.node(u"des"));
    // No two nodes share a place.
    QSet<QPair<int, int>> places;
    for (const Node &n : a.nodes())
        places.insert({n.column, n.row});
    QCOMPARE(places.size(), a.nodes().size());
}

void TestTopology::powerPlatformKeyVaultShape()
{
    const Topology t = Topology::build(track("pp-keyvault"), {}, {});
    QCOMPARE(nodeIds(t),
             QStringList({QStringLiteral("key"), QStringLiteral("key-access"), QStringLiteral("policy"),
                          QStringLiteral("tenant:customer"), QStringLiteral("vault")}));
    QCOMPARE(t.columnCount(), 1); // one tenant: the customer's column starts at the left
    QCOMPARE(t.node(u"tenant:customer")->column, 0);
    QVERIFY(t.hasEdge(u"policy", u"key-access"));
    QVERIFY(t.hasEdge(u"key-access", u"key"));
    QVERIFY(t.hasEdge(u"policy", u"key"));
    QVERIFY(!t.node(u"app"));
}

void TestTopology::powerPlatformEnvironmentsAreNodes()
{
    workflow::Values values;
    values.insert(k::EnvironmentsChosen, QStringLiteral("Default-2222, 0d1e2f3a-sales"));
    values.insert(k::PolicyId,
                  QStringLiteral("/subscriptions/b/resourceGroups/rg/providers/"
                                 "Microsoft.PowerPlatform/enterprisePolicies/contoso-cmk-policy"));
    QMap<QString, StepRecord> steps;
    steps.insert(QStringLiteral("verify-admin"), record(StepState::AlreadyDone));
    steps.insert(QStringLiteral("choose-environments"), record(StepState::Applied));
    steps.insert(QStringLiteral("link"), record(StepState::Running));
    const Topology t = Topology::build(track("pp-environments"), values, steps);
    QCOMPARE(t.node(u"policy")->detail, QStringLiteral("contoso-cmk-policy"));
    QCOMPARE(t.node(u"policy")->state, NodeState::Done);
    const Node *sales = t.node(u"environment:0d1e2f3a-sales");
    QVERIFY(sales);
    QVERIFY(t.node(u"environment:Default-2222"));
    QCOMPARE(sales->state, NodeState::InProgress);
    QCOMPARE(sales->column, 1);
    QVERIFY(t.hasEdge(u"environment:0d1e2f3a-sales", u"policy"));
    QCOMPARE(t.columnTitles().last(), QStringLiteral("Power Platform"));
}

void TestTopology::lockTrackLocksKeyAccessAndEnvironments()
{
    workflow::Values values;
    values.insert(k::LockedEnvironments, QStringLiteral("env-a,env-b"));
    values.insert(k::KeyUrl, QStringLiteral("https://contoso-kv.vault.azure.net/keys/cmk/01"));
    QMap<QString, StepRecord> steps;
    steps.insert(QStringLiteral("policy-impact"), record(StepState::Applied));
    Topology t = Topology::build(track("pp-lock"), values, steps);
    QCOMPARE(t.node(u"environment:env-a")->state, NodeState::Done);
    QVERIFY(t.node(u"key-access")->state != NodeState::Locked);

    steps.insert(QStringLiteral("revoke"), record(StepState::Applied));
    t.updateFrom(values, steps);
    QCOMPARE(t.node(u"environment:env-a")->state, NodeState::Locked);
    QCOMPARE(t.node(u"environment:env-b")->state, NodeState::Locked);
    QCOMPARE(t.node(u"key-access")->state, NodeState::Locked);
    QCOMPARE(t.node(u"key")->state, NodeState::Locked);

    steps.insert(QStringLiteral("revoke"), record(StepState::Failed));
    t.updateFrom(values, steps);
    QCOMPARE(t.node(u"environment:env-a")->state, NodeState::Failed);
}

void TestTopology::unlockTrackUnlocksAfterRestore()
{
    workflow::Values values;
    values.insert(k::LockedEnvironments, QStringLiteral("env-a"));
    QMap<QString, StepRecord> steps;
    steps.insert(QStringLiteral("policy-impact"), record(StepState::Applied));
    Topology t = Topology::build(track("pp-unlock"), values, steps);
    QCOMPARE(t.node(u"environment:env-a")->state, NodeState::Locked);
    QCOMPARE(t.node(u"key-access")->state, NodeState::Locked);
    steps.insert(QStringLiteral("restore"), record(StepState::Applied));
    t.updateFrom(values, steps);
    QCOMPARE(t.node(u"environment:env-a")->state, NodeState::InProgress); // the support request is next
    QCOMPARE(t.node(u"key-access")->state, NodeState::Done); // access is back
    steps.insert(QStringLiteral("support-request"), record(StepState::Applied));
    t.updateFrom(values, steps);
    QCOMPARE(t.node(u"environment:env-a")->state, NodeState::Done);
}

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
