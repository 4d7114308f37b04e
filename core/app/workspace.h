#pragma once

#include "auth/credentialstore.h"
#include "auth/tokenbroker.h"
#include "cloud/cloudprofile.h"
#include "http/journal.h"
#include "http/networkaccess.h"
#include "http/pipeline.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace cmk {

/// Everything a session of CMK Wizard (the wizard or `cmkctl`) shares: the cloud, one network
/// access manager with the cloud's trust, the request journal, the token broker on its
/// credential store, and one pipeline per signed-in account and tenant.
class Workspace : public QObject
{
    Q_OBJECT

public:
    /// `journalDirectory` empty: the journal is kept in memory only.
    Workspace(const CloudProfile &profile, std::unique_ptr<auth::CredentialStore> store,
              const QString &journalDirectory, QObject *parent = nullptr);
    ~Workspace() override;

    const CloudProfile &profile() const { return m_profile; }
    http::ProfileNetworkAccessManager *network() { return &m_network; }
    http::Journal *journal() { return &m_journal; }
    auth::TokenBroker *broker() { return m_broker.get(); }
    auth::CredentialStore *credentialStore() { return m_store.get(); }
    /// The pipeline for the token endpoints (no bearer token of its own).
    http::Pipeline *identityPipeline() { return m_identity.get(); }

    /// The pipeline calling as `homeAccountId` in `tenantId`; one per pair, owned here.
    http::Pipeline *pipelineFor(const QString &homeAccountId, const QString &tenantId);

    /// Where the journal, run files and hand-offs live by default (the app's data directory).
    static QString defaultJournalDirectory();
    static QString defaultRunDirectory();

private:
    CloudProfile m_profile;
    std::unique_ptr<auth::CredentialStore> m_store;
    http::ProfileNetworkAccessManager m_network;
    http::Journal m_journal;
    std::unique_ptr<http::Pipeline> m_identity;
    std::unique_ptr<auth::TokenBroker> m_broker;
    QHash<QString, http::Pipeline *> m_pipelines;
};

} // namespace cmk
