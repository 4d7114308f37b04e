#include "wizard/setupmodel.h"

#include "app/runsession.h"
#include "app/workspace.h"
#include "auth/credentialstore.h"

#include <QSettings>

namespace cmk {

namespace {

QString inputsGroup(const QString &trackId)
{
    return QStringLiteral("inputs/") + trackId;
}

} // namespace

SetupModel::SetupModel(QObject *parent)
    : QObject(parent)
{
}

SetupModel::~SetupModel()
{
    // The run uses the workspace's pipelines: it goes first.
    m_run.reset();
    m_workspace.reset();
}

void SetupModel::setPersona(Persona persona)
{
    if (m_persona == persona)
        return;
    m_persona = persona;
    Q_EMIT personaChanged();
}

void SetupModel::setTrackId(const QString &trackId)
{
    if (m_trackId == trackId)
        return;
    m_trackId = trackId;
    Q_EMIT trackChanged();
}

void SetupModel::setCloud(const CloudChoice &choice, const std::optional<CloudProfile> &profile)
{
    m_cloudChoice = choice;
    m_profile = profile;
    Q_EMIT cloudChanged();
}

void SetupModel::setResumePath(const QString &path)
{
    if (m_resumePath == path)
        return;
    m_resumePath = path;
    Q_EMIT trackChanged();
}

QString SetupModel::runDirectory() const
{
    return m_runDirectory.isEmpty() ? Workspace::defaultRunDirectory() : m_runDirectory;
}

Workspace *SetupModel::workspace()
{
    if (!m_profile)
        return nullptr;
    if (m_workspace && m_workspace->profile().name == m_profile->name
        && m_workspace->profile().armEndpoint == m_profile->armEndpoint)
        return m_workspace.get();
    m_run.reset();
    m_runKey.clear();
    std::unique_ptr<auth::CredentialStore> store;
    if (m_profile->isLoopback())
        store = std::make_unique<auth::MemoryCredentialStore>(); // the demo ends with the app
    else
        store = std::make_unique<auth::KeychainCredentialStore>(QStringLiteral("CMK Wizard"));
    m_workspace
        = std::make_unique<Workspace>(*m_profile, std::move(store), Workspace::defaultJournalDirectory());
    return m_workspace.get();
}

RunSession *SetupModel::prepareRun(QString *error)
{
    Workspace *ws = workspace();
    if (!ws) {
        *error = tr("Choose a cloud first.");
        return nullptr;
    }
    const QString key = m_resumePath.isEmpty() ? QStringLiteral("track:") + m_trackId
                                               : QStringLiteral("run:") + m_resumePath;
    // The same choice keeps its run (and its sign-ins), unless that run is over.
    if (m_run && m_runKey == key && m_run->status() != RunSession::Status::Succeeded)
        return m_run.get();
    std::unique_ptr<RunSession> run;
    if (!m_resumePath.isEmpty()) {
        run = RunSession::resume(ws, m_resumePath, error);
    } else {
        workflow::Values inputs;
        QSettings settings;
        settings.beginGroup(inputsGroup(m_trackId));
        const QStringList keys = settings.childKeys();
        for (const QString &k : keys)
            inputs.insert(QString(k).replace(u'|', u'.'), settings.value(k).toString());
        run = RunSession::create(ws, m_trackId, inputs, runDirectory(), error);
    }
    if (!run)
        return nullptr;
    m_run = std::move(run);
    m_runKey = key;
    Q_EMIT runChanged();
    return m_run.get();
}

void SetupModel::rememberInputs() const
{
    if (!m_run)
        return;
    QSettings settings;
    settings.beginGroup(inputsGroup(m_run->track().info.id));
    for (const auto &step : m_run->track().steps) {
        for (const workflow::InputSpec &input : step->inputs()) {
            // Tenants come from signing in and hand-off files belong to one run: neither is remembered.
            if (input.key.endsWith(QLatin1StringView("tenantId"))
                || input.key == QLatin1StringView("handoff.in"))
                continue;
            const QString value = m_run->value(input.key);
            // QSettings treats '/' in a key as a group; '.' is kept readable as '|'.
            QString settingsKey = input.key;
            settingsKey.replace(u'.', u'|');
            if (value.isEmpty())
                settings.remove(settingsKey);
            else
                settings.setValue(settingsKey, value);
        }
    }
}

} // namespace cmk
