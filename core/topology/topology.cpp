#include "topology/topology.h"

#include "tracks/keys.h"

#include <algorithm>
#include <functional>

namespace cmk::topology {

namespace k = tracks::key;

namespace {

constexpr int IsvColumn = 0;
constexpr int CustomerColumn = 1;
constexpr int PowerPlatformColumn = 2;
constexpr int MaxEnvironmentNodes = 8;

/// One kind of node the picture can hold: which steps make it and which values name it.
struct Spec
{
    const char *id;
    NodeKind kind;
    workflow::Side side;
    int column;
    std::function<QString()> label;
    QStringList steps;
    QStringList presence; ///< values whose presence shows the node even without its steps
    QStringList detail; ///< the first of these values that is set names the node
};

QStringList list(std::initializer_list<QLatin1StringView> keys)
{
    QStringList out;
    for (QLatin1StringView key : keys)
        out << QString(key);
    return out;
}

QStringList ids(std::initializer_list<const char *> steps)
{
    QStringList out;
    for (const char *s : steps)
        out << QString::fromLatin1(s);
    return out;
}

const QList<Spec> &specs()
{
    using S = workflow::Side;
    static const QList<Spec> all = {
        {"app", NodeKind::AppRegistration, S::Isv, IsvColumn, [] { return Topology::tr("App registration"); },
         ids({"app-registration", "import-handoff"}), list({k::AppId}), list({k::AppDisplayName, k::AppId})},
        {"identity", NodeKind::ManagedIdentity, S::Isv, IsvColumn,
         [] { return Topology::tr("Managed identity"); }, ids({"managed-identity"}), list({k::IdentityId}),
         list({k::IdentityName, k::IdentityId})},
        {"fic", NodeKind::FederatedCredential, S::Isv, IsvColumn,
         [] { return Topology::tr("Federated credential"); }, ids({"federated-credential"}),
         list({k::FederatedCredentialName}), list({k::FederatedCredentialName})},
        {"private-endpoint", NodeKind::PrivateEndpoint, S::Isv, IsvColumn,
         [] { return Topology::tr("Private endpoint"); }, ids({"private-endpoint", "endpoint-approval"}),
         list({k::PrivateEndpointId}), list({k::PrivateEndpointName, k::PrivateEndpointId})},
        {"des", NodeKind::DiskEncryptionSet, S::Isv, IsvColumn,
         [] { return Topology::tr("Disk encryption set"); }, ids({"disk-encryption-set"}),
         list({k::DiskEncryptionSetId}), list({k::DiskEncryptionSetName, k::DiskEncryptionSetId})},
        {"netapp", NodeKind::NetAppAccount, S::Isv, IsvColumn, [] { return Topology::tr("NetApp account"); },
         ids({"netapp-encryption"}), list({k::NetAppAccountId}),
         list({k::NetAppAccountName, k::NetAppAccountId})},
        {"sp", NodeKind::ServicePrincipal, S::Customer, CustomerColumn,
         [] { return Topology::tr("Enterprise application"); }, ids({"service-principal"}),
         list({k::ServicePrincipalId}), list({k::ServicePrincipalId})},
        {"vault", NodeKind::KeyVault, S::Customer, CustomerColumn, [] { return Topology::tr("Key vault"); },
         ids({"key-vault", "vault-network", "handoff", "policy-impact"}), list({k::VaultId}),
         list({k::VaultName, k::VaultId})},
        {"key", NodeKind::Key, S::Customer, CustomerColumn, [] { return Topology::tr("Key"); },
         ids({"key", "handoff", "policy-impact"}), list({k::KeyUrl}), list({k::KeyName, k::KeyUrl})},
        {"key-access", NodeKind::KeyAccess, S::Customer, CustomerColumn,
         [] { return Topology::tr("Access to the key"); },
         ids({"grant", "policy-key-access", "revoke", "restore"}), list({k::GrantKind}),
         list({k::GrantRole, k::GrantKind})},
        {"policy", NodeKind::EnterprisePolicy, S::Customer, CustomerColumn,
         [] { return Topology::tr("Enterprise policy"); },
         ids({"enterprise-policy", "policy-reader", "handoff-powerplatform", "verify-admin",
              "policy-impact"}),
         list({k::PolicyId}), list({k::PolicyName, k::PolicyId})},
    };
    return all;
}

const QStringList &environmentSteps()
{
    static const QStringList steps
        = ids({"choose-environments", "link", "unlink", "verify-locked", "support-request"});
    return steps;
}

/// The last segment of an ARM id or key URL ("…/vaults/contoso-kv" gives "contoso-kv").
QString shortName(const QString &value)
{
    if (!value.contains(u'/'))
        return value;
    QStringList parts = value.split(u'/', Qt::SkipEmptyParts);
    // A key URL ends in its version: name the key, not the version.
    if (parts.size() >= 3 && parts.at(parts.size() - 3) == QLatin1StringView("keys"))
        return parts.at(parts.size() - 2);
    return parts.isEmpty() ? value : parts.last();
}

bool finished(workflow::StepState s)
{
    return s == workflow::StepState::AlreadyDone || s == workflow::StepState::Applied;
}

} // namespace

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::NotStarted:
        return QStringLiteral("not-started");
    case NodeState::InProgress:
        return QStringLiteral("in-progress");
    case NodeState::Done:
        return QStringLiteral("done");
    case NodeState::Failed:
        return QStringLiteral("failed");
    case NodeState::Locked:
        return QStringLiteral("locked");
    }
    return {};
}

QString nodeStateTitle(NodeState state)
{
    switch (state) {
    case NodeState::NotStarted:
        return Topology::tr("Not started");
    case NodeState::InProgress:
        return Topology::tr("In progress");
    case NodeState::Done:
        return Topology::tr("Done");
    case NodeState::Failed:
        return Topology::tr("Failed");
    case NodeState::Locked:
        return Topology::tr("Locked");
    }
    return {};
}

Topology Topology::build(const workflow::Track &track, const workflow::Values &values,
                         const QMap<QString, workflow::StepRecord> &steps, const QString &running)
{
    Topology t;
    t.m_trackId = track.info.id;
    for (const auto &step : track.steps) {
        const workflow::Step::Info info = step->info();
        t.m_trackSteps << info.id;
        t.m_stepSides.insert(info.id, info.side);
    }
    t.updateFrom(values, steps, running);
    return t;
}

void Topology::updateFrom(const workflow::Values &values, const QMap<QString, workflow::StepRecord> &steps,
                          const QString &running)
{
    m_values = values;
    m_records = steps;
    m_running = running;
    rebuild();
}

void Topology::rebuild()
{
    m_nodes.clear();
    m_edges.clear();

    const auto inTrack = [this](const QStringList &steps) {
        QStringList out;
        for (const QString &s : steps) {
            if (m_trackSteps.contains(s))
                out << s;
        }
        return out;
    };
    const auto anySet = [this](const QStringList &keys) {
        for (const QString &key : keys) {
            if (!m_values.value(key).isEmpty())
                return true;
        }
        return false;
    };
    const auto stepDone = [this](const QString &id) {
        return m_trackSteps.contains(id) && finished(m_records.value(id).state);
    };
    const auto stepActive = [this](const QString &id) {
        return m_trackSteps.contains(id)
            && (id == m_running || m_records.value(id).state == workflow::StepState::Running);
    };
    // The state of a node made by `steps`: failed wins, then under way, then done when all are.
    const auto stateOf = [&](const QStringList &steps, bool known) {
        if (steps.isEmpty())
            return known ? NodeState::Done : NodeState::NotStarted;
        int done = 0;
        bool failed = false;
        bool active = false;
        for (const QString &s : steps) {
            const workflow::StepState state = m_records.value(s).state;
            failed = failed || state == workflow::StepState::Failed;
            active = active || stepActive(s);
            done += finished(state) ? 1 : 0;
        }
        if (active)
            return NodeState::InProgress;
        if (failed)
            return NodeState::Failed;
        if (done == steps.size())
            return NodeState::Done;
        return done > 0 ? NodeState::InProgress : NodeState::NotStarted;
    };

    // Locking: once access to the key is revoked, the key and every environment using it are locked,
    // until the unlock track restores it.
    const bool lockTrack = m_trackSteps.contains(QStringLiteral("revoke"));
    const bool unlockTrack = m_trackSteps.contains(QStringLiteral("restore"));
    const bool revoked = lockTrack && stepDone(QStringLiteral("revoke"));
    const bool restored = unlockTrack && stepDone(QStringLiteral("restore"));

    QMap<int, int> rows;
    const auto place = [&](Node node) {
        node.row = rows.value(node.column, 1); // row 0 is the column's tenant
        rows[node.column] = node.row + 1;
        m_nodes << node;
    };

    for (const Spec &spec : specs()) {
        const QStringList steps = inTrack(spec.steps);
        const bool known = anySet(spec.presence);
        if (steps.isEmpty() && !known)
            continue;
        Node node;
        node.id = QString::fromLatin1(spec.id);
        node.kind = spec.kind;
        node.side = spec.side;
        node.column = spec.column;
        node.label = spec.label();
        node.stepIds = steps;
        for (const QString &key : spec.detail) {
            if (const QString v = m_values.value(key); !v.isEmpty()) {
                node.detail = shortName(v);
                break;
            }
        }
        node.state = stateOf(steps, known);
        if ((node.kind == NodeKind::KeyAccess || node.kind == NodeKind::Key) && (lockTrack || unlockTrack)) {
            if (revoked || (unlockTrack && !restored && node.kind == NodeKind::KeyAccess))
                node.state = NodeState::Locked;
        }
        place(node);
    }

    // Power Platform environments: one node each when the run knows them, else one for all.
    const QStringList envSteps = inTrack(environmentSteps());
    QString envList = m_values.value(k::EnvironmentsChosen);
    if (envList.isEmpty())
        envList = m_values.value(k::LockedEnvironments);
    QStringList environments = envList.split(u',', Qt::SkipEmptyParts);
    for (QString &e : environments)
        e = e.trimmed();
    environments.removeAll(QString());
    if (!envSteps.isEmpty() || !environments.isEmpty()) {
        NodeState state = stateOf(envSteps, !environments.isEmpty());
        if (lockTrack) {
            // Before the revoke the environments run on the key: that is the state being changed.
            state = revoked                            ? NodeState::Locked
                : stepActive(QStringLiteral("revoke")) ? NodeState::InProgress
                : m_records.value(QStringLiteral("revoke")).state == workflow::StepState::Failed
                ? NodeState::Failed
                : NodeState::Done;
        } else if (unlockTrack) {
            state = !restored                                 ? NodeState::Locked
                : stepDone(QStringLiteral("support-request")) ? NodeState::Done
                                                              : NodeState::InProgress;
        }
        const qsizetype shown = qMin<qsizetype>(environments.size(), MaxEnvironmentNodes);
        for (qsizetype i = 0; i < shown; ++i) {
            Node node;
            node.id = QStringLiteral("environment:") + environments.at(i);
            node.kind = NodeKind::Environment;
            node.side = workflow::Side::Customer;
            node.column = PowerPlatformColumn;
            node.label = tr("Environment");
            node.detail = environments.at(i);
            node.state = state;
            node.stepIds = envSteps;
            place(node);
        }
        if (environments.size() > shown || environments.isEmpty()) {
            Node node;
            node.id = QStringLiteral("environments");
            node.kind = NodeKind::Environment;
            node.side = workflow::Side::Customer;
            node.column = PowerPlatformColumn;
            node.label = environments.isEmpty()
                ? tr("Power Platform environments")
                : tr("%n more environment(s)", "", int(environments.size() - shown));
            node.state = state;
            node.stepIds = envSteps;
            place(node);
        }
    }

    // The tenants head their columns.
    const auto hasColumn = [this](int column) {
        for (const Node &n : std::as_const(m_nodes)) {
            if (n.column == column)
                return true;
        }
        return false;
    };
    const auto tenantNode = [&](const QString &id, workflow::Side side, int column, QLatin1StringView key) {
        Node node;
        node.id = id;
        node.kind = NodeKind::Tenant;
        node.side = side;
        node.column = column;
        node.row = 0;
        QString title = workflow::sideTitle(side);
        if (!title.isEmpty())
            title[0] = title[0].toUpper();
        node.label = title;
        node.detail = m_values.value(key);
        node.state = node.detail.isEmpty() ? NodeState::NotStarted : NodeState::Done;
        m_nodes.prepend(node);
    };
    const bool customer = hasColumn(CustomerColumn) || hasColumn(PowerPlatformColumn);
    if (customer)
        tenantNode(QStringLiteral("tenant:customer"), workflow::Side::Customer, CustomerColumn,
                   k::CustomerTenantId);
    if (hasColumn(IsvColumn))
        tenantNode(QStringLiteral("tenant:isv"), workflow::Side::Isv, IsvColumn, k::IsvTenantId);
    // Dense columns: a track of one tenant starts at the left edge.
    QList<int> used;
    for (const Node &n : std::as_const(m_nodes)) {
        if (!used.contains(n.column))
            used << n.column;
    }
    std::sort(used.begin(), used.end());
    for (Node &n : m_nodes)
        n.column = int(used.indexOf(n.column));

    const auto edge = [this](const QString &from, const QString &to, const QString &label) {
        if (node(from) && node(to))
            m_edges << Edge {from, to, label};
    };
    edge(QStringLiteral("tenant:isv"), QStringLiteral("app"), tr("registers"));
    edge(QStringLiteral("fic"), QStringLiteral("app"), tr("credential of"));
    edge(QStringLiteral("fic"), QStringLiteral("identity"), tr("trusts"));
    edge(QStringLiteral("app"), QStringLiteral("sp"), tr("installed as"));
    edge(QStringLiteral("tenant:customer"), QStringLiteral("vault"), tr("holds"));
    edge(QStringLiteral("vault"), QStringLiteral("key"), tr("holds"));
    edge(QStringLiteral("sp"), QStringLiteral("key-access"), tr("granted"));
    edge(QStringLiteral("policy"), QStringLiteral("key-access"), tr("granted"));
    edge(QStringLiteral("key-access"), QStringLiteral("key"), tr("on"));
    edge(QStringLiteral("private-endpoint"), QStringLiteral("vault"), tr("private link to"));
    for (const char *resource : {"des", "netapp"}) {
        edge(QString::fromLatin1(resource), QStringLiteral("key"), tr("encrypted with"));
        edge(QString::fromLatin1(resource), QStringLiteral("identity"), tr("uses"));
    }
    edge(QStringLiteral("netapp"), QStringLiteral("private-endpoint"), tr("reaches the vault through"));
    edge(QStringLiteral("tenant:customer"), QStringLiteral("policy"), tr("holds"));
    edge(QStringLiteral("policy"), QStringLiteral("key"), tr("uses"));
    for (const Node &n : std::as_const(m_nodes)) {
        if (n.kind == NodeKind::Environment)
            m_edges << Edge {n.id, QStringLiteral("policy"), tr("linked to")};
    }
    // An environment node only links to a policy the picture has.
    m_edges.removeIf([this](const Edge &e) { return !node(e.to) || !node(e.from); });
}

const Node *Topology::node(QStringView id) const
{
    for (const Node &n : m_nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

bool Topology::hasEdge(QStringView from, QStringView to) const
{
    for (const Edge &e : m_edges) {
        if (e.from == from && e.to == to)
            return true;
    }
    return false;
}

int Topology::columnCount() const
{
    int count = 0;
    for (const Node &n : m_nodes)
        count = qMax(count, n.column + 1);
    return count;
}

QStringList Topology::columnTitles() const
{
    QStringList titles;
    for (int c = 0; c < columnCount(); ++c) {
        QString title;
        for (const Node &n : m_nodes) {
            if (n.column != c)
                continue;
            if (n.kind == NodeKind::Environment) {
                title = tr("Power Platform");
                break;
            }
            title = workflow::sideTitle(n.side);
            if (!title.isEmpty())
                title[0] = title[0].toUpper();
        }
        titles << title;
    }
    return titles;
}

} // namespace cmk::topology
