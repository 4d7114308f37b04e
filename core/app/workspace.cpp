#include "app/workspace.h"

#include <QDir>
#include <QStandardPaths>

namespace cmk {

Workspace::Workspace(const CloudProfile &profile, std::unique_ptr<auth::CredentialStore> store,
                     const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_store(std::move(store))
    , m_network(profile)
    , m_journal(journalDirectory)
    , m_identity(std::make_unique<http::Pipeline>(&m_network, profile, nullptr, &m_journal))
    , m_broker(std::make_unique<auth::TokenBroker>(m_identity.get(), m_store.get()))
{
}

Workspace::~Workspace()
{
    qDeleteAll(m_pipelines);
}

http::Pipeline *Workspace::pipelineFor(const QString &homeAccountId, const QString &tenantId)
{
    const QString key = homeAccountId + u'|' + tenantId.toLower();
    http::Pipeline *&pipeline = m_pipelines[key];
    if (!pipeline)
        pipeline = new http::Pipeline(&m_network, m_profile, m_broker->session(homeAccountId, tenantId),
                                      &m_journal);
    return pipeline;
}

QString Workspace::defaultJournalDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("journal"));
}

QString Workspace::defaultRunDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("runs"));
}

} // namespace cmk
