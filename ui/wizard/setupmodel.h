#pragma once

#include "app/demodirectory.h"
#include "app/startupoptions.h"
#include "cloud/cloudprofile.h"
#include "workflow/persona.h"

#include <QObject>

#include <memory>
#include <optional>

namespace cmk {

class RunSession;
class Workspace;

/// The start page's choices for one session: who the user is, which track, which cloud.
/// One typed object the pages share instead of string-keyed wizard fields.
class SetupModel : public QObject
{
    Q_OBJECT

public:
    explicit SetupModel(QObject *parent = nullptr);
    ~SetupModel() override;

    std::optional<Persona> persona() const { return m_persona; }
    void setPersona(Persona persona);

    QString trackId() const { return m_trackId; }
    void setTrackId(const QString &trackId);

    CloudChoice cloudChoice() const { return m_cloudChoice; }
    /// The profile the choice resolved to; empty while the choice is unusable (e.g. a bad file).
    std::optional<CloudProfile> profile() const { return m_profile; }
    void setCloud(const CloudChoice &choice, const std::optional<CloudProfile> &profile);

    /// The offline demo's people (filled by the app when the sandbox starts); empty otherwise.
    const DemoDirectory &demoDirectory() const { return m_demoDirectory; }
    void setDemoDirectory(const DemoDirectory &directory) { m_demoDirectory = directory; }

    /// A saved run to continue instead of a new run of trackId() (the start page's "Continue where
    /// you left off"); empty for a new run.
    QString resumePath() const { return m_resumePath; }
    void setResumePath(const QString &path);

    /// Where run files are saved and looked for; default Workspace::defaultRunDirectory().
    QString runDirectory() const;
    void setRunDirectory(const QString &directory) { m_runDirectory = directory; }

    /// The workspace for the chosen cloud, made when first needed (again after the cloud changed).
    /// The sandbox keeps sign-ins in memory; real clouds in the system keychain.
    Workspace *workspace();
    /// The run the track pages work on: the saved run chosen on the start page, or a new run of
    /// trackId() with the inputs last used for that track. Kept while the choice stays the same.
    RunSession *prepareRun(QString *error);
    RunSession *runSession() const { return m_run.get(); }
    /// Remembers the run's inputs for the next new run of its track (QSettings; never a secret).
    void rememberInputs() const;

Q_SIGNALS:
    void runChanged();
    void personaChanged();
    void trackChanged();
    void cloudChanged();

private:
    std::optional<Persona> m_persona;
    QString m_trackId;
    CloudChoice m_cloudChoice;
    std::optional<CloudProfile> m_profile;
    DemoDirectory m_demoDirectory;
    QString m_resumePath;
    QString m_runDirectory;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RunSession> m_run;
    QString m_runKey; ///< what m_run was made for: the resume path or the track id
};

} // namespace cmk
