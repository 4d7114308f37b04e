#pragma once

#include "workflow/runstate.h"
#include "workflow/step.h"
#include "workflow/track.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cmk::topology {

/// What a node stands for.
enum class NodeKind {
    Tenant,
    AppRegistration,
    ServicePrincipal, ///< the ISV's application installed in the customer tenant
    ManagedIdentity,
    FederatedCredential,
    KeyVault,
    Key,
    KeyAccess, ///< a role assignment or access policy on the key
    PrivateEndpoint,
    DiskEncryptionSet,
    NetAppAccount,
    EnterprisePolicy,
    Environment, ///< a Power Platform environment
};

/// How far the run is with a node, from the steps that make it (and the values they left).
enum class NodeState { NotStarted, InProgress, Done, Failed, Locked };

QString nodeStateName(NodeState state); ///< "not-started", "in-progress", "done", "failed", "locked"
QString nodeStateTitle(NodeState state); ///< translated, for the legend

/// Where a node is drawn: a column per tenant (the customer's Power Platform environments in a
/// column of their own), a row in a fixed order within its column.
struct Node
{
    QString id; ///< stable: "app", "vault", "environment:<id>"
    NodeKind kind = NodeKind::Tenant;
    workflow::Side side = workflow::Side::Isv;
    QString label; ///< translated: "App registration"
    QString detail; ///< the resource's name or id from the run's values; empty when not known yet
    NodeState state = NodeState::NotStarted;
    QStringList stepIds; ///< the steps of the track that make or change it
    int column = 0;
    int row = 0;
};

struct Edge
{
    QString from;
    QString to;
    QString label; ///< translated: "trusts", "encrypted with"
};

/// The setup a track builds, as a graph: tenants, app registration, managed identity, federated
/// credential, key vault, key, access to the key, private endpoint, disk encryption set or NetApp
/// account or enterprise policy, Power Platform environments, with their relations. Built from a
/// track, the run's values (core/tracks/keys.h) and each step's record; deterministic, so the same
/// run always gives the same picture. Data only; ui/widgets/topologyview.h draws it.
class Topology
{
    Q_DECLARE_TR_FUNCTIONS(cmk::topology::Topology)

public:
    /// `running`: the step under way now, if any (its record may still say Pending).
    static Topology build(const workflow::Track &track, const workflow::Values &values,
                          const QMap<QString, workflow::StepRecord> &steps, const QString &running = {});

    /// The same from a run as saved (its values and step records).
    static Topology fromRun(const workflow::Track &track, const workflow::RunState &run,
                            const QString &running = {})
    {
        return build(track, run.values, run.steps, running);
    }

    /// Recomputes details and states (and environment nodes) as steps finish.
    void updateFrom(const workflow::Values &values, const QMap<QString, workflow::StepRecord> &steps,
                    const QString &running = {});
    void updateFromRun(const workflow::RunState &run, const QString &running = {})
    {
        updateFrom(run.values, run.steps, running);
    }

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<Edge> &edges() const { return m_edges; }
    const Node *node(QStringView id) const;
    bool hasEdge(QStringView from, QStringView to) const;
    int columnCount() const;
    /// Translated column titles, by column.
    QStringList columnTitles() const;
    QString trackId() const { return m_trackId; }

private:
    void rebuild();

    QString m_trackId;
    QStringList m_trackSteps; ///< the track's step ids, in order
    QMap<QString, workflow::Side> m_stepSides;
    workflow::Values m_values;
    QMap<QString, workflow::StepRecord> m_records;
    QString m_running;
    QList<Node> m_nodes;
    QList<Edge> m_edges;
};

} // namespace cmk::topology
